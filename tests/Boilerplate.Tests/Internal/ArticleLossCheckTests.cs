using Boilerplate.Internal;
using Boilerplate.Tests.Support;
using Xunit.Abstractions;

namespace Boilerplate.Tests.Internal;

/// <summary>The markup letter count behind the "text lost in parsing" warning.</summary>
public class ArticleLossCheckTests(ITestOutputHelper output)
{
    [Fact]
    public void CountLetters_MixedText_SameAsCharIsLetterOneByOne()
    {
        // Runs of ASCII and non-ASCII letters, digits and symbols, at every length around the vector width.
        const string alphabet = "abcXYZ019 ,.;@[`{éßЖ中ー٣\u00A0\u0301";
        var random = new Random(3);
        for (int length = 0; length <= 40; length++)
        {
            for (int n = 0; n < 50; n++)
            {
                string text = string.Concat(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]));

                Assert.Equal(text.Count(char.IsLetter), ArticleLossCheck.CountLetters(text));
            }
        }
    }

    [Fact]
    public void CountMarkupLetters_SkipsTagsCommentsScriptsAndStyles()
    {
        const string markup = "<html><head><style>p { color: red }</style><script>var x = 'abc';</script></head>"
            + "<body><!-- a comment --><p class=\"lead\">Hello <b>World</b></p><img alt=\"picture\">Größe</body></html>";

        Assert.Equal("HelloWorldGröße".Length, ArticleLossCheck.CountMarkupLetters(markup));
    }

    [Theory]
    [InlineData("<html><head><title>A long title here</title><style>p{}</style></head><body><p>Text</p></body></html>")]
    [InlineData("a < b > c <p>and x<y or y>x</p>")]
    [InlineData("<scriptx>shown text</scriptx><script>var hidden;</script><STYLE>p{}</STYLE>after")]
    [InlineData("<textarea>typed words</textarea><!-- comment --><!DOCTYPE html>tail")]
    [InlineData("before <!-- never closed")]
    [InlineData("before <p never closed")]
    [InlineData("<script>never closed")]
    public void Limit_TextBound_IsAtLeastTheMarkupLetters(string html)
    {
        // The bound lets the loss check skip counting; it must never be below the count it stands for.
        string markup = Boilerplate.Html.HtmlDepthLimiter.Limit(html, 256, int.MaxValue, stripScripts: true, out _, out int bound);

        Assert.True(bound >= ArticleLossCheck.CountMarkupLetters(markup), $"bound {bound}, letters {ArticleLossCheck.CountMarkupLetters(markup)}");
    }

    [Fact]
    public void Limit_TextBound_RealPages_IsAtLeastTheMarkupLetters()
    {
        // The sample and the HTML test pages always; the first 100 CleanEval pages of ../shared/eval when it is there.
        string[] htmlPages = [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Html", "Pages"), "*.html").Order(StringComparer.Ordinal)];
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryFolders.Root, "samples")).Concat(htmlPages).ToList();
        if (RepositoryFolders.Eval(output, $"the sample and the {htmlPages.Length} HTML test pages") is { } eval)
        {
            files.AddRange(Directory.EnumerateFiles(Path.Combine(eval, "cleaneval", "html")).Order(StringComparer.Ordinal).Take(100));
        }

        foreach (string file in files)
        {
            string html = File.ReadAllText(file);
            string markup = Boilerplate.Html.HtmlDepthLimiter.Limit(html, 256, int.MaxValue, stripScripts: true, out _, out int bound);
            Assert.True(bound >= ArticleLossCheck.CountMarkupLetters(markup), file);
        }
    }

    [Fact]
    public void CountMarkupLetters_UnclosedCommentOrTag_CountsWhatCameBefore()
    {
        Assert.Equal(3, ArticleLossCheck.CountMarkupLetters("abc<!-- never closed text"));
        Assert.Equal(3, ArticleLossCheck.CountMarkupLetters("abc<p never closed"));
    }
}
