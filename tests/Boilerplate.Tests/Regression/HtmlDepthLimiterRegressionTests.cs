using System.Text;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Regression;

public sealed partial class HtmlDepthLimiterRegressionTests
{
    private static readonly BoilerplatePipeline s_title = BuildPipeline(b => b.UseTitle());
    private static readonly BoilerplatePipeline s_navigation = BuildPipeline(b => b.UseNavigation());

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


    private static string Page(string head, string bodyStart) =>
        $"<html><head>{head}</head><body>{bodyStart}<p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></body></html>";

    private static string Page(string meta) =>
        $"<!DOCTYPE html>\n<html><head>{meta}<title>Café owner’s naïve plan costs €300</title></head><body><h1>Café owner’s naïve plan costs €300</h1>{s_body}</body></html>";

    private static readonly string s_body =
        "<p>The owner of the small café on the corner of the market square admitted on Monday that his naïve plan to open on Sundays had cost him more than €300 in the first month alone.</p>"
        + "<p>He said that the café would now close at six in the evening, and that he would spend the money he saved on a new coffee machine and on the façade of the old building.</p>";

}
