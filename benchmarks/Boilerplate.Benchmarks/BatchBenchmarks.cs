using System.Text;
using BenchmarkDotNet.Attributes;
using Boilerplate.Html;

namespace Boilerplate.Benchmarks;

/// <summary>The whole corpus cleaned by one shared pipeline on 1 and on 2 threads (this machine has 2 cores).</summary>
public class BatchBenchmarks
{
    private string[] _pages = [];

    [Params(PageForm.Dump, PageForm.Html)]
    public PageForm Form { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => _pages = Form == PageForm.Dump
        ? [.. Corpus.Shared.Dumps.Select(b => Encoding.UTF8.GetString(b))]
        : [.. Corpus.Shared.Htmls.Select(b => HtmlDecoder.Decode(b))];

    [Benchmark]
    [Workload(Input.CorpusOfForm)]
    public long Clean()
    {
        long kept = 0;
        BoilerplatePipeline pipeline = Cleaner.DefaultPipeline;
        bool html = Form == PageForm.Html;
        Parallel.ForEach(
            _pages,
            new ParallelOptions { MaxDegreeOfParallelism = Threads },
            () => 0L,
            (page, _, local) => local + (html ? pipeline.ProcessHtml(page) : pipeline.Process(page)).Text.Length,
            local => Interlocked.Add(ref kept, local));
        return kept;
    }
}
