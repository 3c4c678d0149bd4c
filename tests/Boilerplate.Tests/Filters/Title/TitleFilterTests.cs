using Boilerplate.Filters.Title;
using Boilerplate.Tests.Support;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Filters.Title;

public sealed class TitleFilterTests
{
    private static readonly BoilerplatePipeline s_title = BuildPipeline(b => b.UseTitle());

    [Fact]
    public void Apply_DumpTitleAndBodyHeadline_ReportsTheHeadlineOnce()
    {
        CleanResult result = s_title.Process(Dump(
            "Storm floods coastal towns | The Daily Courier",
            "Home",
            "Storm floods coastal towns",
            EnglishParagraphs[0],
            EnglishParagraphs[1]));

        Assert.Equal("Storm floods coastal towns", result.Title);
        BlockDecision pageTitle = result.Line("Storm floods coastal towns | The Daily Courier");
        Assert.Equal(BlockLabel.Title, pageTitle.Label);
        Assert.Equal("title", pageTitle.Filter);
        Assert.Equal(DecisionCode.PageTitle, pageTitle.Code);
        BlockDecision headline = result.Line("Storm floods coastal towns");
        Assert.Equal(BlockLabel.Title, headline.Label);
        Assert.Equal(DecisionCode.Headline, headline.Code);
        Assert.DoesNotContain("Storm floods", result.Text, StringComparison.Ordinal);
        Assert.Equal(["Home", EnglishParagraphs[0], EnglishParagraphs[1]], result.KeptLines());
    }

    [Fact]
    public void Apply_HeadlineRepeatedInSeveralCasings_ReportsTheBestCasedAndDropsEveryCopy()
    {
        CleanResult result = s_title.Process(Dump(
            "us russia vow to boost cooperation",
            "us russia vow to boost cooperation",
            "US, Russia vow to boost cooperation",
            EnglishParagraphs[0],
            "Egypt Today, egypt today US, Russia vow to boost cooperation",
            "us, russia vow to boost cooperation"));

        Assert.Equal("US, Russia vow to boost cooperation", result.Title);
        Assert.Equal(4, result.Explain().Count(d => d.Label == BlockLabel.Title));
        Assert.True(result.Line("Egypt Today, egypt today US, Russia vow to boost cooperation").IsKept);
    }

    [Theory]
    [InlineData("Storm floods coastal towns | Courier")]
    [InlineData("Storm floods coastal towns - Courier")]
    [InlineData("Storm floods coastal towns – Courier")]
    [InlineData("Storm floods coastal towns — The Daily Courier")]
    [InlineData("Courier » Storm floods coastal towns")]
    [InlineData("News · Storm floods coastal towns · Courier")]
    [InlineData("Storm floods coastal towns : Courier")]
    public void Apply_PageTitleWithSiteName_FindsTheHeadlinePart(string pageTitle)
    {
        CleanResult result = s_title.Process(Dump(pageTitle, "Storm floods coastal towns", EnglishParagraphs[0]));

        Assert.Equal("Storm floods coastal towns", result.Title);
        Assert.Equal(BlockLabel.Title, result.Line("Storm floods coastal towns").Label);
        Assert.Equal([EnglishParagraphs[0]], result.KeptLines());
    }

    [Fact]
    public void Apply_HyphenatedHeadline_IsNotSplit()
    {
        CleanResult result = s_title.Process(Dump("Post-war town rebuilds its sea wall | Courier", "Post-war town rebuilds its sea wall", EnglishParagraphs[0]));

        Assert.Equal("Post-war town rebuilds its sea wall", result.Title);
    }

    [Fact]
    public void Apply_NoHeadlineInBody_ReportsTheLongestPartOfThePageTitle()
    {
        CleanResult result = s_title.Process(Dump("Storm floods coastal towns | Courier", EnglishParagraphs[0], EnglishParagraphs[1]));

        Assert.Equal("Storm floods coastal towns", result.Title);
        Assert.Equal(BlockLabel.Title, result.Line("Storm floods coastal towns | Courier").Label);
        Assert.Equal(2, result.KeptCount);
    }

