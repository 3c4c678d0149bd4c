namespace Boilerplate.Evaluation;

/// <summary>The only place that calls the library: what each mode feeds it and what of its result is scored.</summary>
internal static class Extraction
{
    /// <summary>Runs the library on one page: the dump as UTF-8 text, the HTML as raw bytes decoded by the library as a browser would.</summary>
    /// <param name="page">The page.</param>
    /// <param name="template">Its site's template (<c>--sites</c>), or <see langword="null"/>.</param>
    /// <param name="pipeline">The pipeline of <c>--preset</c> or <c>--options</c>, or <see langword="null"/>.</param>
    /// <remarks>Without a template or a pipeline the one-liners are called, as users call them.</remarks>
    public static CleanResult Extract(PageInput page, SiteTemplate? template = null, BoilerplatePipeline? pipeline = null) => page.Mode switch
    {
        EvalMode.Dump when pipeline is not null => pipeline.Process(File.ReadAllText(page.Path), template),
        EvalMode.Html when pipeline is not null => pipeline.ProcessHtml(File.ReadAllBytes(page.Path), page.Url, template),
        EvalMode.Dump when template is not null => Cleaner.DefaultPipeline.Process(File.ReadAllText(page.Path), template),
        EvalMode.Html when template is not null => Cleaner.DefaultPipeline.ProcessHtml(File.ReadAllBytes(page.Path), page.Url, template),
        EvalMode.Dump => Cleaner.Process(File.ReadAllText(page.Path)),
        EvalMode.Html => Cleaner.ProcessHtml(File.ReadAllBytes(page.Path), page.Url, null),
        _ => throw new ArgumentOutOfRangeException(nameof(page), page.Mode, "unknown mode"),
    };

    /// <summary>The text written for a page and scored: the body, after the title line when <paramref name="withTitle"/> is set.</summary>
    public static string ArticleText(CleanResult result, bool withTitle) =>
        withTitle && !string.IsNullOrEmpty(result.Title)
            ? result.Text.Length == 0 ? result.Title : result.Title + "\n" + result.Text
            : result.Text;
}
