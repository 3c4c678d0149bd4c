using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Html;

/// <summary>A &lt;title&gt; never closed would swallow the page in an HTML5 parser; it ends where markup starts.</summary>
public sealed class UnclosedTitleTests
{
    [Theory]
    [InlineData("<html><head><title>Storm floods the coast\n</head><body>{0}</body></html>")]
    [InlineData("<html><head><title>Storm floods the coast<meta charset=\"utf-8\"></head><body>{0}</body></html>")]
    [InlineData("<html><head><TITLE>Storm floods the coast<!-- analytics --><body>{0}")]
    [InlineData("<title>Storm floods the coast{0}")]
    public void UnclosedTitle_KeepsTheTitleAndTheArticle(string shape)
    {
        string body = string.Concat(EnglishParagraphs[..3].Select(p => $"<p>{p}</p>"));
        string html = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, body);

        CleanResult result = Cleaner.ProcessHtml(html);

        Assert.Equal("Storm floods the coast", result.Title);
        Assert.Equal(Dump(EnglishParagraphs[..3]), result.Text);
    }

    [Theory]
    [InlineData("<title>Rain &lt;b&gt; and wind</title>", "Rain <b> and wind")]
    [InlineData("<title>Tides < 2 m, waves <3</title>", "Tides < 2 m, waves <3")]
    public void ClosedTitle_KeepsItsText(string title, string expected)
    {
        string html = $"<html><head>{title}</head><body><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></body></html>";

        Assert.Equal(expected, Cleaner.ProcessHtml(html).Title);
    }

    [Fact]
    public void TitleElementOnly_GivesNoBody()
    {
        CleanResult result = Cleaner.ProcessHtml("<html><head><title>Only a title");

        Assert.Equal(string.Empty, result.Text);
    }
}
