using Boilerplate.Filters.Navigation;
using Boilerplate.Languages;
using Boilerplate.Tests.Support;
using Boilerplate.Text;
using Xunit.Abstractions;

namespace Boilerplate.Tests.Text;

/// <summary>The vector scan of blocks with ASCII words must give exactly the features the per-character scan gives.</summary>
public class ScanAsciiTests(ITestOutputHelper output)
{
    public static TheoryData<string> Lines() =>
    [
        "The quick brown Fox jumps over the lazy dog.",
        "Don’t stop — “quoted” text… and a no\u00A0break space, © 2015 ® ™ € 10°",
        "a",
        "x1 2y Z9Z 1234 12345678 123456789 abcdefgh abcdefghi",
        "Supercalifragilisticexpialidocious and Pneumonoultramicroscopicsilicovolcanoconiosis are long words",
        new string('a', 200) + " tail",
        string.Concat(Enumerable.Repeat("word, ", 40)),
        "!!! ??? ... --- ((( ))) [[[ ]]] {{{ }}} @@@ ### %%% &&& *** ___ ;;; ::: /// \\\\\\ '''",
        "Tabs\tand\u0001control\u001Fchars between words",
        "Ends with closing quote.”",
        "   ",
        "64-character boundary: 0123456789012345678901234567890123456789012345678901234567890123word",
        "Read more | Home | About us | Contact | Privacy Policy | Terms of Use",
        "abcdefghijklmnopqrstuvwxyzABCDEFG\u2019 a word of 33 letters before a curly quote",
        new string('q', 63) + "\u2014" + new string('Q', 64) + "\u00A0" + new string('z', 65) + "\u20AC",
    ];

    [Theory]
    [MemberData(nameof(Lines))]
    public void ScanAscii_Line_SameFeaturesAsScanCharacters(string line)
    {
        WordTable table = Stopwords.Default.Table;
        var expectedCounts = new int[256];
        var actualCounts = new int[256];
        Block expected = default, actual = default;
        LexiconHints expectedLexicon = default, actualLexicon = default;
        var noHits = default(StopwordHits);

        FeatureScanner.ScanCharacters(line, ref expected, ref expectedLexicon, table, EnglishStopwordSets(), expectedCounts, ref noHits);
        Assert.True(FeatureScanner.ScanAscii(line, ref actual, ref actualLexicon, table, EnglishStopwordSets(), actualCounts, ref noHits));

        Assert.Equal(expected, actual);
        Assert.Equal(expectedLexicon, actualLexicon);
        Assert.Equal(expectedCounts, actualCounts);
    }

    [Fact]
    public void ScanAscii_WordsOfNineToSixteenLetters_SameFeaturesAsScanCharacters()
    {
        // Such words are hashed in the vector scan's word loop, and left to the caller when the table may hold them
        // ("yourselves", "newsletter", "advertisement" are in it): every length, at every offset around a chunk boundary.
        string[] words = ["abcdefghi", "yourselves", "newsletter", "Advertisement", "abcdefghijklmnop", "abcdefghijklmnopq"];
        foreach (string word in words)
        {
            for (int offset = 40; offset < 90; offset++)
            {
                string line = new string('.', offset) + " the " + word + " and " + word.ToUpperInvariant() + " end";
                AssertScanAsciiSameAsScanCharacters(line, $"'{word}' after {offset}");
            }
        }
    }

    [Theory]
    [InlineData("© 2015 Example Media", true)]
    [InlineData("Copyright 2015, all rights reserved ©", true)]
    [InlineData("Ⓒ (c) ® ™ copyright", false)]
    [InlineData("Москва © 2015", true)]
    public void Scan_CopyrightSign_MarkedByBothScans(string line, bool expected)
    {
        // The navigation filter drops a short line with the sign without reading its text again, so both scans must mark it.
        WordTable table = Stopwords.Default.Table;
        var noHits = default(StopwordHits);
        Block perCharacter = default, vector = default;
        LexiconHints perCharacterLexicon = default;
        FeatureScanner.ScanCharacters(line, ref perCharacter, ref perCharacterLexicon, table, EnglishStopwordSets(), default, ref noHits);
        FeatureScanner.Scan(line, ref vector, out LexiconHints vectorLexicon, Stopwords.Default, English, default);

        Assert.Equal(expected, perCharacterLexicon.HasCopyrightSign);
        Assert.Equal(expected, vectorLexicon.HasCopyrightSign);
    }

