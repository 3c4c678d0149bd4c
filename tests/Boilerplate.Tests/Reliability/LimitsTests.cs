using Boilerplate.Fuzz;
using static Boilerplate.Tests.Reliability.HostilePages;

namespace Boilerplate.Tests.Reliability;

/// <summary>Each limit of <see cref="PipelineLimits"/>: its default, its validation and the outcome beyond it.</summary>
public sealed class LimitsTests
{
    [Fact]
    public void Defaults_AreTheDocumentedValues()
    {
        var limits = new PipelineLimits();

        Assert.Equal(256 * 1024 * 1024, limits.MaxInputChars);
        Assert.Equal(1024 * 1024, limits.MaxLineChars);
        Assert.Equal(1_000_000, limits.MaxBlocks);
        Assert.Equal(256, limits.MaxHtmlDepth);
        Assert.Equal(250_000, limits.MaxHtmlElements);
    }

    [Fact]
    public void Build_NewLimitsOutOfRange_ListsEachOne()
    {
        var builder = new BoilerplatePipelineBuilder();
        builder.Limits.MaxLineChars = 1023;
        builder.Limits.MaxBlocks = 0;
        builder.Limits.MaxHtmlElements = 0;

        ArgumentException error = Assert.Throws<ArgumentException>(builder.Build);

        Assert.Contains("PipelineLimits.MaxLineChars must be at least 1024 (was 1023).", error.Message, StringComparison.Ordinal);
        Assert.Contains("PipelineLimits.MaxBlocks must be at least 1 (was 0).", error.Message, StringComparison.Ordinal);
        Assert.Contains("PipelineLimits.MaxHtmlElements must be at least 1 (was 0).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CopiesTheLimits_SoLaterChangesDoNotReachThePipeline()
    {
        var builder = new BoilerplatePipelineBuilder().UseDefaults();
        builder.Limits.MaxBlocks = 3;
        BoilerplatePipeline pipeline = builder.Build();
        builder.Limits.MaxBlocks = 1;

        Assert.Equal(3, pipeline.Process("a\nb\nc\nd\n").Document.Count);
    }

    [Fact]
    public void MaxInputChars_IsTheOnlyLimitThatThrows()
    {
        BoilerplatePipeline pipeline = WithLimits(l => l.MaxInputChars = 100);

        Assert.Throws<InputTooLargeException>(() => pipeline.Process(Paragraph1));
        Assert.Throws<InputTooLargeException>(() => pipeline.ProcessHtml(HtmlPage(Paragraph1)));
        Assert.Throws<InputTooLargeException>(() => pipeline.ProcessHtml(new byte[401]));
    }

    [Fact]
    public void MaxLineChars_CutsOnlyTheLongLine_AtAWord()
    {
        string longLine = Repeat(Paragraph1 + " ", 20);
        BoilerplatePipeline pipeline = WithLimits(l => l.MaxLineChars = 2000);

        CleanResult result = pipeline.Process(Dump(Paragraph2, longLine, Paragraph3));

        FuzzTargets.Check(result);
        Assert.Equal(CleanWarnings.LineTruncated, result.Warnings);
        string[] kept = result.Text.Split('\n');
        Assert.Equal(Paragraph2, kept[0]);
        Assert.InRange(kept[1].Length, 2000 - 256, 2000);
        Assert.StartsWith(kept[1] + " ", longLine, StringComparison.Ordinal);
        Assert.Equal(Paragraph3, kept[2]);

        // Lines stay numbered as in the input.
        Assert.Equal(result.Document.Count, result.Document[result.Document.Count - 1].LineNumber);
    }

    [Fact]
    public void MaxLineChars_WithoutASpaceNearTheLimit_CutsAtTheLimit()
    {
        BoilerplatePipeline pipeline = WithLimits(l => l.MaxLineChars = 1024);

        CleanResult result = pipeline.Process(new string('x', 5000));

        Assert.Equal(1024, result.Document[0].Length);
        Assert.Equal(CleanWarnings.LineTruncated, result.Warnings);
    }

    [Fact]
    public void MaxLineChars_DoesNotCutHtml()
    {
        string paragraph = Repeat(Paragraph1 + " ", 20).TrimEnd();

        CleanResult result = WithLimits(l => l.MaxLineChars = 1024).ProcessHtml(HtmlPage(paragraph));

        Assert.Equal(CleanWarnings.None, result.Warnings);
        Assert.Equal(paragraph, result.Text);
    }

    [Fact]
    public void MaxBlocks_ReadsTheFirstBlocksAsIfThePageEndedThere()
    {
        BoilerplatePipeline pipeline = WithLimits(l => l.MaxBlocks = 8);
        string dump = Dump(Paragraph1, Paragraph2, Paragraph3);

        CleanResult text = pipeline.Process("\n\n" + dump);
        CleanResult html = pipeline.ProcessHtml(HtmlPage(Paragraph1, Paragraph2, Paragraph3));

        FuzzTargets.Check(text);
        FuzzTargets.Check(html);
        Assert.Equal(8, text.Document.Count);
        Assert.Equal(CleanWarnings.BlocksTruncated, text.Warnings);
        Assert.Equal(Paragraph1 + "\n" + Paragraph2, text.Text);
        Assert.Equal(8, html.Document.Count);
        Assert.Equal(CleanWarnings.BlocksTruncated, html.Warnings);
        Assert.Equal(Paragraph1 + "\n" + Paragraph2, html.Text);

        // Exactly MaxBlocks blocks is within the limit.
        Assert.Equal(CleanWarnings.None, WithLimits(l => l.MaxBlocks = 12).Process(dump).Warnings);
    }

    [Fact]
    public void MaxHtmlDepth_FlattensAndSaysSo()
    {
        string deep = "<body>" + Repeat("<div>", 20) + "<p>" + Paragraph1 + "</p>" + Repeat("</div>", 20) + "</body>";

        CleanResult flattened = WithLimits(l => l.MaxHtmlDepth = 8).ProcessHtml(deep);
        CleanResult whole = Cleaner.ProcessHtml(deep);

        Assert.Equal(CleanWarnings.HtmlFlattened, flattened.Warnings);
        Assert.Equal(Paragraph1, flattened.Text);
        Assert.Equal(CleanWarnings.None, whole.Warnings);
        Assert.Same(deep, whole.Document.Markup);
    }

    [Fact]
    public void MaxHtmlElements_RemovesLaterTagsKeepsTheirTextAndDropsLaterScripts()
    {
        string html = "<html><body>" + string.Concat(Enumerable.Range(0, 200).Select(i => $"<p>Paragraph {i}</p>")) +
            "<script>var hidden = 1;</script><!-- note --><style>p { color: red }</style><p>" + Paragraph1 + "</p></body></html>";

        CleanResult result = WithLimits(l => l.MaxHtmlElements = 100).ProcessHtml(html);

        FuzzTargets.Check(result);
        Assert.Equal(CleanWarnings.HtmlFlattened, result.Warnings);
        Assert.Contains("Paragraph 199", result.Document.Source, StringComparison.Ordinal);
        Assert.Contains(Paragraph1, result.Document.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", result.Document.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("color", result.Document.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("note", result.Document.Markup!, StringComparison.Ordinal);
        Assert.Equal(CleanWarnings.None, Cleaner.ProcessHtml(html).Warnings);
    }

    [Fact]
    public void OrdinaryPages_HaveNoWarnings()
    {
        string sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "news-article.dump.txt"));

        Assert.Equal(CleanWarnings.None, Cleaner.Process(sample).Warnings);
        Assert.Equal(CleanWarnings.None, Cleaner.Process(Dump(Paragraph1, Paragraph2)).Warnings);
        Assert.Equal(CleanWarnings.None, Cleaner.ProcessHtml(HtmlPage(Paragraph1, Paragraph2)).Warnings);
    }
}
