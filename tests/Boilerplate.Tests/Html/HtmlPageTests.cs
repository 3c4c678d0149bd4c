using Boilerplate.Tests.Support;

namespace Boilerplate.Tests.Html;

/// <summary>Realistic page structures (files under Html/Pages) through the default pipeline.</summary>
public sealed class HtmlPageTests
{
    [Fact]
    public void ProcessHtml_NestedLayout_KeepsTheArticleAndDropsHeaderNavAsideFooter()
    {
        CleanResult result = Cleaner.ProcessHtml(Page("nested-layout.html"));

        Assert.Equal("New bridge opens after six years of work", result.Title);
        Assert.Equal(
            [
                "The new road bridge over the river opened to traffic on Tuesday morning, six years after the old crossing was closed because engineers had found deep cracks in two of its supports.",
                "Hundreds of people walked across the bridge before the first cars were allowed on it, and the mayor cut a ribbon at the eastern end while a brass band from the local school played.",
                "Years of delays",
                "Work on the bridge was meant to take three years, but the council said that the discovery of old mine workings under the western bank had forced the engineers to redesign the foundations.",
                "The final cost of the project was about twice the first estimate, and some councillors have asked for an inquiry into how the contract was managed and why the problems were not found earlier.",
                "Shop owners in the town centre said that the closure of the old bridge had cost them a great deal of trade, because many people from the villages on the other side of the river had stopped coming into town.",
            ],
            result.KeptLines());
        Assert.True(result.Line("Most read").Label == BlockLabel.Boilerplate);
        Assert.True(result.Line("Sign up for our free daily newsletter and never miss a story from your town.").Label == BlockLabel.Boilerplate);
        Assert.True(result.Line("© 2024 Riverside Gazette Ltd. All rights reserved.").Label == BlockLabel.Boilerplate);
    }

    [Fact]
    public void ProcessHtml_NestedLayout_GivesBlocksTheirTagsDepthsAndContainers()
    {
        CleanResult result = Cleaner.ProcessHtml(Page("nested-layout.html"));
        PageDocument document = result.Document;

        Block heading = BlockOf(result, "New bridge opens after six years of work");
        Assert.Equal("h1", heading.Tag);
        Assert.Equal(1, heading.HeadingLevel);
        Assert.True(heading.Has(BlockTraits.Heading | BlockTraits.InArticle));

        Block subheading = BlockOf(result, "Years of delays");
        Assert.Equal(2, subheading.HeadingLevel);

        Block paragraph = BlockOf(result, "The final cost of the project was about twice the first estimate, and some councillors have asked for an inquiry into how the contract was managed and why the problems were not found earlier.");
        Assert.Equal("p", paragraph.Tag);
        Assert.True(paragraph.Has(BlockTraits.InArticle | BlockTraits.InContentContainer | BlockTraits.TerminalPunctuation));
        Assert.False(paragraph.Has(BlockTraits.InBoilerplateContainer));
        Assert.Equal(0, paragraph.LinkCharCount);
        Assert.True(paragraph.Depth > heading.Depth - 1);

        Block menuItem = BlockOf(result, "Business");
        Assert.Equal("li", menuItem.Tag);
        Assert.True(menuItem.Has(BlockTraits.InNavigation | BlockTraits.InHeader | BlockTraits.ListItem | BlockTraits.InBoilerplateContainer));
        Assert.Equal(1.0, menuItem.LinkDensity);

        Block widget = BlockOf(result, "Rovers sign new goalkeeper");
        Assert.True(widget.Has(BlockTraits.InAside));

        Block copyright = BlockOf(result, "© 2024 Riverside Gazette Ltd. All rights reserved.");
        Assert.True(copyright.Has(BlockTraits.InFooter));
        Assert.Equal("en", document.Language);
    }

