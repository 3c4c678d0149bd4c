using Boilerplate.Languages;
using Boilerplate.Text;

namespace Boilerplate.Tests.Text;

/// <summary>The ways to hash a word (lower-cased span, ASCII folded span, packed key) must agree, and the table must find exactly its words.</summary>
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
                if (length is > WordTable.MaxPackedLength and <= 2 * WordTable.MaxPackedLength)
                {
                    // The scan hashes these from the chunk's lower-case bytes, followed by whatever the chunk holds next.
                    byte[] bytes = new byte[16];
                    random.NextBytes(bytes);
                    for (int i = 0; i < length; i++)
                    {
                        bytes[i] = (byte)(word[i] | 0x20);
                    }

                    Assert.Equal(expected, WordTable.HashFoldedBytes(System.Runtime.Intrinsics.Vector128.Create(bytes), length));
                }

                if (length <= WordTable.MaxPackedLength)
                {
                    // The vector read (eight characters available) and the loop (the text ends with the word) agree.
                    ulong key = WordTable.PackAsciiFolded(text, 2, length);
                    Assert.Equal(key, WordTable.PackAsciiFolded(text.AsSpan(0, 2 + length), 2, length));
                    Assert.Equal(expected, WordTable.PackedHash(key));
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
    public void LookupPacked_FindsExactlyTheTableWords(string word, bool found)
    {
        WordTable table = Stopwords.Default.Table;
        string text = word + "        ";

        ulong value = table.LookupPacked(WordTable.PackAsciiFolded(text, 0, word.Length));

        Assert.Equal(table.Lookup(word.ToLowerInvariant()), value);
        Assert.Equal(found, value != 0);
    }

    [Theory]
    [InlineData("read more about us", 0, 4)]
    [InlineData("read more about us", 15, 2)]
    [InlineData("xx über", 3, 4)]
    [InlineData("the 版权所有", 4, 1)]
    [InlineData("à propos", 0, 1)]
    [InlineData("copyright", 0, 9)]
    public void Lookup_WordInsideText_SameAsTheWordAlone(string text, int start, int length)
    {
        // Words near the end cannot be read eight characters at a time, non-ASCII words cannot be packed: all agree.
        WordTable table = Stopwords.Default.Table;

        Assert.Equal(table.Lookup(text.AsSpan(start, length)), table.Lookup(text, new Range(start, start + length)));
    }

    [Fact]
    public void Lookup_ManyWordsSharingBuckets_EachFindsItsOwnValue()
    {
        // 20,000 short words overflow the first bucket layouts tried, so the table must grow until each fits.
        var random = new Random(11);
        var words = new Dictionary<string, ulong>();
        while (words.Count < 20_000)
        {
            int length = random.Next(1, WordTable.MaxPackedLength + 1);
            string word = string.Create(length, random, (span, r) =>
            {
                for (int i = 0; i < span.Length; i++)
                {
                    span[i] = (char)('a' + r.Next(26));
                }
            });
            words.TryAdd(word, (ulong)words.Count + 1);
        }

        var table = new WordTable(words);

        foreach ((string word, ulong value) in words)
        {
            Assert.Equal(value, table.Lookup(word));
            Assert.Equal(value, table.LookupPacked(WordTable.PackAsciiFolded(word.ToUpperInvariant() + "        ", 0, word.Length)));
        }

        // Words with a digit were never added: short or long, they are absent.
        Assert.Equal(0UL, table.Lookup("ab1"));
        Assert.Equal(0UL, table.Lookup("abcdefgh1"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Lookup_TableOfFewShortWords_FindsEachAndNoOther(int count)
    {
        // Few keys make a table of one or two buckets, where the bucket is picked by a shift of the whole key width.
        string[] words = ["a", "bc", "def", "ghij", "klmno"];
        var table = new WordTable(words.Take(count).Select((w, i) => new KeyValuePair<string, ulong>(w, (ulong)i + 1)));

        for (int i = 0; i < words.Length; i++)
        {
            Assert.Equal(i < count ? (ulong)i + 1 : 0UL, table.Lookup(words[i]));
        }

        Assert.Equal(0UL, table.Lookup("zz"));
        Assert.Equal(0UL, table.Lookup("abcdefgh"));
    }

    [Theory]
    [InlineData("äbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbcX", "äbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbcY")]
    [InlineData("étude " + "QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ—", "étude " + "QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQR")]
    public void Scan_WordsLongerThanTheBuffer_HashWhole(string first, string second)
    {
        // Words past the 32-character buffer are hashed as they grow: lines that differ only after it are not repeats.
        Block a = default, b = default;
        FeatureScanner.Scan(first, ref a, out _, Stopwords.Default, Stopwords.NoLanguage, default);
        FeatureScanner.Scan(second, ref b, out _, Stopwords.Default, Stopwords.NoLanguage, default);

        Assert.NotEqual(a.NormalizedHash, b.NormalizedHash);
    }

    [Fact]
    public void Scan_LongWordHandedFromTheAsciiPath_HashesAllItsCharacters()
    {
        // A 40-letter ASCII run that goes on with a non-ASCII letter is finished by the general path: its case is folded
        // and every character counts, including those past the 32-character buffer.
        Block lower = default, upper = default, other = default;
        FeatureScanner.Scan(new string('w', 40) + "\u00E9", ref lower, out _, Stopwords.Default, Stopwords.NoLanguage, default);
        FeatureScanner.Scan(new string('W', 40) + "\u00E9", ref upper, out _, Stopwords.Default, Stopwords.NoLanguage, default);
        FeatureScanner.Scan(new string('w', 39) + "x\u00E9", ref other, out _, Stopwords.Default, Stopwords.NoLanguage, default);

        Assert.Equal(1, lower.WordCount);
        Assert.Equal(lower.NormalizedHash, upper.NormalizedHash);
        Assert.NotEqual(lower.NormalizedHash, other.NormalizedHash);
    }
}
