using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace Boilerplate.Benchmarks;

/// <summary>
/// One page grown from 1 KB to 10 MB (<see cref="GrownPage"/>): time per MB must stay flat. The MB/s column is the
/// figure to compare across sizes; the reference row at each size (the floor for dumps, HtmlAgilityPack's parse for
/// HTML) shows which part of any growth is the library's own.
/// </summary>
public class ScalingBenchmarks
{
    private byte[] _bytes = [];
    private string _page = string.Empty;
    private char[] _buffer = [];

    [Params(PageForm.Dump, PageForm.Html)]
    public PageForm Form { get; set; }

    [Params(1, 16, 256, 4096, 10240)]
    public int SizeKB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _bytes = GrownPage.Build(Form, SizeKB);
        _page = Encoding.UTF8.GetString(_bytes);
        _buffer = new char[Encoding.UTF8.GetMaxCharCount(_bytes.Length)];
    }

    /// <summary>The floor of <see cref="TextDumpBenchmarks.Floor"/> for a dump; HtmlAgilityPack's parse alone for HTML.</summary>
    [Benchmark(Baseline = true)]
    [Workload(Input.GrownPage)]
    public ulong Reference()
    {
        if (Form == PageForm.Html)
        {
            var document = new HtmlAgilityPack.HtmlDocument();
            document.LoadHtml(_page);
            return (ulong)document.DocumentNode.ChildNodes.Count;
        }

        ulong sum = 0;
        int length = Encoding.UTF8.GetChars(_bytes, _buffer);
        foreach (ReadOnlySpan<char> line in _buffer.AsSpan(0, length).EnumerateLines())
        {
            sum += XxHash3.HashToUInt64(MemoryMarshal.AsBytes(line));
        }

        return sum;
    }

    [Benchmark]
    [Workload(Input.GrownPage)]
    public int Clean() => (Form == PageForm.Dump ? Cleaner.Process(_page) : Cleaner.ProcessHtml(_page)).Text.Length;
}