    [Fact]
    public void ScanAscii_WordAcrossChunkBoundary_SameFeaturesAsScanCharacters()
    {
        // A word begun in one chunk is closed by the first end of the next: each length from a letter to past the packed
        // keys, a stopword and a lexicon word among them, at every offset around the first two chunk boundaries.
        string[] words = ["a", "of", "the", "Home", "about", "Privacy", "december", "copyright", "abcdefghijklmnopqrstuvwxyz0123456789"];
        foreach (string word in words)
        {
            for (int offset = 40; offset < 132; offset++)
            {
                string line = new string('.', offset - word.Length) + " " + word + " and the end";
                AssertScanAsciiSameAsScanCharacters(line, $"'{word}' ending at {offset + 1}");
            }
        }
    }

    /// <summary>The vector scan takes <paramref name="line"/> and gives exactly the per-character scan's features.</summary>
    private static void AssertScanAsciiSameAsScanCharacters(string line, string because)
    {
        WordTable table = Stopwords.Default.Table;
        var noHits = default(StopwordHits);
        Block expected = default, actual = default;
        LexiconHints expectedLexicon = default, actualLexicon = default;
        FeatureScanner.ScanCharacters(line, ref expected, ref expectedLexicon, table, EnglishStopwordSets(), default, ref noHits);
        Assert.True(FeatureScanner.ScanAscii(line, ref actual, ref actualLexicon, table, EnglishStopwordSets(), default, ref noHits), because);
        Assert.True(expected.Equals(actual), because);
        Assert.True(expectedLexicon.Equals(actualLexicon), because);
    }

    [Fact]
    public void ScanAscii_LatinLettersBeyondAscii_TakenWithSameFeaturesAsScanCharacters()
    {
        // Every Latin letter the vector scan takes, alone, inside a word, starting one, across a chunk boundary and in a
        // stopword ("für", "été"); each followed by a combining accent in the next line.
        WordTable table = Stopwords.Default.Table;
        var noHits = default(StopwordHits);
        int taken = 0;
        for (char c = '\u00C0'; c <= '\u1EFF'; c++)
        {
            if (!FeatureScanner.IsLatinLetterBeyondAscii(c))
            {
                continue;
            }

            string[] lines =
            [
                $"{c}",
                $"Stra{c}e und f\u00FCr {c}t\u00E9 {(FeatureScanner.IsLatinLetterBeyondAscii(char.ToUpperInvariant(c)) ? char.ToUpperInvariant(c) : c)}X, {c}{c}{c}.",
                new string('.', 62) + $" ab{c}cd the end",
                $"e\u0301t\u00E9 {c}\u0300\u0301 and the {c}",
            ];
            foreach (string line in lines)
            {
                var expectedCounts = new int[256];
                var actualCounts = new int[256];
                Block expected = default, actual = default;
                LexiconHints expectedLexicon = default, actualLexicon = default;
                FeatureScanner.ScanCharacters(line, ref expected, ref expectedLexicon, table, EnglishStopwordSets(), expectedCounts, ref noHits);
                Assert.True(FeatureScanner.ScanAscii(line, ref actual, ref actualLexicon, table, EnglishStopwordSets(), actualCounts, ref noHits), $"U+{(int)c:X4} declined in '{line}'");
                Assert.True(expected.Equals(actual), $"U+{(int)c:X4} in '{line}'");
                Assert.True(expectedLexicon.Equals(actualLexicon), $"U+{(int)c:X4} in '{line}'");
                Assert.Equal(expectedCounts, actualCounts);
                taken++;
            }
        }

        Assert.True(taken > 4 * 600, $"only {taken} lines");
    }

    [Theory]
    [InlineData("\u00D7")]
    [InlineData("\u00AA")]
    [InlineData("\u0301")]
    [InlineData("\u0416")]
    [InlineData("\u4E2D")]
    public void ScanAscii_WordCharacterOutsideLatinLetters_Declines(string character)
    {
        // A multiplication sign is no letter but a symbol, so it is taken; the others belong to words the vector scan leaves:
        // a feminine ordinal, an accent with no letter before it, Cyrillic and Han.
        string line = "the " + character + " and";
        Block block = default;
        var noHits = default(StopwordHits);
        LexiconHints lexicon = default;
        bool taken = FeatureScanner.ScanAscii(line, ref block, ref lexicon, Stopwords.Default.Table, EnglishStopwordSets(), default, ref noHits);

        Assert.Equal(character == "\u00D7", taken);
    }

    [Fact]
    public void Chunk_LastChunkOfEveryLength_IsTheTextThenSpaces()
    {
        // Texts shorter than eight characters are built one character at a time, longer ones from an eight-character read
        // that ends with the text; both at every offset of a chunk.
        string source = string.Concat(Enumerable.Range(0, 200).Select(i => (char)('A' + (i % 26))));
        var padded = new char[64];
        for (int length = 1; length <= 140; length++)
        {
            string text = source[..length];
            for (int chunk = 0; chunk < length; chunk += 64)
            {
                string expected = text[chunk..].PadRight(64)[..64];
                Assert.Equal(expected, new string(FeatureScanner.Chunk(text, chunk, padded)));
            }
        }
    }

