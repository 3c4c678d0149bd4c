using System.Text;
using BenchmarkDotNet.Attributes;

namespace Boilerplate.Benchmarks;

/// <summary>
/// One page grown from 1 KB to 10 MB (<see cref="GrownPage"/>): time per MB must stay flat. The MB/s column is the
/// figure to compare across sizes.
/// </summary>
public class ScalingBenchmarks
{
    private string _page = string.Empty;

    [Params(PageForm.Dump, PageForm.Html)]
    public PageForm Form { get; set; }

    [Params(1, 16, 256, 4096, 10240)]
    public int SizeKB { get; set; }

    [GlobalSetup]
    public void Setup() => _page = Encoding.UTF8.GetString(GrownPage.Build(Form, SizeKB));

    [Benchmark]
    [Workload(Input.GrownPage)]
    public int Clean() => (Form == PageForm.Dump ? Cleaner.Process(_page) : Cleaner.ProcessHtml(_page)).Text.Length;
}