    [Fact]
    public void ProcessHtml_LayoutTable_KeepsTheArticleCellOnly()
    {
        CleanResult result = Cleaner.ProcessHtml(Page("layout-table.html"));

        Assert.Equal("Growing Tomatoes in a Cold Greenhouse", result.Title);
        string[] kept = result.KeptLines();
        Assert.Equal(4, kept.Count(l => l.Length > 150));
        Assert.StartsWith("Tomatoes are the most popular crop", kept[0], StringComparison.Ordinal);
        Assert.StartsWith("Pinch out the side shoots", kept[3], StringComparison.Ordinal);
        Assert.DoesNotContain(kept, l => l.Contains("Join the club", StringComparison.Ordinal));
        Assert.DoesNotContain(kept, l => l.Contains("Registered Charity", StringComparison.Ordinal));
    }

    [Fact]
    public void ProcessHtml_ListsInsideTheArticle_KeepsThemAsMarkdownLists()
    {
        CleanResult result = Cleaner.ProcessHtml(Page("article-with-lists.html"));

        Assert.Equal("How to make a sourdough starter", result.Title);
        string markdown = result.ToMarkdown();
        Assert.Contains(
            """
            ## What you need

            - A large glass jar with a loose lid
            - Strong white flour and some wholemeal flour
            - Water at room temperature
            - A set of kitchen scales

            ## Method

            1. Mix fifty grams of wholemeal flour with fifty grams of water in the jar.
            2. Cover the jar loosely and leave it somewhere warm for a day.
            3. Throw away half of the mixture and feed it with fresh flour and water.
            4. Repeat the feeding every day until the starter doubles within six hours.

            After about a week
            """,
            markdown,
            StringComparison.Ordinal);
        Assert.EndsWith(
            """
            - No bubbles after three days: move the jar somewhere warmer
            - Smells of nail varnish: feed it more often
            - Pink or orange streaks: throw it away and start again

            """,
            markdown,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Shaping a loaf", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy", markdown, StringComparison.Ordinal);
    }


    [Fact]
    public void ProcessHtml_CommentsBelowTheArticle_DropsTheComments()
    {
        CleanResult result = Cleaner.ProcessHtml(Page("comments.html"));

        Assert.Equal("Why I switched to a four-day week", result.Title);
        Assert.Equal(4, result.KeptCount);
        Assert.StartsWith("A year ago I decided to close the workshop on Fridays", result.Text, StringComparison.Ordinal);
        Assert.EndsWith("you will find it hard to go back.", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("exactly the same thing in my shop", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reply", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Required fields", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("WordPress", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessHtml_ChinesePage_KeepsTheArticleAndFindsTheTitle()
    {
        CleanResult result = Cleaner.ProcessHtml(Page("chinese.html"));

        Assert.Equal("我国高铁运营里程突破四万公里", result.Title);
        Assert.Equal("zh", result.Document.Language);
        Assert.Equal(Script.Han, result.Document.MainScript);
        string[] kept = result.KeptLines();
        Assert.Equal(4, kept.Length);
        Assert.StartsWith("记者从国家铁路局获悉", kept[0], StringComparison.Ordinal);
        Assert.EndsWith("让更多的人享受到高铁带来的便利。", kept[3], StringComparison.Ordinal);
        Assert.DoesNotContain("版权所有", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("首页", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessHtml_MalformedMarkup_StillYieldsTheArticle()
    {
        CleanResult result = Cleaner.ProcessHtml(Page("malformed.html"));

        Assert.Equal("Village fete raises record sum for the church roof", result.Title);
        string[] expectedStarts =
        [
            "The summer fete on the village green raised more than four thousand pounds",
            "Hundreds of visitors came from the surrounding villages",
            "The organisers thanked the volunteers",
            "Best in show: Biscuit, a three year old spaniel",
            "Largest marrow: Mr and Mrs Hughes",
            "Tug of war: the Red Lion team",
            "The roof fund now needs only a few hundred pounds more",
        ];
        string[] kept = result.KeptLines();
        Assert.Equal(expectedStarts.Length, kept.Length);
        Assert.All(expectedStarts.Zip(kept), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
        Assert.Equal("Tug of war: the Red Lion team", kept[5]);
        Assert.DoesNotContain("Copyright", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Events", result.Text, StringComparison.Ordinal);
    }


    internal static byte[] Page(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Html", "Pages", name));

    private static Block BlockOf(CleanResult result, string text) => result.Document[result.Line(text).Index];
}
