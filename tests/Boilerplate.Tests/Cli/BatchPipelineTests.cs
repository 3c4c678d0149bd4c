using System.Text;
using Boilerplate.Cli.Commands;
using Boilerplate.Cli.Output;
using Boilerplate.Cli.Records;

namespace Boilerplate.Tests.Cli;

/// <summary>
/// The steps around cleaning move between threads (the reader prepares records while the workers are busy, the writer
/// formats them while it keeps up, the workers do both otherwise): wherever each step runs, every record is written
/// once, in input order, with the same bytes.
/// </summary>
public sealed class BatchPipelineTests
{
    private static readonly string[] s_lines = [.. Enumerable.Range(0, 60).Select(Line)];

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 15)]
    [InlineData(3, 0)]
    [InlineData(3, 15)]
    public void Run_WriterFastOrSlow_SameLinesInInputOrder(int threads, int writerDelayMilliseconds)
    {
        string[] expected = [.. s_lines.Select(Expected).OfType<string>()];

        string[] written = Run(threads, writerDelayMilliseconds);

        Assert.Equal(expected, written);
    }

    private static string Line(int i)
    {
        string text = i % 7 == 3
            ? "\"text\": 12"
            : $"\"text\": \"Record {i} opens its page.\\nIt is a page of several sentences, written for record number {i} of this test.\\nShare this\"";
        return $"{{\"id\": \"r{i}\", \"n\": {i}, {text}}}";
    }

    /// <summary>The line one record alone gives, all its steps on this thread; none for a record that fails (text 12).</summary>
    private static string? Expected(string line, int index)
    {
        var processor = new RecordProcessor(Options);
        RecordWork work = RecordProcessor.Prepare(Record(line, index));
        processor.Clean(work);
        RecordOutcome outcome = processor.Finish(work);
        return outcome.JsonLine is { } json ? Encoding.UTF8.GetString(json) : null;
    }

    private static string[] Run(int threads, int writerDelayMilliseconds)
    {
        var sink = new RecordingSink(writerDelayMilliseconds);
        using var progress = new BatchProgress(TextWriter.Null, live: false, 0, () => 0);
        string? failure = new BatchPipeline(new RecordProcessor(Options), sink, progress, errorLog: null, threads)
            .Run(s_lines.Select(Record), () => "memory");
        Assert.Null(failure);
        return [.. sink.Written];
    }

    private static BatchOptions Options => new(IncludeTitle: true, OutputFormat.Text, JsonLines: true, Explain: true, BatchCommand.MaxRecordBytes);

    private static InputRecord Record(string line, int index) => new()
    {
        Kind = RecordKind.JsonLine,
        Content = Encoding.UTF8.GetBytes(line),
        Location = $"memory line {index + 1}",
        OutputName = $"line-{index + 1}",
    };

    /// <summary>Keeps what the writer writes; a slow one makes cleaned records wait for it, so the workers format them.</summary>
    private sealed class RecordingSink(int delayMilliseconds) : IRecordSink
    {
        public List<string> Written { get; } = [];

        public string? Write(RecordOutcome outcome)
        {
            Thread.Sleep(delayMilliseconds);
            Written.Add(Encoding.UTF8.GetString(outcome.JsonLine!));
            return null;
        }

        public void Idle()
        {
        }

        public void Complete()
        {
        }

        public void Dispose()
        {
        }
    }
}
