using System.Diagnostics;
using System.Runtime.InteropServices;
using static Boilerplate.Tests.Reliability.HostilePages;

namespace Boilerplate.Tests.Reliability;

/// <summary>
/// Linear time and memory: eight times the input costs about eight times the work, for ordinary and hostile shapes.
/// Work is measured as bytes allocated on the thread (deterministic) and, on Linux, as the thread's CPU time (time other
/// processes take does not count), the best of five after a warm-up. The bounds are ratios, generous enough for caches
/// and the collector yet far below the sixty-four-fold of a quadratic path. No absolute time limits.
/// </summary>
public sealed class LinearityTests
{
    private const int Scale = 8;
    private const double MaxAllocationRatio = Scale * 1.5;
    private const double MaxTimeRatio = Scale * 3;

    // No line limit, so that a long line is scanned whole.
    private static readonly BoilerplatePipeline s_pipeline = WithLimits(l => l.MaxLineChars = int.MaxValue);

    public static TheoryData<string> Shapes() => [.. s_shapes.Keys];

    private static readonly Dictionary<string, Func<int, Func<CleanResult>>> s_shapes = new()
    {
        ["text: article pages"] = n => Text(Repeat(Dump(Paragraph1, Paragraph2, Paragraph3), 50 * n)),
        ["text: one-character lines"] = n => Text(Repeat("a\n", 25_000 * n)),
        ["text: one long line"] = n => Text(Repeat(Paragraph1 + " ", 2_000 * n)),
        ["text: repeated menu lines"] = n => Text(Repeat("Home\nNews\nShare on Facebook\nPrivacy Policy\n", 1_000 * n)),
        ["html: article pages"] = n => Html(Repeat(HtmlPage(Paragraph1, Paragraph2, Paragraph3), 25 * n)),
        ["html: nested divs"] = n => Html(Repeat("<div>", 2_500 * n) + Paragraph1 + Repeat("</div>", 2_500 * n)),
        ["html: unclosed tags"] = n => Html(Repeat("<b>", 50_000 * n) + Paragraph1),
        ["html: entity flood"] = n => Html("<p>" + Repeat("&amp;&lt;", 50_000 * n) + "</p>"),
        ["html: one long paragraph"] = n => Html("<p>" + Repeat(Paragraph1 + " ", 2_000 * n) + "</p>"),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void EightTimesTheInput_CostsAboutEightTimesTheWork(string shape)
    {
        Func<CleanResult> small = s_shapes[shape](1), large = s_shapes[shape](Scale);

        // Warm both up, so that neither is timed on unoptimised code.
        for (int i = 0; i < 3; i++)
        {
            small();
            large();
        }

        (long smallBytes, double smallSeconds) = Measure(small);
        (long largeBytes, double largeSeconds) = Measure(large);

        double allocation = (double)largeBytes / smallBytes, time = largeSeconds / smallSeconds;
        Assert.True(allocation <= MaxAllocationRatio, $"{shape}: {Scale}x the input allocated {allocation:F1}x ({smallBytes:N0} -> {largeBytes:N0} bytes)");
        if (OperatingSystem.IsLinux())
        {
            Assert.True(time <= MaxTimeRatio, $"{shape}: {Scale}x the input took {time:F1}x the CPU time ({smallSeconds * 1000:F1} -> {largeSeconds * 1000:F1} ms)");
        }
    }

    private static Func<CleanResult> Text(string input) => () => s_pipeline.Process(input);

    private static Func<CleanResult> Html(string input) => () => s_pipeline.ProcessHtml(input);

    private static (long Bytes, double Seconds) Measure(Func<CleanResult> run)
    {
        long bytes = long.MaxValue;
        double seconds = double.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long before = GC.GetAllocatedBytesForCurrentThread();
            double started = ThreadCpuSeconds();
            run();
            seconds = Math.Min(seconds, ThreadCpuSeconds() - started);
            bytes = Math.Min(bytes, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return (bytes, seconds);
    }

    /// <summary>CPU time of the calling thread (Linux), or wall time elsewhere.</summary>
    internal static double ThreadCpuSeconds() =>
        OperatingSystem.IsLinux() && NativeMethods.ClockGetTime(NativeMethods.ClockThreadCpuTime, out NativeMethods.TimeSpec now) == 0
            ? now.Seconds + (now.Nanoseconds / 1e9)
            : Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

    private static class NativeMethods
    {
        public const int ClockThreadCpuTime = 3;

#pragma warning disable SYSLIB1054 // A plain DllImport: the test needs no marshalling source generator.
        [DllImport("libc", EntryPoint = "clock_gettime")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

        [StructLayout(LayoutKind.Sequential)]
        public struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }
}
