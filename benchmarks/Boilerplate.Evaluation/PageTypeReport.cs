using System.Globalization;
using System.Text;

namespace Boilerplate.Evaluation;

/// <summary>
/// Figures per page type, for data sets whose <c>pages.jsonl</c> gives each page a <c>type</c> (modern: article, forum,
/// product, listing…), and the pages whose HTML output is much shorter than the dump form's, where the HTML path loses
/// what the page's visible text holds.
/// </summary>
internal static class PageTypeReport
{
    /// <summary>An HTML output under this share of the dump form's output is listed as much shorter.</summary>
    public const double ShorterShare = 0.5;

    /// <summary>Dump outputs under this many characters are too short for the comparison to mean anything.</summary>
    public const int MinDumpChars = 500;

    /// <summary>The page types of a data set (<see cref="PageFacts"/>): id to type, empty when its pages have none.</summary>
    public static IReadOnlyDictionary<string, string> LoadTypes(Dataset dataset) =>
        PageFacts.Of(dataset.Directory)
            .Where(page => page.Value.Type is not null)
            .ToDictionary(page => page.Key, page => page.Value.Type!, StringComparer.Ordinal);

    /// <summary>One row per page type (all, article, others, then each type) of every run whose data set has types.</summary>
    public static IReadOnlyList<(RunResult Run, string Group, DatasetScore Score)> Rows(IReadOnlyList<RunResult> runs)
    {
        var rows = new List<(RunResult, string, DatasetScore)>();
        foreach (RunResult run in runs)
        {
            IReadOnlyDictionary<string, string> types = LoadTypes(run.Dataset);
            if (types.Count == 0)
            {
                continue;
            }

            string TypeOf(PageResult page) => types.GetValueOrDefault(page.Id, "unknown");
            rows.Add((run, "article", Scorer.Aggregate(run.Pages.Where(p => TypeOf(p) == "article").Select(p => p.Score))));
            rows.Add((run, "others", Scorer.Aggregate(run.Pages.Where(p => TypeOf(p) != "article").Select(p => p.Score))));
            foreach (IGrouping<string, PageResult> group in run.Pages.GroupBy(TypeOf).Where(g => g.Key != "article").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                rows.Add((run, group.Key, Scorer.Aggregate(group.Select(p => p.Score))));
            }
        }

        return rows;
    }

    /// <summary>Pages of data sets run in both forms whose HTML output is much shorter than the dump form's, longest loss first.</summary>
    public static IReadOnlyList<(string Dataset, PageResult Html, PageResult Dump)> ShorterHtml(IReadOnlyList<RunResult> runs)
    {
        var pages = new List<(string, PageResult, PageResult)>();
        foreach (RunResult html in runs.Where(r => r.Mode == EvalMode.Html))
        {
            RunResult? dump = runs.FirstOrDefault(r => r.Mode == EvalMode.Dump && r.Dataset.Name == html.Dataset.Name && r.Sites == html.Sites);
            if (dump is null)
            {
                continue;
            }

            Dictionary<string, PageResult> dumpPages = dump.Pages.ToDictionary(p => p.Id, StringComparer.Ordinal);
            foreach (PageResult page in html.Pages)
            {
                if (dumpPages.TryGetValue(page.Id, out PageResult? other) && other.OutputChars >= MinDumpChars
                    && page.OutputChars < ShorterShare * other.OutputChars)
                {
                    pages.Add((html.Dataset.Name + (html.Sites ? " (--sites)" : string.Empty), page, other));
                }
            }
        }

        return pages.OrderByDescending(p => p.Item3.OutputChars - p.Item2.OutputChars).ToList();
    }

    /// <summary>Both tables as Markdown.</summary>
    public static string ToMarkdown(IReadOnlyList<RunResult> runs)
    {
        var md = new StringBuilder("# Page types and short HTML outputs\n\n");
        var rows = Rows(runs);
        if (rows.Count > 0)
        {
            md.Append("| dataset | mode | type | pages | P | R | F1 |\n|---|---|---|--:|--:|--:|--:|\n");
            foreach ((RunResult run, string group, DatasetScore score) in rows)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {run.Dataset.Name} | {run.ModeLabel} | {group} | {score.Pages} | {score.Precision:F3} | {score.Recall:F3} | {score.F1:F3} |\n");
            }

            md.Append('\n');
        }

        var shorter = ShorterHtml(runs);
        md.Append(CultureInfo.InvariantCulture, $"## HTML output under {ShorterShare:P0} of the dump form's ({shorter.Count} pages)\n\n");
        md.Append("| dataset | id | html chars | dump chars | html F1 | dump F1 |\n|---|---|--:|--:|--:|--:|\n");
        foreach ((string dataset, PageResult html, PageResult dump) in shorter)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {dataset} | {html.Id} | {html.OutputChars} | {dump.OutputChars} | {html.Score.F1:F3} | {dump.Score.F1:F3} |\n");
        }

        return md.ToString();
    }

    /// <summary>The per-type rows and the count of short HTML outputs, for the console.</summary>
    public static string ToConsoleTable(IReadOnlyList<RunResult> runs)
    {
        var text = new StringBuilder();
        IReadOnlyList<(RunResult Run, string Group, DatasetScore Score)> rows = Rows(runs);
        if (rows.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{"dataset",-14} {"mode",-10} {"page type",-14} {"pages",5} {"P",6} {"R",6} {"F1",6}\n");
        }

        foreach ((RunResult run, string group, DatasetScore score) in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{run.Dataset.Name,-14} {run.ModeLabel,-10} {group,-14} {score.Pages,5} {score.Precision,6:F3} {score.Recall,6:F3} {score.F1,6:F3}\n");
        }

        foreach (IGrouping<string, (string Dataset, PageResult Html, PageResult Dump)> set in ShorterHtml(runs).GroupBy(p => p.Dataset))
        {
            text.Append(CultureInfo.InvariantCulture, $"{set.Key}: {set.Count()} HTML outputs under {ShorterShare:P0} of the dump form's: {string.Join(' ', set.Take(8).Select(p => p.Html.Id.Length > 16 ? p.Html.Id[..16] + "…" : p.Html.Id))}{(set.Count() > 8 ? " …" : string.Empty)}\n");
        }

        return text.ToString();
    }
}
