using System.Text;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Html;

/// <summary>Hostile nesting completes and keeps its text (no stack overflow, no quadratic parse).</summary>
public sealed class HtmlDepthLimiterTests
{
    [Fact]
    public void ProcessHtml_TenThousandNestedDivs_KeepsTheTextAtEveryDepth()
    {
        const int depth = 10_000;
        var html = new StringBuilder("<html><head><title>Deep page</title></head><body>");
        for (int i = 0; i < depth; i++)
        {
            html.Append("<div class=\"wrap\">");
            if (i % 2_000 == 1_999)
            {
                html.Append("<p>").Append(EnglishParagraphs[i / 2_000]).Append("</p>");
            }
        }

        html.Append("<p>").Append(EnglishParagraphs[5]).Append("</p>");
        html.Insert(html.Length, "</div>", depth).Append("</body></html>");

        CleanResult result = Cleaner.ProcessHtml(html.ToString());

        Assert.Equal("Deep page", result.Title);
        int position = 0;
        foreach (string paragraph in EnglishParagraphs[..6])
        {
            int found = result.Text.IndexOf(paragraph, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"lost: {paragraph}");
            position = found + paragraph.Length;
        }
    }


    [Fact]
    public void ProcessHtml_TenThousandUnclosedInlineTags_KeepsTheText()
    {
        string html = "<html><body><p>" + string.Concat(Enumerable.Repeat("<b>", 10_000)) + EnglishParagraphs[0] + "</p><p>" + EnglishParagraphs[1] + "</p></body></html>";

        CleanResult result = Cleaner.ProcessHtml(html);

        Assert.Contains(EnglishParagraphs[0], result.Text, StringComparison.Ordinal);
        Assert.Contains(EnglishParagraphs[1], result.Text, StringComparison.Ordinal);
    }


    [Fact]
    public void ProcessHtml_ThousandsOfSiblingListItems_StaySeparateBlocks()
    {
        var html = new StringBuilder("<html><body><ul>");
        for (int i = 0; i < 5_000; i++)
        {
            html.Append("<li>Item ").Append(i);
        }

        html.Append("</ul></body></html>");

        CleanResult result = new BoilerplatePipelineBuilder().Build().ProcessHtml(html.ToString());

        Assert.Equal(5_000, result.Document.Count);
        Assert.Equal("Item 4999", result.Document.GetText(4_999).ToString());
    }

    [Fact]
    public void ProcessHtml_NestingWithinTheLimit_IsParsedUnchanged()
    {
        var builder = new BoilerplatePipelineBuilder();
        builder.Limits.MaxHtmlDepth = 64;
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50)) + "<p>Inside</p>" + string.Concat(Enumerable.Repeat("</div>", 50)) + "</body></html>";

        CleanResult result = builder.Build().ProcessHtml(html);

        Assert.Same(html, result.Document.Markup);
        Assert.True(result.Document[0].Depth >= 50);
    }

    [Fact]
    public void ProcessHtml_NestingBeyondTheLimit_IsFlattenedKeepingTheText()
    {
        var builder = new BoilerplatePipelineBuilder();
        builder.Limits.MaxHtmlDepth = 16;
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100)) + "<p>Inside</p>" + string.Concat(Enumerable.Repeat("</div>", 100)) + "<p>After</p></body></html>";

        CleanResult result = builder.Build().ProcessHtml(html);

        Assert.NotSame(html, result.Document.Markup);
        Assert.Equal(["Inside", "After"], result.Explain().Select(d => d.Text));
        Assert.All(result.Document.Blocks.ToArray(), b => Assert.True(b.Depth <= 16));
    }

    [Theory]
    [InlineData("BLOCKQUOTE", "<br><br>")]
    [InlineData("blockquote", "<br><br>")]
    [InlineData("figcaption", "")]
    [InlineData("custom-element", "")]
    public void Limit_LongTagNameBeyondTheDepth_FlattenedByItsKind(string name, string replacement)
    {
        // Names over eight characters take the limiter's other lookup: one that closes a paragraph still leaves a break where
        // it was flattened, whatever its case; others leave nothing.
        string html = $"<div><{name}>quoted</{name}></div>";

        string limited = Boilerplate.Html.HtmlDepthLimiter.Limit(html, 1, out bool flattened);

        Assert.True(flattened);
        Assert.Equal($"<div>{replacement}quoted</{name}></div>", limited);
    }
}
