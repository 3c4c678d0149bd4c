using System.Diagnostics;
using System.Globalization;

namespace Boilerplate.Cli.Records;

/// <summary>
/// The batch's stderr: error reports, a live progress line when stderr is a terminal (redrawn in place with
/// <c>\r</c> four times a second: records, MB, records/s, MB/s, errors, and the ETA when the input size is known),
/// and the final summary line, which is always printed.
/// </summary>
/// <remarks>
/// Hand-written rather than Spectre.Console: one line of counters needs a timer and <c>\r</c>, not a rendering
/// library, and the tool stays dependency-free and trimmable.
/// </remarks>
internal sealed class BatchProgress : IDisposable
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter _error;
    private readonly long _totalBytes;
    private readonly Func<long> _consumedBytes;
    private readonly string _unit;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly Lock _lock = new();
    private readonly Timer? _timer;
    private int _shownLength;
    private bool _stopped;
    private long _records;
    private long _bytes;
    private long _errors;
    private long _skipped;

    /// <param name="error">Standard error.</param>
    /// <param name="live">Whether to draw the progress line (stderr is a terminal and <c>--quiet</c> was not given).</param>
    /// <param name="totalBytes">Size of the input on disk, or 0 when unknown (stdin).</param>
    /// <param name="consumedBytes">How much of <paramref name="totalBytes"/> has been read.</param>
    /// <param name="unit">What is counted: <c>record</c>, or <c>file</c> when every input is a page file.</param>
    public BatchProgress(TextWriter error, bool live, long totalBytes, Func<long> consumedBytes, string unit = "record")
    {
        _unit = unit;
        _error = error;
        _totalBytes = totalBytes;
        _consumedBytes = consumedBytes;
        if (live)
        {
            _timer = new Timer(_ => Draw(), null, s_interval, s_interval);
        }
    }

    public long Records => Interlocked.Read(ref _records);

    public long Errors => Interlocked.Read(ref _errors);

    public long Skipped => Interlocked.Read(ref _skipped);

    public long Bytes => Interlocked.Read(ref _bytes);

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    public void Cleaned(long bytes)
    {
        Interlocked.Add(ref _bytes, bytes);
        Interlocked.Increment(ref _records);
    }

    public void Skip()
    {
        Interlocked.Increment(ref _skipped);
        Interlocked.Increment(ref _records);
    }

    /// <summary>Counts a failed record and prints its report on its own line.</summary>
    public void Failed(string report)
    {
        Interlocked.Increment(ref _errors);
        Interlocked.Increment(ref _records);
        WriteLine(report);
    }

    /// <summary>Prints a line on stderr, clearing the progress line first.</summary>
    public void WriteLine(string line)
    {
        lock (_lock)
        {
            Clear();
            _error.WriteLine(line);
        }
    }

    /// <summary>The live line's text.</summary>
    public string StatusLine()
    {
        double seconds = Math.Max(Elapsed.TotalSeconds, 1e-3);
        double megabytes = Bytes / 1_000_000.0;
        string line = string.Create(
            CultureInfo.InvariantCulture,
            $"{Records:N0} {_unit}s  {megabytes:0.0} MB  {Records / seconds:N0} {_unit}s/s  {megabytes / seconds:0.0} MB/s  {Errors:N0} errors");
        long consumed = _consumedBytes();
        if (_totalBytes > 0 && consumed > 0)
        {
            double fraction = Math.Min(1.0, (double)consumed / _totalBytes);
            TimeSpan eta = TimeSpan.FromSeconds(Math.Ceiling(seconds * (1 - fraction) / fraction));
            line += string.Create(CultureInfo.InvariantCulture, $"  {fraction * 100:0}%  ETA {(int)eta.TotalHours}:{eta:mm\\:ss}");
        }

        return line;
    }

    /// <summary>Stops the live line and prints the summary: records (or files), skipped, MB, time, rates and errors.</summary>
    public void Summary()
    {
        string unit = _unit;
        _timer?.Dispose();
        lock (_lock)
        {
            // A timer callback already on its way must not draw after the summary.
            _stopped = true;
        }

        double seconds = Elapsed.TotalSeconds;
        double megabytes = Bytes / 1_000_000.0;
        long records = Records;
        long skipped = Skipped;
        long errors = Errors;
        string units = records == 1 ? unit : unit + "s";
        string summary = string.Create(
            CultureInfo.InvariantCulture,
            $"boilerplate: {records} {units}, {(skipped > 0 ? $"{skipped} skipped, " : string.Empty)}{megabytes:0.00} MB in {seconds:0.00} s ({records / Math.Max(seconds, 1e-6):0} {unit}s/s, {megabytes / Math.Max(seconds, 1e-6):0.0} MB/s), {errors} {(errors == 1 ? "error" : "errors")}");
        WriteLine(summary);
    }

    public void Dispose() => _timer?.Dispose();

    internal void Draw()
    {
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            string line = StatusLine();
            _error.Write('\r');
            _error.Write(line);
            if (line.Length < _shownLength)
            {
                _error.Write(new string(' ', _shownLength - line.Length));
            }

            _shownLength = line.Length;
            _error.Flush();
        }
    }

    private void Clear()
    {
        if (_shownLength > 0)
        {
            _error.Write('\r');
            _error.Write(new string(' ', _shownLength));
            _error.Write('\r');
            _shownLength = 0;
        }
    }
}
