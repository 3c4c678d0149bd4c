using System.Text;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Regression;

public sealed partial class HtmlDepthLimiterRegressionTests
{
    [Fact]
    public void ProcessHtml_ParagraphsBeyondTheDepthLimit_StaySeparate()
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", 300).Append("<p>The first paragraph ends here</p><p>The second paragraph starts here</p>");
        html.Insert(html.Length, "</div>", 300).Append("</body></html>");

        CleanResult result = new BoilerplatePipelineBuilder().Build().ProcessHtml(html.ToString());

        Assert.DoesNotContain("hereThe", result.Text, StringComparison.Ordinal);
        Assert.Equal(["The first paragraph ends here", "The second paragraph starts here"], result.Explain().Select(d => d.Text));
    }

    [Fact]
    public void ProcessHtml_TenThousandNestedLists_AreFlattenedToTheDepthLimit()
    {
        var html = new StringBuilder("<html><body><p>").Append(EnglishParagraphs[0]).Append("</p>");
        for (int i = 0; i < 10_000; i++)
        {
            html.Append("<ul><li>Item ").Append(i);
        }

        html.Insert(html.Length, "</li></ul>", 10_000).Append("<p>").Append(EnglishParagraphs[1]).Append("</p></body></html>");

        CleanResult result = new BoilerplatePipelineBuilder().Build().ProcessHtml(html.ToString());

        Assert.All(result.Document.Blocks.ToArray(), b => Assert.True(b.Depth <= new PipelineLimits().MaxHtmlDepth, $"block at depth {b.Depth}"));
        string source = result.Document.Source;
        // Every item's text survives as a block of its own, within the limit and beyond it.
        string[] lines = source.Split('\n');
        Assert.All(new[] { 0, 127, 128, 255, 256, 1000, 9998, 9999 }, i => Assert.Contains($"Item {i}", lines));
        Assert.StartsWith(EnglishParagraphs[0], result.Text, StringComparison.Ordinal);
        Assert.EndsWith(EnglishParagraphs[1], result.Text, StringComparison.Ordinal);
    }
}
