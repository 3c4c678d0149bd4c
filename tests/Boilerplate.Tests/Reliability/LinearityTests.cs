using System.Diagnostics;
using static Boilerplate.Tests.Reliability.HostilePages;

namespace Boilerplate.Tests.Reliability;

/// <summary>
/// Linear time and memory: four times the input costs about four times the work, for ordinary and hostile shapes.
/// Work is measured as bytes allocated on the thread (deterministic) and as the best of five timings after a warm-up; the bounds are
/// ratios, generous enough for a busy machine yet far below the sixteen-fold of a quadratic path. No absolute time limits.
/// </summary>
public sealed class LinearityTests
{
    private const int Scale = 4;
    private const double MaxAllocationRatio = Scale * 1.5;
    private const double MaxTimeRatio = Scale * 2.5;

    // No line limit, so that a long line is scanned whole.
    private static readonly BoilerplatePipeline s_pipeline = WithLimits(l => l.MaxLineChars = int.MaxValue);

    public static TheoryData<string> Shapes() => [.. s_shapes.Keys];

    private static readonly Dictionary<string, Func<int, Func<CleanResult>>> s_shapes = new()
    {
        ["text: article pages"] = n => Text(Repeat(Dump(Paragraph1, Paragraph2, Paragraph3), 50 * n)),
        ["text: one-character lines"] = n => Text(Repeat("a\n", 50_000 * n)),
        ["text: one long line"] = n => Text(Repeat(Paragraph1 + " ", 2_000 * n)),
        ["text: repeated menu lines"] = n => Text(Repeat("Home\nNews\nShare on Facebook\nPrivacy Policy\n", 1_000 * n)),
        ["html: article pages"] = n => Html(Repeat(HtmlPage(Paragraph1, Paragraph2, Paragraph3), 25 * n)),
        ["html: nested divs"] = n => Html(Repeat("<div>", 10_000 * n) + Paragraph1 + Repeat("</div>", 10_000 * n)),
        ["html: unclosed tags"] = n => Html(Repeat("<b>", 50_000 * n) + Paragraph1),
        ["html: entity flood"] = n => Html("<p>" + Repeat("&amp;&lt;", 50_000 * n) + "</p>"),
        ["html: one long paragraph"] = n => Html("<p>" + Repeat(Paragraph1 + " ", 2_000 * n) + "</p>"),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void FourTimesTheInput_CostsAboutFourTimesTheWork(string shape)
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
        Assert.True(time <= MaxTimeRatio, $"{shape}: {Scale}x the input took {time:F1}x the time ({smallSeconds * 1000:F1} -> {largeSeconds * 1000:F1} ms)");
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
            long started = Stopwatch.GetTimestamp();
            run();
            seconds = Math.Min(seconds, Stopwatch.GetElapsedTime(started).TotalSeconds);
            bytes = Math.Min(bytes, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return (bytes, seconds);
    }
}
