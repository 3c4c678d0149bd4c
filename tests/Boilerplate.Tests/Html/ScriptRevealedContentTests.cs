using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Html;

/// <summary>Content a browser shows only after, or only without, the page's scripts: streamed segments and noscript fallbacks.</summary>
public sealed class ScriptRevealedContentTests
{
    private static readonly BoilerplatePipeline s_noFilters = new BoilerplatePipelineBuilder().Build();

    [Fact]
    public void StreamedSegment_IsReadAtItsPlaceholder()
    {
        // React's streaming server rendering: the boundary's fallback stands in the page, the content arrives hidden at the
        // end of the body and a script swaps it in.
        string html = $$"""
            <html><body>
            <h1>Storm floods the coast</h1>
            <!--$?--><template id="B:0"></template><p>Loading…</p><!--/$-->
            <p>{{EnglishParagraphs[2]}}</p>
            <div hidden id="S:0"><p>{{EnglishParagraphs[0]}}</p><p>{{EnglishParagraphs[1]}}</p></div>
            <script>$RC("B:0","S:0")</script>
            </body></html>
            """;

        CleanResult all = s_noFilters.ProcessHtml(html);
        string text = all.Document.Source;

        int first = text.IndexOf(EnglishParagraphs[0], StringComparison.Ordinal);
        Assert.True(first >= 0, "the streamed segment's text is read");
        Assert.True(first < text.IndexOf(EnglishParagraphs[2], StringComparison.Ordinal), "at its placeholder, before the text that follows it");
        Assert.Equal(1, CountOf(text, EnglishParagraphs[1]));
        Assert.Contains(EnglishParagraphs[0], Cleaner.ProcessHtml(html).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div hidden id=\"S:7\"><p>{0}</p></div>")]                // a segment without its placeholder stays hidden
    [InlineData("<div hidden id=\"B:0\"><p>{0}</p></div>")]                // only segments are streamed content
    [InlineData("<template id=\"S:0\"><p>{0}</p></template>")]             // a template is never shown by itself
    public void HiddenContentThatIsNoStreamedSegment_StaysSkipped(string hidden)
    {
        const string secret = "Subscribe now and save fifty per cent on your first year of the paper";
        string html = $"<html><body><template id=\"B:0\"></template><p>{EnglishParagraphs[0]}</p>{string.Format(System.Globalization.CultureInfo.InvariantCulture, hidden, secret)}</body></html>";

        Assert.DoesNotContain("fifty per cent", s_noFilters.ProcessHtml(html).Document.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void SegmentHoldingItsOwnPlaceholder_IsReadOnce()
    {
        string html = $"<html><body><template id=\"B:1\"></template><div hidden id=\"S:1\"><p>{EnglishParagraphs[0]}</p><template id=\"B:1\"></template></div></body></html>";

        Assert.Equal(1, CountOf(s_noFilters.ProcessHtml(html).Document.Source, EnglishParagraphs[0]));
    }

    [Fact]
    public void NoscriptFallback_IsReadWhenTheScriptedPageHasNoText()
    {
        // A forum app: the visible body is an empty shell filled by scripts; the crawler view sits in noscript.
        string posts = string.Concat(EnglishParagraphs[..8].Select(p => $"<div class=\"post\"><p>{p}</p></div>"));
        string html = $"<html><body><div id=\"app\"><header><a href=\"/\">Community</a></header></div><noscript><div id=\"main-outlet\" role=\"main\"><h1>Storm floods the coast</h1>{posts}</div></noscript></body></html>";

        CleanResult result = Cleaner.ProcessHtml(html);

        foreach (string paragraph in EnglishParagraphs[..8])
        {
            Assert.Contains(paragraph, result.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NoscriptFallback_IsNotReadWhenThePageShowsItsArticle()
    {
        // Lazy-loading sites repeat content in noscript: reading it would print the article twice.
        string article = string.Concat(EnglishParagraphs[..4].Select(p => $"<p>{p}</p>"));
        string html = $"<html><body><article>{article}</article><noscript><div>{article}<p>{EnglishParagraphs[5]}</p></div></noscript></body></html>";

        CleanResult all = s_noFilters.ProcessHtml(html);

        Assert.Equal(1, CountOf(all.Document.Source, EnglishParagraphs[0]));
        Assert.DoesNotContain(EnglishParagraphs[5], all.Document.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void NoscriptOfEscapedMarkup_IsNotTakenForProse()
    {
        // Some serialisers escape noscript content: the browser would show the tags as text, which is no article.
        string pixel = string.Concat(Enumerable.Repeat("&lt;div style=\"position:absolute\"&gt;&lt;img width=1 height=1 alt=\"\" src=\"https://example.com/pixel?id=0123456789abcdef0123456789abcdef\"&gt;&lt;/div&gt;", 3));
        string noscripts = string.Concat(Enumerable.Repeat($"<noscript>{pixel}</noscript>", 10));
        string html = $"<html><body><p>{EnglishParagraphs[0]}</p>{noscripts}</body></html>";

        Assert.DoesNotContain("pixel", s_noFilters.ProcessHtml(html).Document.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void HiddenText_IsReadWhenThePageShowsAlmostNone()
    {
        // A product page whose description and specifications sit in tabs a script reveals.
        string tabs = string.Concat(EnglishParagraphs[..6].Select(p => $"<p>{p}</p>"));
        string html = $"<html><body><h1>Storm lantern</h1><div class=\"tab-panel\" style=\"display:none\">{tabs}</div><div aria-hidden=\"true\"><p>{EnglishParagraphs[9]}</p></div></body></html>";

        CleanResult result = Cleaner.ProcessHtml(html);

        Assert.Contains(EnglishParagraphs[0], result.Text, StringComparison.Ordinal);
        Assert.Contains(EnglishParagraphs[5], result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(EnglishParagraphs[9], result.Document.Source, StringComparison.Ordinal); // aria-hidden stays out
    }

    [Fact]
    public void HiddenText_IsNotReadWhenThePageShowsItsProse()
    {
        string hidden = string.Concat(EnglishParagraphs[3..9].Select(p => $"<p>{p}</p>"));
        string html = $"<html><body><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p><p>{EnglishParagraphs[2]}</p><div class=\"modal hidden\">{hidden}</div></body></html>";

        Assert.DoesNotContain(EnglishParagraphs[3], s_noFilters.ProcessHtml(html).Document.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void StructuredArticleBody_IsReadWhenThePageShowsNoArticle()
    {
        // A script-built page: its markup holds a menu and a spinner, and its JSON-LD the article's text.
        string body = string.Join("\\n", EnglishParagraphs[..3]);
        string html = $$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm","articleBody":"{{body}}"}</script></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div id="root">Loading</div></body></html>
            """;

        CleanResult result = Cleaner.ProcessHtml(html);

        Assert.Contains(Dump(EnglishParagraphs[..3]), result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void StructuredArticleBody_IsNotAddedWhenThePageShowsItsArticle()
    {
        string html = $$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"{{EnglishParagraphs[8]}} {{EnglishParagraphs[9]}}"}</script></head>
            <body><article><p>{{EnglishParagraphs[0]}}</p><p>{{EnglishParagraphs[1]}}</p><p>{{EnglishParagraphs[2]}}</p></article></body></html>
            """;

        Assert.DoesNotContain(EnglishParagraphs[8], s_noFilters.ProcessHtml(html).Document.Source, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
