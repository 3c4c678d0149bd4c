using Boilerplate.Evaluation;

namespace Boilerplate.Tests.Evaluation;

/// <summary>The harness's figures per page type and its list of HTML outputs much shorter than the dump form's, on a small data set written to a temporary folder.</summary>
public sealed class PageTypeReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bp-types-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Rows_GroupPagesByTheirType_AndShorterHtml_ListsOnlyClearLosses()
    {
        File.WriteAllText(Path.Combine(_dir, "pages.jsonl"), """
            {"id": "a", "url": "https://example.com/a", "type": "article"}
            {"id": "b", "url": "https://example.com/b", "type": "forum"}

            {"id": "c", "url": "https://example.com/c", "type": "forum"}
            """);
        var dataset = new Dataset("set", _dir, ["a", "b", "c"]);
        PageScore perfect = PageScore.FromCounts(10, 0, 0), half = PageScore.FromCounts(5, 0, 5), none = PageScore.FromCounts(0, 0, 10);
        RunResult html = Run(dataset, EvalMode.Html, ("a", perfect, 1000), ("b", half, 100), ("c", none, 0));
        RunResult dump = Run(dataset, EvalMode.Dump, ("a", perfect, 1200), ("b", perfect, 150), ("c", half, 900));

        var rows = PageTypeReport.Rows([html, dump]).Where(r => r.Run.Mode == EvalMode.Html).ToDictionary(r => r.Group, r => r.Score);

        Assert.Equal(["article", "others", "forum"], rows.Keys);
        Assert.Equal(1, rows["article"].Pages);
        Assert.Equal(2, rows["forum"].Pages);
        Assert.Equal(0.25, rows["forum"].Recall, 12);   // (0.5 + 0) / 2
        Assert.Equal(rows["forum"], rows["others"]);

        // a: longer than half the dump's; b: the dump's output is too short to compare; c: lost.
        var shorter = PageTypeReport.ShorterHtml([html, dump]);
        Assert.Equal("c", Assert.Single(shorter).Html.Id);
        Assert.Contains("| set | c | 0 | 900 |", PageTypeReport.ToMarkdown([html, dump]), StringComparison.Ordinal);
    }

    [Fact]
    public void DataSetWithoutTypes_GivesNoRows()
    {
        var dataset = new Dataset("plain", _dir, ["a"]);

        Assert.Empty(PageTypeReport.LoadTypes(dataset));
        Assert.Empty(PageTypeReport.Rows([Run(dataset, EvalMode.Html, ("a", PageScore.FromCounts(1, 0, 0), 10))]));
    }

    private static RunResult Run(Dataset dataset, EvalMode mode, params (string Id, PageScore Score, int Chars)[] pages) =>
        new(
            dataset,
            mode,
            pages.Select(p => new PageResult(p.Id, p.Score, p.Chars == 0, false, null, false, [], [], OutputChars: p.Chars)).ToArray(),
            Scorer.Aggregate(pages.Select(p => p.Score)),
            TimeSpan.Zero);
}