    [Fact]
    public void ScanAscii_RealDumps_SameFeaturesAsScanCharacters()
    {
        // The repository's sample always; the first 60 scrapinghub dumps of ../shared/eval when it is there.
        var files = new List<string> { Path.Combine(RepositoryFolders.Root, "samples", "news-article.dump.txt") };
        if (RepositoryFolders.Eval(output, "the lines of the sample dump") is { } eval)
        {
            files.AddRange(Directory.EnumerateFiles(Path.Combine(eval, "scrapinghub", "dump")).Order(StringComparer.Ordinal).Take(60));
        }

        WordTable table = Stopwords.Default.Table;
        var noHits = default(StopwordHits);
        int compared = 0;
        foreach (string line in files.SelectMany(File.ReadLines).Select(l => l.Trim()))
        {
            Block expected = default, actual = default;
            LexiconHints expectedLexicon = default, actualLexicon = default;
            FeatureScanner.ScanCharacters(line, ref expected, ref expectedLexicon, table, EnglishStopwordSets(), default, ref noHits);
            bool taken = FeatureScanner.ScanAscii(line, ref actual, ref actualLexicon, table, EnglishStopwordSets(), default, ref noHits);
            Assert.True(taken || !FeatureScanner.OnlyAsciiWords(line), line);
            if (taken)
            {
                Assert.Equal(expected, actual);
                Assert.Equal(expectedLexicon, actualLexicon);
                compared++;
            }
        }

        Assert.True(compared > 20, $"only {compared} lines compared");
    }

    [Theory]
    [InlineData("caf\u00E9\u0416")]
    [InlineData("\u041C\u043E\u0441\u043A\u0432\u0430")]
    [InlineData("\u0928\u092E\u0938\u094D\u0924\u0947")]
    [InlineData("\u0301x")]
    [InlineData("zero\u200Bwidth")]
    [InlineData("\uD835\uDC00")]
    public void ScanAscii_WordBeyondAsciiAfterManyChunks_DeclinesAndLeavesBlock(string word)
    {
        // The word comes after three chunks of ASCII words, so the vector scan has recorded their stopwords' sets before it sees it.
        string line = string.Concat(Enumerable.Repeat("the and of to in ", 12)) + word + " and the";
        var block = new Block { Start = 7, Length = line.Length };
        var hits = new StopwordHits(line.Length);
        try
        {
            var lexicon = new LexiconHints { PhraseReach = 9 };
            Assert.False(FeatureScanner.ScanAscii(line, ref block, ref lexicon, Stopwords.Default.Table, NoLanguage(), default, ref hits));
            Assert.Equal(new Block { Start = 7, Length = line.Length }, block);
            Assert.Equal(new LexiconHints { PhraseReach = 9 }, lexicon);
            Assert.True(hits.Count > 0);
        }
        finally
        {
            hits.Dispose();
        }
    }

    [Fact]
    public void Scan_WordBeyondAsciiAfterStopwords_RecordsEachWordOnce()
    {
        string line = string.Concat(Enumerable.Repeat("the and of to in ", 12)) + "caf\u00E9 \u041C\u043E\u0441\u043A\u0432\u0430 and the";
        WordTable table = Stopwords.Default.Table;
        var expectedHits = new StopwordHits(line.Length);
        var actualHits = new StopwordHits(line.Length);
        try
        {
            Block expected = default, actual = default;
            LexiconHints expectedLexicon = default, actualLexicon = default;
            FeatureScanner.ScanCharacters(line, ref expected, ref expectedLexicon, table, NoLanguage(), default, ref expectedHits);
            FeatureScanner.Scan(line, ref actual, ref actualLexicon, table, NoLanguage(), default, ref actualHits);

            Assert.Equal(expected, actual);
            Assert.Equal(expectedLexicon, actualLexicon);
            Assert.Equal(expectedHits.Sets.ToArray(), actualHits.Sets.ToArray());
        }
        finally
        {
            expectedHits.Dispose();
            actualHits.Dispose();
        }
    }

    private static int English => Stopwords.Default.Languages.ToList().IndexOf("en");

    private static byte[] EnglishStopwordSets() => Stopwords.Default.SetsHolding(English);

    private static byte[] NoLanguage() => Stopwords.Default.SetsHolding(Stopwords.NoLanguage);
}
