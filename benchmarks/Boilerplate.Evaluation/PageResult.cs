namespace Boilerplate.Evaluation;

/// <summary>What happened to one page.</summary>
/// <param name="Id">The page id.</param>
/// <param name="Score">Its score against the gold.</param>
/// <param name="OutputEmpty">Whether the output is blank (score.py's "empty").</param>
/// <param name="GoldEmpty">Whether the gold is blank: any output there is all leak.</param>
/// <param name="Error">Why the page has no output, or <see langword="null"/>.</param>
/// <param name="Flagged">Whether the result says the article may have been lost (<see cref="CleanWarnings.ArticleMayBeLost"/>).</param>
/// <param name="Dropped">Lines wrongly left out.</param>
/// <param name="Kept">Lines wrongly kept.</param>
/// <param name="OutputChars">Characters of the output.</param>
/// <param name="TemplateRemoved">Lines the site template removed (<c>--sites</c>), right or wrong.</param>
/// <param name="Metadata">The page's metadata, when it was extracted.</param>
/// <param name="HtmlScore">The score of <see cref="CleanResult.ToHtml"/>'s text read back, when there is a result.</param>
/// <param name="HtmlViolations">Elements, attributes and URLs of <see cref="CleanResult.ToHtml"/> outside the allowlist (always 0 unless broken).</param>
internal sealed record PageResult(
    string Id,
    PageScore Score,
    bool OutputEmpty,
    bool GoldEmpty,
    string? Error,
    bool Flagged,
    IReadOnlyList<LineMistake> Dropped,
    IReadOnlyList<LineMistake> Kept,
    IReadOnlyList<LineMistake>? TemplateRemoved = null,
    int OutputChars = 0,
    PageMetadata? Metadata = null,
    PageScore? HtmlScore = null,
    int HtmlViolations = 0);

/// <summary>One data set in one mode.</summary>
/// <param name="Dataset">The data set.</param>
/// <param name="Mode">The mode.</param>
/// <param name="Pages">Every page, in the data set's order.</param>
/// <param name="Score">The data set's figures.</param>
/// <param name="Elapsed">Wall time of extraction, writing and scoring.</param>
/// <param name="Sites">Whether pages of sites of several pages were cleaned with their site's template (<c>--sites</c>).</param>
internal sealed record RunResult(Dataset Dataset, EvalMode Mode, IReadOnlyList<PageResult> Pages, DatasetScore Score, TimeSpan Elapsed, bool Sites = false)
{
    /// <summary>The mode's name, with <c>-sites</c> for a site-template run: in paths, tables and floors.</summary>
    public string ModeLabel => Mode.Name() + (Sites ? "-sites" : string.Empty);

    public int Empty => Pages.Count(p => p.OutputEmpty);

    public int Errors => Pages.Count(p => p.Error is not null);

    /// <summary>Pages whose result says the article may have been lost.</summary>
    public int Flagged => Pages.Count(p => p.Flagged);

    /// <summary>Every page's figures as tab-separated values with a header, floats round-trippable, for diffing two runs.</summary>
    public string ToScoresTsv()
    {
        var tsv = new System.Text.StringBuilder("id\ttp\tfp\tfn\tprecision\trecall\tempty\terror\n");
        foreach (PageResult page in Pages)
        {
            tsv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{page.Id}\t{page.Score.TruePositive:R}\t{page.Score.FalsePositive:R}\t{page.Score.FalseNegative:R}\t{page.Score.Precision:R}\t{page.Score.Recall:R}\t{(page.OutputEmpty ? 1 : 0)}\t{page.Error}\n");
        }

        return tsv.ToString();
    }

    /// <summary>Where this run's outputs and loss report go, relative to the out folder.</summary>
    public string RelativeDirectory => Dataset.Name + "/" + ModeLabel;
}
