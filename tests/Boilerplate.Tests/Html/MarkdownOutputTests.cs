using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Html;

/// <summary><see cref="CleanResult.ToMarkdown()"/> keeps the structure the markup gave the kept blocks.</summary>
public sealed class MarkdownOutputTests
{
    private static readonly BoilerplatePipeline s_titleOnly = new BoilerplatePipelineBuilder().UseTitle().Build();

    [Fact]
    public void ToMarkdown_HeadingsListsQuotesCodeAndTables_AreRendered()
    {
        const string html = """
            <html><head><title>Storm report</title></head><body><article>
            <h1>Storm report</h1>
            <p>First paragraph.</p>
            <h2>Where it hit</h2>
            <ul><li>Aberaeron</li><li>New Quay</li></ul>
            <h3>In numbers</h3>
            <ol><li>Three towns</li><li>Two bridges</li></ol>
            <blockquote><p>We have never seen the water so high.</p></blockquote>
            <pre><code>level = 4.2
            if level &gt; 4: warn()</code></pre>
            <table><tr><th>Town</th><th>Homes</th></tr><tr><td>Aberaeron</td><td>120</td></tr><tr><td>New Quay</td><td>45 | 50</td></tr></table>
            <p>- not a list, # not a heading</p>
            </article></body></html>
            """;

        string markdown = s_titleOnly.ProcessHtml(html).ToMarkdown();

        Assert.Equal(
            """
            # Storm report

            First paragraph.

            ## Where it hit

            - Aberaeron
            - New Quay

            ### In numbers

            1. Three towns
            2. Two bridges

            > We have never seen the water so high.

            ```
            level = 4.2
            if level > 4: warn()
            ```

            | Town | Homes |
            | --- | --- |
            | Aberaeron | 120 |
            | New Quay | 45 \| 50 |

            \- not a list, # not a heading

            """,
            markdown);
    }

    [Fact]
    public void ToMarkdown_WithoutTitle_KeepsHeadingLevels()
    {
        string markdown = new BoilerplatePipelineBuilder().Build().ProcessHtml("<h1>Only heading</h1><p>Text.</p><h2>Second</h2>").ToMarkdown();

        Assert.Equal("# Only heading\n\nText.\n\n## Second\n", markdown);
    }

    [Fact]
    public void ToMarkdown_TwoSeparateLists_NumberEachFromOne()
    {
        string markdown = new BoilerplatePipelineBuilder().Build()
            .ProcessHtml("<ol><li>One</li><li>Two</li></ol><p>Between.</p><ol><li>Again</li></ol>").ToMarkdown();

        Assert.Equal("1. One\n2. Two\n\nBetween.\n\n1. Again\n", markdown);
    }

    [Fact]
    public void ToMarkdown_DroppedBlocks_AreLeftOut()
    {
        string html = $"<html><body><nav><ul><li><a href=\"/\">Home</a></li></ul></nav><article><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></article><footer><p>© 2024 Courier</p></footer></body></html>";

        string markdown = Cleaner.ProcessHtml(html).ToMarkdown();

        Assert.Equal($"{EnglishParagraphs[0]}\n\n{EnglishParagraphs[1]}\n", markdown);
    }

    [Fact]
    public void ToMarkdown_TextDump_GivesTitleAndParagraphs()
    {
        CleanResult result = Cleaner.Process(Dump(["Storm floods coastal towns | Courier", "Storm floods coastal towns", .. EnglishParagraphs[..2]]));

        Assert.Equal($"# Storm floods coastal towns\n\n{EnglishParagraphs[0]}\n\n{EnglishParagraphs[1]}\n", result.ToMarkdown());
    }

    [Fact]
    public void ToMarkdown_LayoutTable_GivesParagraphsNotTableRows()
    {
        string markdown = Cleaner.ProcessHtml(HtmlPageTests.Page("layout-table.html")).ToMarkdown();

        Assert.StartsWith("# Growing Tomatoes in a Cold Greenhouse\n\nTomatoes are the most popular crop", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| --- |", markdown, StringComparison.Ordinal);
        Assert.Contains("first frosts of the autumn.\n\nSow the seed indoors", markdown, StringComparison.Ordinal);
    }
}
