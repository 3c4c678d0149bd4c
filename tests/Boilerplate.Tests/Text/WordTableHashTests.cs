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

    [Theory]
    [InlineData("äbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbcX", "äbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbcY")]
    [InlineData("étude " + "QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ—", "étude " + "QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQR")]
    public void Scan_WordsLongerThanTheBuffer_HashWhole(string first, string second)
    {
        // Words past the 32-character buffer are hashed as they grow: lines that differ only after it are not repeats.
        WordTable table = Stopwords.Default.Table;
        Block a = default, b = default;
        FeatureScanner.Scan(first, ref a, table, 0, default);
        FeatureScanner.Scan(second, ref b, table, 0, default);

        Assert.NotEqual(a.NormalizedHash, b.NormalizedHash);
    }

    [Fact]
    public void Scan_LongWordHandedFromTheAsciiPath_HashesAllItsCharacters()
    {
        // A 40-letter ASCII run that goes on with a non-ASCII letter is finished by the general path: its case is folded
        // and every character counts, including those past the 32-character buffer.
        WordTable table = Stopwords.Default.Table;
        Block lower = default, upper = default, other = default;
        FeatureScanner.Scan(new string('w', 40) + "\u00E9", ref lower, table, 0, default);
        FeatureScanner.Scan(new string('W', 40) + "\u00E9", ref upper, table, 0, default);
        FeatureScanner.Scan(new string('w', 39) + "x\u00E9", ref other, table, 0, default);

        Assert.Equal(1, lower.WordCount);
        Assert.Equal(lower.NormalizedHash, upper.NormalizedHash);
        Assert.NotEqual(lower.NormalizedHash, other.NormalizedHash);
    }
}
