using Boilerplate.Filters.LineDeduplication;
using Boilerplate.Tests.Support;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Filters.LineDeduplication;

public sealed class LineDeduplicationFilterTests
{
    private static readonly BoilerplatePipeline s_dedup = BuildPipeline(b => b.UseLineDeduplication());

    [Fact]
    public void Apply_ExactShortRepeat_DropsEveryCopy()
    {
        CleanResult result = s_dedup.Process(Dump(
            "Last Updated : GMT 09:07:40",
            EnglishParagraphs[0],
            "Last Updated : GMT 09:07:40",
            EnglishParagraphs[1]));

        BlockDecision[] copies = result.Lines("Last Updated : GMT 09:07:40");
        Assert.Equal(2, copies.Length);
        Assert.All(copies, d =>
        {
            Assert.Equal(BlockLabel.Boilerplate, d.Label);
            Assert.Equal("dedup", d.Filter);
            Assert.Equal(DecisionCode.RepeatedShortLine, d.Code);
        });
        Assert.Equal([EnglishParagraphs[0], EnglishParagraphs[1]], result.KeptLines());
    }

    [Theory]
    [InlineData("EGYPT TODAY")]
    [InlineData("egypt today")]
    [InlineData("Egypt   Today")]
    [InlineData("Egypt\tToday")]
    [InlineData("Egypt Today!")]
    [InlineData("- Egypt, Today -")]
    [InlineData("Egypt-Today")]
    public void Apply_NormalisedRepeat_DropsBothCopies(string variant)
    {
        CleanResult result = s_dedup.Process(Dump("Egypt Today", EnglishParagraphs[0], variant, EnglishParagraphs[1]));

        Assert.Equal(DecisionCode.RepeatedShortLine, result.Line("Egypt Today").Code);
        Assert.Equal(DecisionCode.RepeatedShortLine, result.Line(variant).Code);
        Assert.Equal(2, result.KeptCount);
    }

    [Fact]
    public void Apply_DifferentWords_KeepsBoth()
    {
        CleanResult result = s_dedup.Process(Dump("Egypt Today", "Egypt Tomorrow", "Egypt Today Online"));

        Assert.All(result.Explain(), d => Assert.Equal(BlockLabel.Undecided, d.Label));
    }

    [Fact]
    public void Apply_ShortLineThreeTimes_DropsAllThreeCopies()
    {
        CleanResult result = s_dedup.Process(Dump(
            "Sochi - Arab Today", EnglishParagraphs[0], "Sochi - Arab Today", EnglishParagraphs[1], "SOCHI - ARAB TODAY"));

        Assert.Equal(3, result.Explain().Count(d => d.Code == DecisionCode.RepeatedShortLine));
        Assert.Equal(2, result.KeptCount);
    }

    [Fact]
    public void Apply_RepeatedSentence_KeepsEveryCopy()
    {
        const string sentence = "The mayor said the town would rebuild.";
        CleanResult result = s_dedup.Process(Dump(sentence, EnglishParagraphs[0], sentence, EnglishParagraphs[1]));

        Assert.All(result.Lines(sentence), d => Assert.True(d.IsKept));
        Assert.Equal(4, result.KeptCount);
    }

    [Fact]
    public void Apply_RepeatedLongLineWithoutFullStop_KeepsEveryCopy()
    {
        const string line = "Residents of the old harbour district and the new estates on the hill were told to leave first";
        CleanResult result = s_dedup.Process(Dump(line, EnglishParagraphs[0], line));

        Assert.Equal(2, result.Lines(line).Length);
        Assert.All(result.Lines(line), d => Assert.True(d.IsKept));
    }

    [Fact]
    public void Apply_DropRepeatedProse_DropsLaterCopiesAndKeepsTheFirst()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseLineDeduplication(new LineDeduplicationOptions { DropRepeatedProse = true }));
        const string sentence = "The mayor said the town would rebuild.";

        CleanResult result = pipeline.Process(Dump(sentence, EnglishParagraphs[0], sentence, EnglishParagraphs[1], sentence));

        BlockDecision[] copies = result.Lines(sentence);
        Assert.True(copies[0].IsKept);
        Assert.All(copies[1..], d =>
        {
            Assert.Equal(BlockLabel.Boilerplate, d.Label);
            Assert.Equal(DecisionCode.RepeatedLine, d.Code);
        });
        Assert.Equal(3, result.KeptCount);
    }

    [Fact]
    public void Apply_MaxBoilerplateWords_ShorterLimitKeepsLongerRepeats()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseLineDeduplication(new LineDeduplicationOptions { MaxBoilerplateWords = 2 }));

        CleanResult result = pipeline.Process(Dump("Egypt Today", "Sochi Arab Today", EnglishParagraphs[0], "Egypt Today", "Sochi Arab Today"));

        Assert.All(result.Lines("Egypt Today"), d => Assert.Equal(BlockLabel.Boilerplate, d.Label));
        Assert.All(result.Lines("Sochi Arab Today"), d => Assert.True(d.IsKept));
    }

    [Fact]
    public void Apply_RepeatedLineWithoutWords_IsLeftToOtherFilters()
    {
        CleanResult result = s_dedup.Process(Dump("* * *", EnglishParagraphs[0], "* * *", EnglishParagraphs[1]));

        Assert.All(result.Lines("* * *"), d => Assert.Equal(BlockLabel.Undecided, d.Label));
    }

    [Fact]
    public void Apply_HeadlineTakenAsTitle_IsLeftToTheTitleFilter()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseTitle().UseLineDeduplication());

        CleanResult result = pipeline.Process(Dump(
            "Storm floods coastal towns | The Daily Courier", "Storm floods coastal towns", EnglishParagraphs[0], "Storm floods coastal towns"));

        Assert.Equal("Storm floods coastal towns", result.Title);
        Assert.All(result.Lines("Storm floods coastal towns"), d => Assert.Equal(BlockLabel.Title, d.Label));
    }

    [Fact]
    public void Apply_HtmlHeadingRepeatedInsideArticle_KeepsItButDropsRepeatedFurniture()
    {
        const string html = """
            <html><body>
            <div class="toolbar"><span>Subscribe</span></div>
            <article>
            <h2>Ingredients</h2>
            <p>Two cups of flour, one cup of sugar, three eggs and a little milk are all you need for the first layer of the cake.</p>
            <h2>Ingredients</h2>
            <p>For the icing you will need a cup of cream cheese, half a cup of butter and as much sugar as you like to add to it.</p>
            </article>
            <div class="toolbar"><span>Subscribe</span></div>
            </body></html>
            """;

        CleanResult result = s_dedup.ProcessHtml(html);

        Assert.All(result.Lines("Ingredients"), d => Assert.True(d.IsKept));
        Assert.All(result.Lines("Subscribe"), d => Assert.Equal(DecisionCode.RepeatedShortLine, d.Code));
        Assert.Equal(2, result.Lines("Subscribe").Length);
    }
}
