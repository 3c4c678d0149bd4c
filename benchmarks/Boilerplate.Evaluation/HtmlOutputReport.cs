using System.Globalization;
using System.Text;

namespace Boilerplate.Evaluation;

/// <summary>Per run, the F1 of <see cref="CleanResult.ToHtml"/>'s text read back beside <see cref="CleanResult.Text"/>'s, and the pages whose HTML breaks the allowlist.</summary>
internal static class HtmlOutputReport
{
    public static string Write(string outDir, IReadOnlyList<RunResult> runs)
    {
        var md = new StringBuilder("\n# ToHtml\n\nF1 of the HTML's text read back with HtmlAgilityPack beside the F1 of Text; pages whose HTML holds an element, attribute or URL outside the allowlist.\n\n");
        md.Append("| dataset | mode | F1 Text | F1 ToHtml | difference | pages off the allowlist |\n|---|---|--:|--:|--:|--:|\n");
        foreach (RunResult run in runs)
        {
            double html = Scorer.Aggregate(run.Pages.Select(p => p.HtmlScore ?? default)).F1;
            int off = run.Pages.Count(p => p.HtmlViolations > 0);
            md.Append(CultureInfo.InvariantCulture, $"| {run.Dataset.Name} | {run.ModeLabel} | {run.Score.F1:F4} | {html:F4} | {html - run.Score.F1:+0.0000;-0.0000;0.0000} | {off} |\n");
        }

        string text = md.ToString();
        TextFile.Write(Path.Combine(outDir, "tohtml.md"), text);
        return text;
    }
}
