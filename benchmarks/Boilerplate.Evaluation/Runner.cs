using System.Diagnostics;

namespace Boilerplate.Evaluation;

/// <summary>Extracts, writes and scores every page of a data set in one mode, on all cores.</summary>
internal static class Runner
{
    /// <summary>
    /// Runs every page; with <paramref name="sites"/>, pages of sites of several pages get their site's template; with
    /// <paramref name="pipeline"/> (<c>--preset</c>, <c>--options</c>), that pipeline instead of the one-liners' default.
    /// </summary>
    public static RunResult Run(Dataset dataset, EvalMode mode, string outDir, bool withTitle, SiteGroups? sites = null, BoilerplatePipeline? pipeline = null)
    {
        Dictionary<string, SiteTemplate>? templates = sites?.Learn(dataset, mode);
        string pageDir = Path.Combine(outDir, dataset.Name, mode.Name() + (sites is null ? string.Empty : "-sites"));
        Directory.CreateDirectory(pageDir);

        var pages = new PageResult[dataset.Ids.Count];
        long started = Stopwatch.GetTimestamp();
        Parallel.For(
            0,
            pages.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i =>
            {
                string id = dataset.Ids[i];
                var input = new PageInput(dataset.Name, mode, id, dataset.InputPath(mode, id), PageFacts.Of(dataset.Directory).GetValueOrDefault(id)?.Url);
                SiteTemplate? template = sites?.HostOf(id) is { } host ? templates!.GetValueOrDefault(host) : null;
                pages[i] = RunPage(input, template, pipeline, File.ReadAllText(dataset.GoldPath(id)), Path.Combine(pageDir, id + ".txt"), withTitle);
            });

        DatasetScore score = Scorer.Aggregate(pages.Select(p => p.Score));
        return new RunResult(dataset, mode, pages, score, Stopwatch.GetElapsedTime(started), sites is not null);
    }

    private static PageResult RunPage(PageInput input, SiteTemplate? template, BoilerplatePipeline? pipeline, string gold, string outputPath, bool withTitle)
    {
        CleanResult? result = null;
        string? error = null;
        if (!File.Exists(input.Path))
        {
            // score.py counts a missing output as empty; a missing input gets the same treatment.
            error = "no input file";
        }
        else
        {
            try
            {
                result = Extraction.Extract(input, template, pipeline);
            }
            catch (InputTooLargeException e)
            {
                error = e.Message;
            }
        }

        string output = result is null ? string.Empty : Extraction.ArticleText(result, withTitle);
        TextFile.Write(outputPath, output);

        List<LineMistake> dropped = [], kept = [], templateRemoved = [];
        if (result is not null)
        {
            (dropped, kept, templateRemoved) = LineAudit.Run(gold, result, withTitle);
        }

        // ToHtml's text, read back, is scored as Text is; its markup is checked against the allowlist.
        string? html = result?.ToHtml();
        PageScore? htmlScore = html is null ? null : Scorer.ScorePage(gold, withTitle && !string.IsNullOrEmpty(result!.Title) ? result.Title + "\n" + HtmlOutputCheck.Text(html) : HtmlOutputCheck.Text(html));
        int htmlViolations = html is null ? 0 : HtmlOutputCheck.Violations(html).Count;

        return new PageResult(
            input.Id,
            Scorer.ScorePage(gold, output),
            Scorer.IsBlank(output),
            Scorer.IsBlank(gold),
            error,
            result is not null && result.Warnings.HasFlag(CleanWarnings.ArticleMayBeLost),
            dropped,
            kept,
            template is null ? null : templateRemoved,
            output.Length,
            result?.Metadata,
            htmlScore,
            htmlViolations);
    }
}
