using System.Text;
using Boilerplate.Cli;
using Boilerplate.Cli.Records;
using Xunit.Abstractions;

namespace Boilerplate.Tests.Cli;

/// <summary>Run alone, after the other tests: the memory it measures is what the run adds to the process.</summary>
[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement;

/// <summary>
/// <c>batch --input - --output -</c> as a Spark or Hadoop Streaming step: 100,000 records through stdin and stdout,
/// record by record, in order, with live memory that does not grow with the number of records.
/// </summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class BatchStreamingTests(ITestOutputHelper output)
{
    [Fact]
    public void Streaming100kRecords_InOrder_WithFlatMemory()
    {
        StreamRun small = Stream(20_000);
        StreamRun large = Stream(100_000);

        output.WriteLine($"live heap above the {small.LiveBefore / 1e6:0.0} MB before the run, every 10k records, 20k run: {string.Join(", ", small.LiveBytes.Select(b => $"{b / 1e6:0.0}"))} MB; {small.Summary}");
        output.WriteLine($"live heap above the {large.LiveBefore / 1e6:0.0} MB before the run, every 10k records, 100k run: {string.Join(", ", large.LiveBytes.Select(b => $"{b / 1e6:0.0}"))} MB; {large.Summary}");
        Assert.Equal(0, small.ExitCode);
        Assert.Equal(0, large.ExitCode);
        Assert.Equal(100_000, large.Records);
        Assert.StartsWith("boilerplate: 100000 records, ", large.Summary, StringComparison.Ordinal);

        // Live managed memory the run adds (after a full collection) sampled every 10,000 records written: a fixed bound,
        // and no growth from 20k to 100k records (everything in flight is a few hundred records of a few hundred bytes).
        Assert.True(large.LiveBytes.Max() < 200_000_000, $"peak live heap {large.LiveBytes.Max() / 1e6:0.0} MB");
        Assert.True(large.LiveBytes.Max() < small.LiveBytes.Max() + 16_000_000, $"peak live heap {small.LiveBytes.Max() / 1e6:0.0} MB at 20k records, {large.LiveBytes.Max() / 1e6:0.0} MB at 100k");
        Assert.True(large.LiveBytes[^1] - large.LiveBytes[0] < 16_000_000, $"live heap {large.LiveBytes[0] / 1e6:0.0} MB at 10k records, {large.LiveBytes[^1] / 1e6:0.0} MB at 100k");
    }

    private static StreamRun Stream(int count)
    {
        var checking = new CheckingOutput();
        using var stdin = new StreamReader(new GeneratedInput(count));
        using var stdout = new StreamWriter(checking);
        using var stderr = new StringWriter();
        var console = new ConsoleStreams(stdin, stdout, stderr);

        // The run shares its process with every test before it, whose pooled buffers and caches stay live: what the batch
        // itself holds is the live heap above the one it started from.
        long before = GC.GetTotalMemory(forceFullCollection: true);
        int exitCode = BoilerplateCli.Run(["batch", "--input", "-", "--output", "-", "--threads", "2"], console);
        stdout.Flush();

        Assert.Equal(count, checking.Records);
        return new StreamRun(exitCode, checking.Records, [.. checking.LiveBytes.Select(live => live - before)], before, stderr.ToString().Trim());
    }

    private sealed record StreamRun(int ExitCode, int Records, List<long> LiveBytes, long LiveBefore, string Summary);

    /// <summary>JSON Lines made on the fly, so that the input itself takes no memory: tiny pages, numbered ids.</summary>
    private sealed class GeneratedInput(int count) : ForwardReadStream
    {
        private int _next;
        private byte[] _pending = [];
        private int _offset;

        public override int Read(Span<byte> buffer)
        {
            if (_offset == _pending.Length)
            {
                if (_next == count)
                {
                    return 0;
                }

                int id = _next++;
                string idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                _pending = Encoding.UTF8.GetBytes(
                    "{\"id\":" + idText + ",\"host\":\"example.org\",\"text\":\"Page " + idText + "\\nHome | News | Contact\\nRecord " + idText
                    + " is a short page whose body is one sentence long enough to be kept.\\n\"}\n");
                _offset = 0;
            }

            int n = Math.Min(buffer.Length, _pending.Length - _offset);
            _pending.AsSpan(_offset, n).CopyTo(buffer);
            _offset += n;
            return n;
        }
    }

    /// <summary>Checks that records come out whole and in order, keeps nothing, and samples live memory every 10,000 records.</summary>
    private sealed class CheckingOutput : ForwardWriteStream
    {
        private readonly List<byte> _line = [];

        public int Records { get; private set; }

        public List<long> LiveBytes { get; } = [];

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            foreach (byte b in buffer)
            {
                if (b != '\n')
                {
                    _line.Add(b);
                    continue;
                }

                string line = Encoding.UTF8.GetString([.. _line]);
                _line.Clear();
                string expected = "{\"id\":" + Records.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",";
                if (!line.StartsWith(expected, StringComparison.Ordinal) || !line.Contains("Record " + Records.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is a short page", StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"record {Records} expected, got: {line}");
                }

                Records++;
                if (Records % 10_000 == 0)
                {
                    LiveBytes.Add(GC.GetTotalMemory(forceFullCollection: true));
                }
            }
        }
    }
}
