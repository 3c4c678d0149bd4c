using Boilerplate.Evaluation;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Output;

/// <summary><see cref="CleanResult.ToHtml"/> keeps the kept blocks' structure and links, and its options.</summary>
public sealed class HtmlOutputTests
{
    private static readonly BoilerplatePipeline s_titleOnly = new BoilerplatePipelineBuilder().UseTitle().Build();
    private static readonly Uri s_page = new("https://news.example.org/world/storm.html");

    private const string Page = """
        <html><head><title>Storm report</title></head><body><article>
        <h1>Storm report</h1>
        <p>Read the <a href="/warnings?x=1&amp;y=2">official warnings</a> or <a href="mailto:desk@example.org">write to us</a>.</p>
        <h2>Where it hit</h2>
        <ul><li><a href="https://maps.example.org/aberaeron">Aberaeron</a></li><li>New Quay</li></ul>
        <ol><li>Three towns</li><li>Two bridges</li></ol>
        <blockquote><p>We have never seen the water so high.</p></blockquote>
        <p><img src="/img/before.jpg" alt="The harbour before"> The harbour before the storm.</p>
        <pre><code>level = 4.2 &lt; 5</code></pre>
        <table><tr><th>Town</th><th>Homes</th></tr><tr><td>Aberaeron</td><td>120</td></tr></table>
        </article></body></html>
        """;

    [Fact]
    public void ToHtml_StructureAndLinks_AreRenderedWithAbsoluteUrls()
    {
        string html = s_titleOnly.ProcessHtml(Page, s_page).ToHtml();

        Assert.Equal(
            """
            <article>
            <p>Read the <a href="https://news.example.org/warnings?x=1&amp;y=2">official warnings</a> or <a href="mailto:desk@example.org">write to us</a>.</p>
            <h2>Where it hit</h2>
            <ul>
            <li><a href="https://maps.example.org/aberaeron">Aberaeron</a></li>
            <li>New Quay</li>
            </ul>
            <ol>
            <li>Three towns</li>
            <li>Two bridges</li>
            </ol>
            <blockquote>
            <p>We have never seen the water so high.</p>
            </blockquote>
            <p>The harbour before the storm.</p>
            <pre><code>level = 4.2 &lt; 5</code></pre>
            <table>
            <tr><th>Town</th><th>Homes</th></tr>
            <tr><td>Aberaeron</td><td>120</td></tr>
            </table>
            </article>

            """,
            html);
    }

    [Fact]
    public void ToHtml_TextReadBack_IsTheResultsText()
    {
        CleanResult result = s_titleOnly.ProcessHtml(Page, s_page);

        Assert.Equal(result.Text + "\n", HtmlOutputCheck.Text(result.ToHtml(new OutputOptions { IncludeImages = true })));
    }

    [Fact]
    public void ToHtml_WithoutBaseUrl_RelativeLinksBecomeText()
    {
        string html = s_titleOnly.ProcessHtml(Page).ToHtml();

        Assert.Contains("<p>Read the official warnings or <a href=\"mailto:desk@example.org\">write to us</a>.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"https://maps.example.org/aberaeron\">Aberaeron</a></li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Options_DropLinksAndTablesAndAddImages()
    {
        CleanResult result = s_titleOnly.ProcessHtml(Page, s_page);

        string html = result.ToHtml(new OutputOptions { IncludeLinks = false, IncludeTables = false, IncludeImages = true });

        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Homes", html, StringComparison.Ordinal);
        Assert.Contains("<p><img src=\"https://news.example.org/img/before.jpg\" alt=\"The harbour before\">The harbour before the storm.</p>", html, StringComparison.Ordinal);
        Assert.Empty(HtmlOutputCheck.Violations(html));
    }

    [Fact]
    public void ToHtml_DataImages_OnlyWhenAllowed()
    {
        string page = $"<html><body><article><p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\">{EnglishParagraphs[0]}</p></article></body></html>";
        CleanResult result = s_titleOnly.ProcessHtml(page);

        Assert.DoesNotContain("<img", result.ToHtml(new OutputOptions { IncludeImages = true }), StringComparison.Ordinal);
        string allowed = result.ToHtml(new OutputOptions { IncludeImages = true, AllowDataImages = true });
        Assert.Contains("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\">", allowed, StringComparison.Ordinal);
        Assert.Empty(HtmlOutputCheck.Violations(allowed, allowDataImages: true));
    }

    [Fact]
    public void ToHtml_CommentsOption_LeavesOutKeptCommentBlocks()
    {
        string page = $"<html><body><article><p>{EnglishParagraphs[0]}</p></article><div class=\"comments\"><p>{EnglishParagraphs[1]}</p></div></body></html>";
        CleanResult result = new BoilerplatePipelineBuilder().Build().ProcessHtml(page);
        Assert.Contains(EnglishParagraphs[1], result.ToHtml(), StringComparison.Ordinal);

        string html = result.ToHtml(new OutputOptions { IncludeComments = false });

        Assert.Contains(EnglishParagraphs[0], html, StringComparison.Ordinal);
        Assert.DoesNotContain(EnglishParagraphs[1], html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_TextDump_GivesEscapedParagraphs()
    {
        CleanResult result = s_titleOnly.Process(Dump("Storm report", "Water & wind <b>rose</b>.", EnglishParagraphs[0]));

        Assert.Equal($"<article>\n<p>Water &amp; wind &lt;b&gt;rose&lt;/b&gt;.</p>\n<p>{EnglishParagraphs[0]}</p>\n</article>\n", result.ToHtml());
    }

    [Fact]
    public void ToMarkdown_WithOptions_RendersLinksAndImages()
    {
        CleanResult result = s_titleOnly.ProcessHtml(Page, s_page);

        string markdown = result.ToMarkdown(new OutputOptions { IncludeImages = true });

        Assert.Contains("Read the [official warnings](https://news.example.org/warnings?x=1&y=2) or [write to us](mailto:desk@example.org).", markdown, StringComparison.Ordinal);
        Assert.Contains("![The harbour before](https://news.example.org/img/before.jpg)The harbour before the storm.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("](", result.ToMarkdown(), StringComparison.Ordinal);
        Assert.DoesNotContain("| Town |", result.ToMarkdown(new OutputOptions { IncludeTables = false }), StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_LinkLabelWithBrackets_CannotOpenALinkOfItsOwn()
    {
        string page = $"<html><body><article><p>{EnglishParagraphs[0]} <a href=\"https://ok.example/\">x](javascript:alert(1)) [y</a></p></article></body></html>";

        string markdown = s_titleOnly.ProcessHtml(page).ToMarkdown(new OutputOptions());

        Assert.Contains("[x\\](javascript:alert(1)) \\[y](https://ok.example/)", markdown, StringComparison.Ordinal);
    }
}
