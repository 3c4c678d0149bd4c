using Boilerplate.Languages;
using Boilerplate.Text;

namespace Boilerplate.Tests.Text;

/// <summary>The three ways to hash a word (lower-cased span, ASCII folded span, two masked 64-bit reads) must agree.</summary>
public class WordTableHashTests
{
    [Fact]
    public void Hashes_RandomAsciiWords_AgreeForEveryLength()
    {
        var random = new Random(7);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int length = 1; length <= 40; length++)
        {
            for (int n = 0; n < 200; n++)
            {
                char[] word = new char[length];
                for (int i = 0; i < length; i++)
                {
                    word[i] = alphabet[random.Next(alphabet.Length)];
                }

                // Text around the word: the short read must ignore what follows it.
                string text = "xx" + new string(word) + "ABCDEFGH" + ",. ";
                uint expected = WordTable.Hash(new string(word).ToLowerInvariant());

                Assert.Equal(expected, WordTable.HashAsciiFolded(word));
                Assert.Equal(expected, WordTable.HashAsciiFolded(text, 2, length));
                Assert.Equal(expected, WordTable.HashAsciiFolded(text.AsSpan(0, 2 + length), 2, length));
                if (WordTable.CanReadShort(text, 2, length))
                {
                    Assert.Equal(expected, WordTable.HashShortAscii(text, 2, length, out _, out _));
                }
            }
        }
    }

    [Theory]
    [InlineData("The", true)]
    [InlineData("AND", true)]
    [InlineData("between", true)]
    [InlineData("Facebook", true)]
    [InlineData("zqxwv", false)]
    [InlineData("Theory", false)]
    public void LookupShort_FindsExactlyTheTableWords(string word, bool found)
    {
        WordTable table = Stopwords.Default.Table;
        string text = word + "        ";
        uint hash = WordTable.HashShortAscii(text, 0, word.Length, out ulong low, out ulong high);

        ulong value = table.LookupShort(low, high, word.Length, hash);

        Assert.Equal(table.Lookup(word.ToLowerInvariant()), value);
        Assert.Equal(found, value != 0);
    }
}
