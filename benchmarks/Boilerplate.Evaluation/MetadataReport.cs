using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Boilerplate.Evaluation;

/// <summary>The metadata figures of every run whose data set has gold metadata: overall and per page type, with score_meta.py's input written beside them.</summary>
internal static class MetadataReport
{
    /// <summary>Writes <c>meta.pred.jsonl</c> per run and <c>metadata.md</c>; returns the console table, empty when no data set has gold metadata.</summary>
    public static string Write(string outDir, IReadOnlyList<RunResult> runs)
    {
        var md = new StringBuilder();
        foreach (RunResult run in runs)
        {
            IReadOnlyDictionary<string, string?[]>? gold = MetadataScore.LoadGold(run.Dataset.Directory);
            if (gold is null)
            {
                continue;
            }

            IReadOnlyDictionary<string, PageFacts> facts = PageFacts.Of(run.Dataset.Directory);
            var predictions = new StringBuilder();
            var byType = new SortedDictionary<string, FieldScore[]>(StringComparer.Ordinal);
            var all = new FieldScore[MetadataScore.Fields.Length + 1];
            foreach (PageResult page in run.Pages)
            {
                string?[] predicted = page.Metadata is null ? new string?[MetadataScore.Fields.Length] : MetadataScore.Prediction(page.Metadata);
                predictions.Append(JsonSerializer.Serialize(new Dictionary<string, string?>
                {
                    ["id"] = page.Id,
                    ["title"] = predicted[0],
                    ["author"] = predicted[1],
                    ["date"] = predicted[2],
                })).Append('\n');
                if (!gold.TryGetValue(page.Id, out string?[]? goldValues))
                {
                    continue;
                }

                string?[] joined = page.Metadata is null ? predicted : MetadataScore.Prediction(page.Metadata, allAuthors: true);
                FieldScore[] scores = [.. MetadataScore.ScorePage(goldValues, predicted), MetadataScore.ScorePage(goldValues, joined)[1]];
                string type = facts.TryGetValue(page.Id, out PageFacts? f) && f.Type is not null ? f.Type : "(none)";
                FieldScore[] typeScores = byType.TryGetValue(type, out FieldScore[]? existing) ? existing : byType[type] = new FieldScore[all.Length];
                for (int i = 0; i < all.Length; i++)
                {
                    all[i] = all[i].Add(scores[i]);
                    typeScores[i] = typeScores[i].Add(scores[i]);
                }
            }

            TextFile.Write(Path.Combine(outDir, run.Dataset.Name, run.ModeLabel, "meta.pred.jsonl"), predictions.ToString());
            md.Append(CultureInfo.InvariantCulture, $"\n## {run.Dataset.Name}/{run.ModeLabel}\n\n");
            md.Append("| pages | n | article F1 | title | author | date | all authors joined |\n|---|--:|--:|--:|--:|--:|--:|\n");
            Row(md, "all", run.Pages.Count, run.Score.F1, all);
            foreach ((string type, FieldScore[] scores) in byType)
            {
                var pages = run.Pages.Where(p => (facts.TryGetValue(p.Id, out PageFacts? f) && f.Type is not null ? f.Type : "(none)") == type).ToList();
                Row(md, type, pages.Count, Scorer.Aggregate(pages.Select(p => p.Score)).F1, scores);
            }
        }

        if (md.Length == 0)
        {
            return string.Empty;
        }

        string text = "# Metadata\n\nRates over the pages whose gold has the field (match/gold), as `../shared/eval/tools/score_meta.py` counts them; "
            + "the author scored is the first of the authors (the last column: all of them joined by \", \"). Predictions (first author): `<dataset>/<mode>/meta.pred.jsonl`.\n" + md;
        TextFile.Write(Path.Combine(outDir, "metadata.md"), text);
        return text;
    }

    private static void Row(StringBuilder md, string name, int pages, double f1, FieldScore[] scores)
    {
        md.Append(CultureInfo.InvariantCulture, $"| {name} | {pages} | {f1:F3} |");
        foreach (FieldScore s in scores)
        {
            md.Append(CultureInfo.InvariantCulture, $" {s.Rate:F3} ({s.Match}/{s.Gold}) |");
        }

        md.Append('\n');
    }
}
