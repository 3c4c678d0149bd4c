using Boilerplate.Internal;

namespace Boilerplate.Tests.Internal;

/// <summary>The markup letter count behind the "text lost in parsing" warning.</summary>
public class ArticleLossCheckTests
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

    [Fact]
    public void CountMarkupLetters_UnclosedCommentOrTag_CountsWhatCameBefore()
    {
        Assert.Equal(3, ArticleLossCheck.CountMarkupLetters("abc<!-- never closed text"));
        Assert.Equal(3, ArticleLossCheck.CountMarkupLetters("abc<p never closed"));
    }
}
