using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Boilerplate.Evaluation;

/// <summary>One row of the summary table; <c>Flagged</c> counts the pages whose result says the article may have been lost (<see cref="CleanWarnings.ArticleMayBeLost"/>).</summary>
internal sealed record SummaryRow(string Dataset, string Mode, int Pages, int Empty, int Errors, double Precision, double Recall, double F1, double Seconds, int Flagged = 0);

/// <summary>The summary of a run: one row per data set and mode, and the macro average (unweighted mean over data sets) per mode.</summary>
internal sealed record Summary(string Command, bool WithTitle, IReadOnlyList<SummaryRow> Results, IReadOnlyList<SummaryRow> Macro)
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static Summary From(IReadOnlyList<RunResult> runs, string command, bool withTitle)
    {
        List<SummaryRow> rows = runs
            .Select(r => new SummaryRow(
                r.Dataset.Name, r.ModeLabel, r.Pages.Count, r.Empty, r.Errors,
                r.Score.Precision, r.Score.Recall, r.Score.F1, Math.Round(r.Elapsed.TotalSeconds, 2), r.Flagged))
            .ToList();
        List<SummaryRow> macro = rows
            .GroupBy(r => r.Mode)
            .Select(g => new SummaryRow(
                "macro average", g.Key, g.Sum(r => r.Pages), g.Sum(r => r.Empty), g.Sum(r => r.Errors),
                g.Average(r => r.Precision), g.Average(r => r.Recall), g.Average(r => r.F1), Math.Round(g.Sum(r => r.Seconds), 2), g.Sum(r => r.Flagged)))
            .ToList();
        return new Summary(command, withTitle, rows, macro);
    }

    public string ToJson() => JsonSerializer.Serialize(this, s_json).ReplaceLineEndings("\n") + "\n";

    /// <summary>The table as Markdown, figures to three decimals, under a line saying how it was made.</summary>
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("# Extraction quality\n\n");
        md.Append(CultureInfo.InvariantCulture, $"`{Command}` · output: {(WithTitle ? "title line and body" : "body only, without the title")} · scored as `../shared/eval/tools/score.py` does (4-grams of `\\w+` tokens; P and R are means over pages, F1 their harmonic mean)\n\n");
        md.Append("| dataset | mode | pages | empty | P | R | F1 |\n");
        md.Append("|---|---|--:|--:|--:|--:|--:|\n");
        foreach (SummaryRow row in Results)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {row.Dataset} | {row.Mode} | {row.Pages} | {row.Empty} | {row.Precision:F3} | {row.Recall:F3} | {row.F1:F3} |\n");
        }

        foreach (SummaryRow row in Macro)
        {
            md.Append(CultureInfo.InvariantCulture, $"| **macro average** | {row.Mode} | {row.Pages} | {row.Empty} | {row.Precision:F3} | {row.Recall:F3} | **{row.F1:F3}** |\n");
        }

        return md.ToString();
    }

    /// <summary>The table for the console.</summary>
    public string ToConsoleTable()
    {
        var text = new StringBuilder();
        string header = $"{"dataset",-14} {"mode",-5} {"pages",5} {"empty",5} {"lost?",5} {"P",6} {"R",6} {"F1",6} {"time",7}";
        text.Append(header).Append('\n').Append(new string('-', header.Length)).Append('\n');
        foreach (SummaryRow row in Results.Concat(Macro))
        {
            text.Append(CultureInfo.InvariantCulture, $"{row.Dataset,-14} {row.Mode,-5} {row.Pages,5} {row.Empty,5} {row.Flagged,5} {row.Precision,6:F3} {row.Recall,6:F3} {row.F1,6:F3} {row.Seconds,6:F1}s\n");
        }

        return text.ToString();
    }
}
