using System.Globalization;
using System.Text;

namespace Boilerplate.Evaluation;

/// <summary>
/// Where the extraction loses: per data set and mode, the filters and reasons behind wrongly dropped and wrongly
/// kept lines, and the pages that lose or leak the most, each with the lines at fault. An overview with the causes
/// of every run goes to <c>losses.md</c> in the out folder.
/// </summary>
internal static class LossReport
{
    private const int CausesInOverview = 6;
    private const int RunsPerPage = 8;
    private const int SampleLines = 4;
    private const int MaxLineChars = 220;

    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;

    /// <summary>Words, lines and pages of the mistakes with one cause (a filter and its reason).</summary>
    private sealed record Cause(string Name, int Words, int Lines, int Pages);

    /// <summary>Consecutive mistakes of one page with the same cause.</summary>
    private sealed record MistakeRun(string Cause, IReadOnlyList<LineMistake> Lines)
    {
        public int Words => Lines.Sum(l => l.Words);
    }

    /// <summary>Writes one report per run and the overview; returns the overview's path.</summary>
    public static string Write(string outDir, IReadOnlyList<RunResult> runs, int top)
    {
        foreach (RunResult run in runs)
        {
            string dir = Path.Combine(outDir, run.Dataset.Name, run.ModeLabel);
            TextFile.Write(Path.Combine(dir, "losses.md"), RunReport(run, dir, top));
        }

        string overview = Path.Combine(outDir, "losses.md");
        TextFile.Write(overview, Overview(runs));
        return overview;
    }

    private static string Overview(IReadOnlyList<RunResult> runs)
    {
        var md = new StringBuilder();
        md.Append("# Where the extraction loses\n\n");
        md.Append(Definitions);
        foreach (RunResult run in runs)
        {
            md.Append(s_inv, $"## [{run.Dataset.Name} / {run.ModeLabel}]({run.RelativeDirectory}/losses.md) · F1 {run.Score.F1:F3} (P {run.Score.Precision:F3}, R {run.Score.Recall:F3})\n\n");
            AppendCauses(md, "lost: wrongly dropped", Causes(run, p => p.Dropped), CausesInOverview);
            AppendCauses(md, "leaked: wrongly kept", Causes(run, p => p.Kept), CausesInOverview);
        }

        return md.ToString();
    }

    private static string RunReport(RunResult run, string reportDir, int top)
    {
        var md = new StringBuilder();
        md.Append(s_inv, $"# Losses: {run.Dataset.Name} / {run.ModeLabel}\n\n");
        md.Append(s_inv, $"F1 **{run.Score.F1:F3}** (P {run.Score.Precision:F3}, R {run.Score.Recall:F3}) over {run.Pages.Count} pages, {run.Empty} empty outputs.\n\n");
        md.Append(Definitions);

        md.Append("## Causes\n\n");
        AppendCauses(md, "lost: wrongly dropped", Causes(run, p => p.Dropped), int.MaxValue);
        AppendCauses(md, "leaked: wrongly kept", Causes(run, p => p.Kept), int.MaxValue);

        // A page whose gold is empty scores all leak whatever is kept; it says nothing about a filter.
        List<PageResult> ranked = run.Pages.Where(p => !p.GoldEmpty && p.Error is null).ToList();
        List<PageResult> lost = ranked.Where(p => p.Score.FalseNegative > 0)
            .OrderByDescending(p => p.Score.FalseNegative).ThenBy(p => p.Id, StringComparer.Ordinal).Take(top).ToList();
        List<PageResult> leaked = ranked.Where(p => p.Score.FalsePositive > 0)
            .OrderByDescending(p => p.Score.FalsePositive).ThenBy(p => p.Id, StringComparer.Ordinal).Take(top).ToList();

        AppendPageIndex(md, $"The {lost.Count} pages that lose the most", "lost", lost, p => p.Score.FalseNegative, "fn");
        AppendPageIndex(md, $"The {leaked.Count} pages that leak the most", "leaked", leaked, p => p.Score.FalsePositive, "fp");

        int goldEmpty = run.Pages.Count(p => p.GoldEmpty);
        List<PageResult> failed = run.Pages.Where(p => p.Error is not null).ToList();
        if (goldEmpty > 0 || failed.Count > 0)
        {
            md.Append(s_inv, $"Not ranked: {goldEmpty} pages with an empty gold (any output there is all leak)");
            md.Append(failed.Count == 0 ? ".\n\n" : string.Create(s_inv, $"; {failed.Count} pages without output: {string.Join(", ", failed.Select(p => $"`{p.Id}` ({p.Error})"))}.\n\n"));
        }

        if (run.Sites)
        {
            AppendTemplateRemoved(md, run, top);
        }

        md.Append("## Lost\n\n");
        for (int i = 0; i < lost.Count; i++)
        {
            AppendPage(md, run, reportDir, "lost", i + 1, lost[i], lost[i].Dropped, "wrongly dropped");
        }

        md.Append("## Leaked\n\n");
        for (int i = 0; i < leaked.Count; i++)
        {
            AppendPage(md, run, reportDir, "leaked", i + 1, leaked[i], leaked[i].Kept, "wrongly kept");
        }

        return md.ToString();
    }

