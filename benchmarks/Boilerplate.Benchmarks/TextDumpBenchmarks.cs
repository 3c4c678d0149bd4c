using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace Boilerplate.Benchmarks;

/// <summary>
/// The text-dump form end to end over the corpus, against the floor of work any text cleaner must do:
/// decode UTF-8, split lines, hash every line (XxHash3), nothing else.
/// </summary>
public class TextDumpBenchmarks
{
    private byte[][] _bytes = [];
    private string[] _texts = [];
    private char[] _buffer = [];

    [GlobalSetup]
    public void Setup()
    {
        _bytes = [.. Corpus.Shared.Dumps];
        _texts = [.. _bytes.Select(b => Encoding.UTF8.GetString(b))];
        _buffer = new char[_bytes.Max(b => Encoding.UTF8.GetMaxCharCount(b.Length))];
    }

    /// <summary>(a) The floor: decode into a reused buffer, split lines as <see cref="MemoryExtensions.EnumerateLines(ReadOnlySpan{char})"/> does, hash each line.</summary>
    [Benchmark(Baseline = true, Description = "(a) floor: UTF-8 decode + split lines + XxHash3 per line")]
    [Workload(Input.DumpCorpus)]
    public ulong Floor()
    {
        ulong sum = 0;
        char[] buffer = _buffer;
        foreach (byte[] page in _bytes)
        {
            int length = Encoding.UTF8.GetChars(page, buffer);
            foreach (ReadOnlySpan<char> line in buffer.AsSpan(0, length).EnumerateLines())
            {
                sum += XxHash3.HashToUInt64(MemoryMarshal.AsBytes(line));
            }
        }

        return sum;
    }

    /// <summary>The library's text API as documented: <see cref="Cleaner.Process(string, BoilerplatePipeline?)"/> on the decoded page.</summary>
    [Benchmark(Description = "Boilerplate dump: Cleaner.Process(string)")]
    [Workload(Input.DumpCorpus)]
    public int CleanString()
    {
        int kept = 0;
        foreach (string text in _texts)
        {
            kept += Cleaner.Process(text).Text.Length;
        }

        return kept;
    }

    /// <summary>The same from the stored bytes, decode included: the like-for-like comparison with the floor.</summary>
    [Benchmark(Description = "Boilerplate dump: UTF-8 decode + Cleaner.Process")]
    [Workload(Input.DumpCorpus)]
    public int CleanBytes()
    {
        int kept = 0;
        foreach (byte[] page in _bytes)
        {
            kept += Cleaner.Process(Encoding.UTF8.GetString(page)).Text.Length;
        }

        return kept;
    }
}
