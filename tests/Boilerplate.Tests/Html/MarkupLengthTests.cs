using Boilerplate.Html;
using HtmlAgilityPack;

namespace Boilerplate.Tests.Html;

public class MarkupLengthTests
{
    [Fact]
    public void ReadsField_WithThePinnedHtmlAgilityPack_IsTrue()
    {
        // False would still be correct, only slower: it means an HtmlAgilityPack update renamed the field.
        Assert.True(MarkupLength.ReadsField);
    }

    [Theory]
    [InlineData("<html><head><title>T</title></head><body><p>one <b>two</b> three</p></body></html>")]
    [InlineData("<div>stray </span> close and a < b &amp; c<!-- note --><br/>tail")]
    [InlineData("<ul><li>one<li>two</ul><table><tr><td>cell</table><p>unclosed")]
    [InlineData("<pre>  keep\n  this </pre><script>var a = '<p>';</script><style>p{}</style>")]
    public void Of_EveryTextNode_SameAsOuterLength(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        HtmlTextNode[] texts = [.. document.DocumentNode.Descendants().OfType<HtmlTextNode>()];
        Assert.NotEmpty(texts);
        foreach (HtmlTextNode node in texts)
        {
            Assert.Equal(node.OuterLength, MarkupLength.Of(node));
        }
    }
}
