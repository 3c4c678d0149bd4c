using System.Globalization;
using System.Text;

namespace Boilerplate.Evaluation;

/// <summary>
/// <c>sites.md</c>: single-page and site-template figures side by side, per data set and mode and per host of at least
/// <see cref="SiteGroups.MinPages"/> pages, and what the templates removed.
/// </summary>
internal static class SiteReport
{
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;

    public static string Write(IReadOnlyList<RunResult> runs)
    {
        var md = new StringBuilder("# Site templates\n\n");
        md.Append("Each data set's pages grouped by the host of their `url` in `pages.jsonl` (lower-cased, without `www.`); ");
        md.Append(s_inv, $"hosts of at least {SiteGroups.MinPages} pages cleaned with a template learnt from all their pages, the others as single pages.\n\n");
        md.Append("| dataset | mode | pages | pages in sites | P | R | F1 | P sites | R sites | F1 sites | lines removed by templates (of them gold) |\n");
        md.Append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        foreach ((RunResult single, RunResult sites) in Pairs(runs))
        {
            int inSites = sites.Pages.Count(p => p.TemplateRemoved is not null);
            List<LineMistake> removed = sites.Pages.SelectMany(p => p.TemplateRemoved ?? []).ToList();
            md.Append(s_inv, $"| {single.Dataset.Name} | {single.Mode.Name()} | {single.Pages.Count} | {inSites} | {single.Score.Precision:F3} | {single.Score.Recall:F3} | {single.Score.F1:F3} | {sites.Score.Precision:F3} | {sites.Score.Recall:F3} | **{sites.Score.F1:F3}** | {removed.Count} ({removed.Count(l => l.GoldShare > 0.5)}) |\n");
        }

        md.Append("\n## Per host\n\n");
        md.Append("| dataset | mode | host | pages | P | R | F1 | P sites | R sites | F1 sites |\n");
        md.Append("|---|---|---|--:|--:|--:|--:|--:|--:|--:|\n");
        foreach ((RunResult single, RunResult sites) in Pairs(runs))
        {
            SiteGroups groups = SiteGroups.Load(single.Dataset);
            foreach ((string host, IReadOnlyList<string> ids) in groups.Sites)
            {
                var set = ids.ToHashSet(StringComparer.Ordinal);
                DatasetScore before = Scorer.Aggregate(single.Pages.Where(p => set.Contains(p.Id)).Select(p => p.Score));
                DatasetScore after = Scorer.Aggregate(sites.Pages.Where(p => set.Contains(p.Id)).Select(p => p.Score));
                md.Append(s_inv, $"| {single.Dataset.Name} | {single.Mode.Name()} | {host} | {ids.Count} | {before.Precision:F3} | {before.Recall:F3} | {before.F1:F3} | {after.Precision:F3} | {after.Recall:F3} | {after.F1:F3} |\n");
            }
        }

        return md.ToString();
    }

    private static IEnumerable<(RunResult Single, RunResult Sites)> Pairs(IReadOnlyList<RunResult> runs) =>
        runs.Where(r => r.Sites)
            .Select(s => (runs.First(r => !r.Sites && r.Dataset.Name == s.Dataset.Name && r.Mode == s.Mode), s));
}
