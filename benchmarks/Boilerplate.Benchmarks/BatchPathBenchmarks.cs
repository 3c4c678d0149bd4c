using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Boilerplate.Cli.Commands;
using Boilerplate.Cli.Output;
using Boilerplate.Cli.Records;
using Boilerplate.Html;

namespace Boilerplate.Benchmarks;

/// <summary>
/// The CLI's batch path without the process: the corpus as JSON Lines in memory (<c>{"id", "text"}</c> or
/// <c>{"id", "html"}</c>) through the batch's reader, workers and writer into JSON Lines (discarded), on 1 and 2
/// workers, against <c>Process</c> / <c>ProcessHtml</c> of the same pages on one thread (the baseline, whatever the
/// Threads parameter says).
/// </summary>
public class BatchPathBenchmarks
{
    private string[] _pages = [];
    private byte[] _jsonLines = [];

    [Params(PageForm.Dump, PageForm.Html)]
    public PageForm Form { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pages = Form == PageForm.Dump
            ? [.. Corpus.Shared.Dumps.Select(b => System.Text.Encoding.UTF8.GetString(b))]
            : [.. Corpus.Shared.Htmls.Select(b => HtmlDecoder.Decode(b))];
        using var lines = new MemoryStream();
        for (int i = 0; i < _pages.Length; i++)
        {
            using (var json = new Utf8JsonWriter(lines))
            {
                json.WriteStartObject();
                json.WriteString("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString(Form == PageForm.Dump ? "text" : "html", _pages[i]);
                json.WriteEndObject();
            }

            lines.WriteByte((byte)'\n');
        }

        _jsonLines = lines.ToArray();
    }

    [Benchmark(Baseline = true)]
    [Workload(Input.CorpusOfForm)]
    public long Process()
    {
        long kept = 0;
        BoilerplatePipeline pipeline = Cleaner.DefaultPipeline;
        foreach (string page in _pages)
        {
            kept += (Form == PageForm.Html ? pipeline.ProcessHtml(page) : pipeline.Process(page)).Text.Length;
        }

        return kept;
    }

    [Benchmark]
    [Workload(Input.CorpusOfForm)]
    public long Batch()
    {
        using var input = new MemoryStream(_jsonLines, writable: false);
        var reader = new JsonLinesReader(input, "memory", string.Empty, BatchCommand.MaxRecordBytes);
        var options = new BatchOptions(IncludeTitle: true, OutputFormat.Text, JsonLines: true, Explain: false, BatchCommand.MaxRecordBytes);
        using var sink = JsonLinesSink.ToStandardOutput(Stream.Null);
        using var progress = new BatchProgress(TextWriter.Null, live: false, _jsonLines.Length, () => input.Position);
        string? failure = new BatchPipeline(new RecordProcessor(options), sink, progress, errorLog: null, Threads).Run(Read(reader), () => "memory");
        return failure is null ? input.Position : throw new InvalidOperationException(failure);
    }

    private static IEnumerable<InputRecord> Read(JsonLinesReader reader)
    {
        while (reader.Next() is { } record)
        {
            yield return record;
        }
    }
}
