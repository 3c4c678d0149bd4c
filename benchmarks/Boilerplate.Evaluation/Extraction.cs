namespace Boilerplate.Evaluation;

/// <summary>The only place that calls the library: what each mode feeds it and what of its result is scored.</summary>
internal static class Extraction
{
    /// <summary>Shown, and html mode skipped, while <see cref="ProcessHtml"/> is not wired.</summary>
    public const string HtmlUnavailableMessage = "HTML input not available in this build";

    /// <summary>Whether this build can extract from HTML.</summary>
    public static bool HtmlAvailable => ProcessHtml is not null;

    // TODO(#3): make this `=> Cleaner.ProcessHtml;` once issue 3 (HTML input) lands; html mode then runs everywhere.
    private static Func<byte[], CleanResult>? ProcessHtml => null;

    /// <summary>Runs the library on one page.</summary>
    /// <exception cref="NotSupportedException">HTML mode in a build without HTML input.</exception>
    public static CleanResult Extract(PageInput page) => page.Mode switch
    {
        EvalMode.Dump => Cleaner.Process(File.ReadAllText(page.Path)),
        EvalMode.Html => (ProcessHtml ?? throw new NotSupportedException(HtmlUnavailableMessage))(File.ReadAllBytes(page.Path)),
        _ => throw new ArgumentOutOfRangeException(nameof(page), page.Mode, "unknown mode"),
    };

    /// <summary>The text written for a page and scored: the body, after the title line when <paramref name="withTitle"/> is set.</summary>
    public static string ArticleText(CleanResult result, bool withTitle) =>
        withTitle && !string.IsNullOrEmpty(result.Title)
            ? result.Text.Length == 0 ? result.Title : result.Title + "\n" + result.Text
            : result.Text;
}