    [Fact]
    public void Apply_WholePageTitleRepeatedInBody_PrefersItOverThePart()
    {
        CleanResult result = s_title.Process(Dump(
            "Storm floods coastal towns: the morning after",
            "Storm floods coastal towns",
            "Storm floods coastal towns: the morning after",
            EnglishParagraphs[0]));

        Assert.Equal("Storm floods coastal towns: the morning after", result.Title);
        Assert.True(result.Line("Storm floods coastal towns").IsKept);
    }

    [Fact]
    public void Apply_FirstLineLongerThanMaxTitleWords_FindsNoTitle()
    {
        CleanResult result = s_title.Process(Dump(EnglishParagraphs[0], EnglishParagraphs[1]));

        Assert.Null(result.Title);
        Assert.Equal(2, result.KeptCount);
    }

    [Fact]
    public void Apply_MaxTitleWords_BoundsThePageTitle()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseTitle(new TitleOptions { MaxTitleWords = 3 }));

        CleanResult result = pipeline.Process(Dump("Storm floods coastal towns", "Storm floods coastal towns", EnglishParagraphs[0]));

        Assert.Null(result.Title);
        Assert.Equal(3, result.KeptCount);
    }

    [Fact]
    public void Apply_EmptyDump_FindsNoTitle()
    {
        CleanResult result = s_title.Process(string.Empty);

        Assert.Null(result.Title);
        Assert.Equal(0, result.Document.Count);
    }

    [Fact]
    public void Apply_HtmlH1AgreeingWithTitleElement_ReportsTheH1()
    {
        CleanResult result = s_title.ProcessHtml(HtmlPage(
            "<title>Storm floods coastal towns | The Daily Courier</title>",
            "<h1>Storm floods coastal towns</h1>"));

        Assert.Equal("Storm floods coastal towns", result.Title);
        BlockDecision heading = result.Line("Storm floods coastal towns");
        Assert.Equal(BlockLabel.Title, heading.Label);
        Assert.Equal(DecisionCode.Headline, heading.Code);
        Assert.DoesNotContain("Storm floods", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_HtmlH1AgreeingWithOpenGraphOnly_ReportsTheH1()
    {
        CleanResult result = s_title.ProcessHtml(HtmlPage(
            "<title>The Daily Courier</title><meta property=\"og:title\" content=\"Storm floods coastal towns\">",
            "<h1>Storm floods coastal towns</h1>"));

        Assert.Equal("Storm floods coastal towns", result.Title);
    }

    [Fact]
    public void Apply_HtmlWithoutH1OrOpenGraph_ReportsTheLongestPartOfTheTitleElement()
    {
        CleanResult result = s_title.ProcessHtml(HtmlPage(
            "<title>The Daily Courier | Storm floods coastal towns</title>",
            "<h2>Storm floods coastal towns</h2>"));

        Assert.Equal("Storm floods coastal towns", result.Title);
        Assert.Equal(BlockLabel.Title, result.Line("Storm floods coastal towns").Label);
    }

    [Fact]
    public void Apply_HtmlWithOnlyAnH1_ReportsTheH1()
    {
        CleanResult result = s_title.ProcessHtml(HtmlPage(string.Empty, "<h1>Storm floods coastal towns</h1>"));

        Assert.Equal("Storm floods coastal towns", result.Title);
    }

    [Fact]
    public void Apply_HtmlTitleWithEntitiesAndLineBreaks_IsDecodedAndCollapsed()
    {
        CleanResult result = s_title.ProcessHtml(HtmlPage("<title>\n  Fish &amp; chips\n  shop closes  </title>", string.Empty));

        Assert.Equal("Fish & chips shop closes", result.Title);
    }
}
