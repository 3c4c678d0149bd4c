using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Boilerplate.Benchmarks.Columns;

/// <summary>
/// A column computed from a benchmark's mean time or allocations and what one operation reads
/// (<see cref="WorkloadAttribute"/>): MB/s and pages/s of input, allocated bytes per page and per MB of input.
/// MB is 10^6 bytes of input as stored (UTF-8 dumps, HTML as fetched).
/// </summary>
internal sealed class WorkloadColumn : IColumn
{
    private readonly Func<Summary, BenchmarkCase, (long Bytes, int Pages), string?> _value;

    private WorkloadColumn(string name, string legend, Func<Summary, BenchmarkCase, (long Bytes, int Pages), string?> value)
    {
        ColumnName = name;
        Legend = legend;
        _value = value;
    }

    public static IColumn[] All { get; } =
    [
        new WorkloadColumn("MB/s", "Megabytes (10^6 bytes) of input per second, from the mean", (s, b, w) =>
            Seconds(s, b) is { } sec ? (w.Bytes / 1e6 / sec).ToString("N1", CultureInfo.InvariantCulture) : null),
        new WorkloadColumn("pages/s", "Pages per second, from the mean", (s, b, w) =>
            Seconds(s, b) is { } sec ? (w.Pages / sec).ToString("N0", CultureInfo.InvariantCulture) : null),
        new WorkloadColumn("Alloc/page", "Bytes allocated per page (Allocated / pages; 1 KB = 1024 B as in Allocated)", (s, b, w) =>
            Allocated(s, b) is { } bytes ? FormatBytes(bytes / w.Pages) : null),
        new WorkloadColumn("Alloc/MB", "MB (10^6 bytes) allocated per MB of input: 1.00 means as many bytes as the input has", (s, b, w) =>
            Allocated(s, b) is { } bytes ? (bytes / w.Bytes).ToString("N2", CultureInfo.InvariantCulture) + " MB" : null),
    ];

    public string Id => nameof(WorkloadColumn) + "." + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        Workload.Of(benchmarkCase) is { } workload ? _value(summary, benchmarkCase, workload) ?? "NA" : "-";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;

    private static double? Seconds(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics?.Mean is { } ns && ns > 0 ? ns / 1e9 : null;

    private static double? Allocated(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes ? bytes : null;

    private static string FormatBytes(double bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024 * 1024)).ToString("N2", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024).ToString("N1", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString("N0", CultureInfo.InvariantCulture) + " B",
    };
}