    /// <summary>The lines site templates removed, grouped by text: how many pages lost them and how much of them is gold.</summary>
    private static void AppendTemplateRemoved(StringBuilder md, RunResult run, int top)
    {
        var lines = run.Pages
            .SelectMany(p => (p.TemplateRemoved ?? []).Select(l => (Page: p.Id, Line: l)))
            .GroupBy(x => x.Line.Text, StringComparer.Ordinal)
            .Select(g => (Text: g.Key, Pages: g.Select(x => x.Page).Distinct().Count(), Words: g.Sum(x => x.Line.Words), Gold: g.Count(x => x.Line.GoldShare > 0.5), Count: g.Count(), Reason: g.First().Line.Reason))
            .ToList();
        int gold = lines.Sum(l => l.Gold), total = lines.Sum(l => l.Count);
        md.Append(s_inv, $"## Removed by site templates\n\n{Count(total, "line")} on {run.Pages.Count(p => p.TemplateRemoved is { Count: > 0 })} pages ({Count(lines.Sum(l => l.Words), "word")}), {gold} of them mostly gold. ");
        md.Append(s_inv, $"Every line that was mostly gold, then the {top} most frequent others:\n\n");
        md.Append("| pages | gold | words | reason (first) | line |\n|--:|--:|--:|---|---|\n");
        foreach (var line in lines.Where(l => l.Gold > 0).OrderByDescending(l => l.Words).ThenBy(l => l.Text, StringComparer.Ordinal)
            .Concat(lines.Where(l => l.Gold == 0).OrderByDescending(l => l.Pages).ThenBy(l => l.Text, StringComparer.Ordinal).Take(top)))
        {
            md.Append(s_inv, $"| {line.Pages} | {line.Gold} | {line.Words} | {line.Reason} | {Shorten(line.Text).Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        md.Append('\n');
    }

    private const string Definitions =
        "A line is *wrongly dropped* when it is left out although most of its 4-grams are in the gold, and *wrongly kept* " +
        "when it is in the output although most of its 4-grams are not (a line of one to three words: when the gold has " +
        "those words in a row). Words are the scorer's `\\w+` tokens; fn and fp are score.py's normalised shares of a page's " +
        "4-grams that are lost and leaked.\n\n";

    private static List<Cause> Causes(RunResult run, Func<PageResult, IReadOnlyList<LineMistake>> select) =>
        run.Pages
            .SelectMany(p => select(p).Select(m => (Page: p.Id, Mistake: m)))
            .GroupBy(x => x.Mistake.Cause, StringComparer.Ordinal)
            .Select(g => new Cause(g.Key, g.Sum(x => x.Mistake.Words), g.Count(), g.Select(x => x.Page).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(c => c.Words)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

    private static void AppendCauses(StringBuilder md, string title, List<Cause> causes, int limit)
    {
        int totalWords = causes.Sum(c => c.Words);
        md.Append(s_inv, $"| {title} | words | share | lines | pages |\n|---|--:|--:|--:|--:|\n");
        foreach (Cause cause in causes.Take(limit))
        {
            md.Append(s_inv, $"| {EscapeCell(cause.Name)} | {cause.Words:N0} | {Percent(cause.Words, totalWords)} | {cause.Lines:N0} | {cause.Pages:N0} |\n");
        }

        if (causes.Count > limit)
        {
            List<Cause> rest = causes.Skip(limit).ToList();
            md.Append(s_inv, $"| *{rest.Count} more causes* | {rest.Sum(c => c.Words):N0} | {Percent(rest.Sum(c => c.Words), totalWords)} | {rest.Sum(c => c.Lines):N0} | |\n");
        }

        md.Append(s_inv, $"| **total** | **{totalWords:N0}** | | **{causes.Sum(c => c.Lines):N0}** | |\n\n");
    }

    private static void AppendPageIndex(StringBuilder md, string title, string anchor, List<PageResult> pages, Func<PageResult, double> share, string shareName)
    {
        md.Append(s_inv, $"## {title}\n\n| # | page | {shareName} | P | R | main cause |\n|--:|---|--:|--:|--:|---|\n");
        for (int i = 0; i < pages.Count; i++)
        {
            PageResult page = pages[i];
            IReadOnlyList<LineMistake> mistakes = anchor == "lost" ? page.Dropped : page.Kept;
            string mainCause = mistakes.Count == 0
                ? "(no single line: words lost across lines)"
                : mistakes.GroupBy(m => m.Cause, StringComparer.Ordinal).MaxBy(g => g.Sum(m => m.Words))!.Key;
            md.Append(s_inv, $"| {i + 1} | [`{page.Id}`](#{anchor}-{i + 1}) | {share(page):F2} | {Figure(page.Score.Precision)} | {Figure(page.Score.Recall)} | {EscapeCell(mainCause)} |\n");
        }

        md.Append('\n');
    }

    private static void AppendPage(StringBuilder md, RunResult run, string reportDir, string anchor, int rank, PageResult page, IReadOnlyList<LineMistake> mistakes, string what)
    {
        string gold = Path.GetRelativePath(reportDir, run.Dataset.GoldPath(page.Id)).Replace('\\', '/');
        string input = Path.GetRelativePath(reportDir, run.Dataset.InputPath(run.Mode, page.Id)).Replace('\\', '/');
        md.Append(s_inv, $"<a id=\"{anchor}-{rank}\"></a>\n### {rank}. `{page.Id}`\n\n");
        md.Append(s_inv, $"fn {page.Score.FalseNegative:F2} · fp {page.Score.FalsePositive:F2} · P {Figure(page.Score.Precision)} · R {Figure(page.Score.Recall)} · ");
        md.Append(s_inv, $"[output]({page.Id}.txt) · [gold]({gold}) · [input]({input})\n\n");

        List<MistakeRun> runs = GroupRuns(mistakes);
        if (runs.Count == 0)
        {
            md.Append("No single line is mostly wrong: the loss is spread over lines that are partly right.\n\n");
            return;
        }

        md.Append(s_inv, $"{Count(mistakes.Count, "line")} {what}, {Count(mistakes.Sum(m => m.Words), "word")}.\n\n");

        // The biggest runs, shown in page order.
        var biggest = runs.OrderByDescending(r => r.Words).Take(RunsPerPage).ToHashSet(ReferenceEqualityComparer.Instance);
        List<MistakeRun> shown = runs.Where(biggest.Contains).ToList();
        foreach (MistakeRun mistakeRun in shown)
        {
            IReadOnlyList<LineMistake> lines = mistakeRun.Lines;
            string range = lines.Count == 1
                ? string.Create(s_inv, $"line {lines[0].LineNumber}")
                : string.Create(s_inv, $"lines {lines[0].LineNumber}–{lines[^1].LineNumber}");
            md.Append(s_inv, $"**{EscapeInline(mistakeRun.Cause)}** · {range} · {Count(lines.Count, "line")}, {Count(mistakeRun.Words, "word")}\n\n");
            AppendLines(md, lines);
        }

        if (runs.Count > shown.Count)
        {
            List<MistakeRun> rest = runs.Where(r => !biggest.Contains(r)).ToList();
            md.Append(s_inv, $"… and {rest.Count} smaller runs ({rest.Sum(r => r.Words):N0} words).\n\n");
        }
    }

    private static List<MistakeRun> GroupRuns(IReadOnlyList<LineMistake> mistakes)
    {
        var runs = new List<MistakeRun>();
        var current = new List<LineMistake>();
        foreach (LineMistake mistake in mistakes)
        {
            if (current.Count > 0 && (mistake.Ordinal != current[^1].Ordinal + 1 || mistake.Cause != current[^1].Cause))
            {
                runs.Add(new MistakeRun(current[0].Cause, current));
                current = [];
            }

            current.Add(mistake);
        }

        if (current.Count > 0)
        {
            runs.Add(new MistakeRun(current[0].Cause, current));
        }

        return runs;
    }

    /// <summary>Sample lines in a fenced block (no Markdown inside a page's text is interpreted), with their line numbers.</summary>
    private static void AppendLines(StringBuilder md, IReadOnlyList<LineMistake> lines)
    {
        List<string> texts = lines.Take(SampleLines)
            .Select(l => string.Create(s_inv, $"{l.LineNumber,5}  {Shorten(l.Text)}"))
            .ToList();
        if (lines.Count > SampleLines)
        {
            texts.Add(string.Create(s_inv, $"       … {lines.Count - SampleLines} more lines"));
        }

        string fence = new('`', Math.Max(3, texts.Max(LongestBacktickRun) + 1));
        md.Append(fence).Append("text\n");
        foreach (string text in texts)
        {
            md.Append(text).Append('\n');
        }

        md.Append(fence).Append("\n\n");
    }

    private static string Shorten(string text)
    {
        if (text.Length <= MaxLineChars)
        {
            return text;
        }

        int cut = MaxLineChars;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + " …";
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, current = 0;
        foreach (char c in text)
        {
            current = c == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    private static string Count(int count, string noun) => string.Create(s_inv, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");

    private static string Figure(double? value) => value is double v ? v.ToString("F3", s_inv) : "–";

    private static string Percent(int part, int whole) => whole == 0 ? "" : ((double)part / whole).ToString("0%", s_inv);

    private static string EscapeCell(string text) => EscapeInline(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string EscapeInline(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
