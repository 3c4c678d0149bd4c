using System.Text;
using BenchmarkDotNet.Attributes;
using Boilerplate.Html;

namespace Boilerplate.Benchmarks;

/// <summary>
/// Each default filter on its own over the corpus' parsed pages. The pages are parsed once in setup; every operation
/// resets all labels (and the title) to undecided and applies one filter to every page, so the filter sees the page as
/// if it ran first. The <c>(reset only)</c> row is that reset alone: subtract it for the filter's own cost.
/// </summary>
public class FilterBenchmarks
{
    private const string ResetOnly = "(reset only)";

    private PageDocument[] _documents = [];
    private BoilerplateFilter? _filter;

    [Params(PageForm.Dump, PageForm.Html)]
    public PageForm Form { get; set; }

    [Params(ResetOnly, "title", "dedup", "navigation", "foreign-script", "classifier", "main-region")]
    public string Filter { get; set; } = ResetOnly;

    [GlobalSetup]
    public void Setup()
    {
        _documents = Form == PageForm.Dump
            ? [.. Corpus.Shared.Dumps.Select(b => Cleaner.Process(Encoding.UTF8.GetString(b)).Document)]
            : [.. Corpus.Shared.Htmls.Select(b => Cleaner.ProcessHtml(HtmlDecoder.Decode(b)).Document)];
        _filter = Filter == ResetOnly
            ? null
            : Cleaner.DefaultPipeline.Filters.SingleOrDefault(f => f.Name == Filter)
                ?? throw new InvalidOperationException($"The default pipeline has no filter named {Filter}.");
    }

    [Benchmark]
    [Workload(Input.CorpusOfForm)]
    public int Apply()
    {
        int removed = 0;
        foreach (PageDocument document in _documents)
        {
            Reset(document);
            _filter?.Apply(document);
            removed += document.Count;
        }

        return removed;
    }

    private static void Reset(PageDocument document)
    {
        document.Title = null;
        for (int i = 0; i < document.Count; i++)
        {
            if (document[i].Label != BlockLabel.Undecided)
            {
                document.Relabel(i, BlockLabel.Undecided, "reset", "reset");
            }

            document.SetClass(i, ContentClass.None);
        }
    }
}
