using System.Text;
using Boilerplate.Tests.Reliability;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Html;

[CollectionDefinition(nameof(HtmlLargePageTests), DisableParallelization = true)]
public sealed class HtmlLargePageSerialTests;

/// <summary>Very large pages complete, keep their article, and cost time in proportion to their size.</summary>
[Collection(nameof(HtmlLargePageTests))]
public sealed class HtmlLargePageTests
{
    private const int MiB = 1024 * 1024;

    [Fact]
    public void ProcessHtml_TwentyMegabytePage_KeepsTheArticle()
    {
        string html = LargePage(20 * MiB, out int paragraphs);

        CleanResult result = Cleaner.ProcessHtml(html);

        Assert.Equal("A very long report on the storm", result.Title);
        Assert.Equal(paragraphs, result.KeptCount);
        Assert.StartsWith("1. " + EnglishParagraphs[0], result.Text, StringComparison.Ordinal);
        Assert.EndsWith($"{paragraphs}. " + EnglishParagraphs[(paragraphs - 1) % EnglishParagraphs.Length], result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy policy", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessHtml_DoubleThePage_CostsAboutDoubleTheWork()
    {
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().UseDefaults().Build();
        string small = LargePage(10 * MiB, out int smallParagraphs);
        string large = LargePage(20 * MiB, out int largeParagraphs);
        pipeline.ProcessHtml(LargePage(MiB, out _)); // warm up

        // Interleaved, best of two, on the thread's CPU time, so that load from elsewhere on the machine does not decide the ratio.
        double smallSeconds = double.MaxValue, largeSeconds = double.MaxValue;
        CleanResult? smallResult = null, largeResult = null;
        for (int round = 0; round < 2; round++)
        {
            // A collection first, so that one owed to earlier work (this test's or a parallel one's) is not billed to one size.
            GC.Collect();
            double start = LinearityTests.ThreadCpuSeconds();
            smallResult = pipeline.ProcessHtml(small);
            smallSeconds = Math.Min(smallSeconds, LinearityTests.ThreadCpuSeconds() - start);

            GC.Collect();
            start = LinearityTests.ThreadCpuSeconds();
            largeResult = pipeline.ProcessHtml(large);
            largeSeconds = Math.Min(largeSeconds, LinearityTests.ThreadCpuSeconds() - start);
        }

        // The work done: blocks and characters grow as the input does.
        Assert.InRange((double)largeResult!.Document.Count / smallResult!.Document.Count, 1.8, 2.2);
        Assert.InRange((double)largeResult.Document.Source.Length / smallResult.Document.Source.Length, 1.8, 2.2);
        Assert.Equal(smallParagraphs, smallResult.KeptCount);
        Assert.Equal(largeParagraphs, largeResult.KeptCount);

        // The time: linear, with generous room for noise (quadratic would be 4x).
        double ratio = largeSeconds / smallSeconds;
        Assert.True(ratio < 3.5, $"20 MB took {ratio:F2} times as long as 10 MB");
    }

    /// <summary>A news page with header, navigation, an article of numbered paragraphs filling the size, a sidebar and a footer.</summary>
    private static string LargePage(int size, out int paragraphs)
    {
        var html = new StringBuilder(size + 4096);
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>A very long report on the storm | Courier</title></head><body>")
            .Append("<header><a href=\"/\">The Courier</a><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>")
            .Append("<main><article><h1>A very long report on the storm</h1>\n");
        const string end = "</article><aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/1\">Council tax to rise</a></li></ul></aside></main>"
            + "<footer><p><a href=\"/privacy\">Privacy policy</a></p><p>© 2024 The Courier</p></footer></body></html>";
        paragraphs = 0;
        while (html.Length + end.Length < size)
        {
            paragraphs++;
            html.Append("<p>").Append(paragraphs).Append(". ").Append(EnglishParagraphs[(paragraphs - 1) % EnglishParagraphs.Length]).Append("</p>\n");
        }

        return html.Append(end).ToString();
    }
}
