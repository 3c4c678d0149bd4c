using Boilerplate.Filters.Navigation;
using Boilerplate.Languages;
using Boilerplate.Text;
using Boilerplate.Unicode;

namespace Boilerplate.Tests.Languages;

/// <summary>Languages are data: any number of lists, each detected by its own words and counted apart from the navigation lexicon.</summary>
public class StopwordsTests
{
    private const int SyntheticLanguages = 100;

    [Theory]
    [InlineData(0)]
    [InlineData(57)]
    [InlineData(64)]
    [InlineData(SyntheticLanguages - 1)]
    public void Parse_HundredLanguages_DetectsAndCountsEachOne(int target)
    {
        // Every language lists five words of its own, "the" and "home" (a navigation lexicon word); neighbours share a
        // word, so words belong to sets of one, two and all languages. A 64-bit mask of languages holds none past the 64th.
        Stopwords stopwords = SyntheticStopwords();
        string own = string.Join(' ', OwnWords(target));
        string page = $"{own} the home plain words\nnothing of any list here at all\n{Shared(target)} {own}";

        PageDocument document = TextDocumentParser.Parse(page, stopwords);

        Assert.Equal(Code(target), document.Language);
        Assert.Equal(5 + 2, document[0].StopwordCount);
        Assert.Equal(0, document[1].StopwordCount);
        Assert.Equal(1 + 5, document[2].StopwordCount);
        Assert.True(document.LexiconHints[0].PhraseReach > 0, "\"home\" starts navigation phrases whatever the languages listing it");
    }

    [Fact]
    public void Scan_HundredLanguages_StopwordsOfOneLanguageOnly()
    {
        Stopwords stopwords = SyntheticStopwords();
        string line = string.Join(' ', OwnWords(70)) + " the " + Shared(70);
        for (int language = 0; language < SyntheticLanguages; language++)
        {
            Block block = default;
            FeatureScanner.Scan(line, ref block, out _, stopwords, language, default);

            int expected = 1 + (language == 70 ? 6 : language == 69 ? 1 : 0);
            Assert.Equal(expected, block.StopwordCount);
        }

        Block none = default;
        FeatureScanner.Scan(line, ref none, out _, stopwords, Stopwords.NoLanguage, default);
        Assert.Equal(0, none.StopwordCount);
    }

    [Fact]
    public void Default_EmbeddedLanguages_EachDetectedFromItsOwnWords()
    {
        // Adding a language is adding a line to stopwords.txt: each line's language is found from words only it lists.
        Stopwords stopwords = Stopwords.Default;
        var detected = new List<string>();
        for (int language = 0; language < stopwords.Languages.Count; language++)
        {
            string[] own = [.. WordsOnlyListedBy(stopwords, language).Take(20)];
            if (own.Length < 5)
            {
                continue;
            }

            PageDocument document = TextDocumentParser.Parse(string.Join(' ', own), stopwords);
            Assert.Equal(stopwords.Languages[language], document.Language);
            detected.Add(document.Language!);
        }

        // 54 of the 58 embedded lists have five such words; Chinese, Japanese and Thai stopwords are mostly runs of letters
        // the scan counts one by one.
        Assert.True(detected.Count >= stopwords.Languages.Count - 5, $"only {detected.Count} of {stopwords.Languages.Count} languages have five words of their own");
    }

    [Fact]
    public void Constructor_LanguageListedTwice_Throws()
    {
        (string, IEnumerable<string>)[] lists = [("en", ["the"]), ("de", ["der"]), ("en", ["and"])];

        ArgumentException error = Assert.Throws<ArgumentException>(() => new Stopwords(lists, []));

        Assert.Equal("lists", error.ParamName);
    }

    [Fact]
    public void Constructor_OtherWordWithALowBit_Throws()
    {
        // The low 32 bits are a word's language set: another count's bit there would make "home" a stopword of some language.
        (string, IEnumerable<string>)[] lists = [("en", ["the"]), ("de", ["der"])];

        ArgumentException error = Assert.Throws<ArgumentException>(() => new Stopwords(lists, [new("home", 1UL << 58), new("menu", 1)]));

        Assert.Equal("otherWords", error.ParamName);
    }

    private static IEnumerable<string> WordsOnlyListedBy(Stopwords stopwords, int language)
    {
        // Words of letters only, in a script with spaces, that a scan of them alone finds as one stopword of this language.
        foreach (string word in EmbeddedWords(stopwords.Languages[language]))
        {
            if (!word.All(char.IsLetter) || word.Any(c => FeatureScanner.IsUnspacedScript(FeatureScanner.FoldWritingSystem(UnicodeScripts.GetScript(c)))))
            {
                continue;
            }

            ulong value = stopwords.Table.Lookup(word);
            if (stopwords.LanguagesOf(Stopwords.SetOf(value)) is [int only] && only == language)
            {
                yield return word;
            }
        }
    }

    private static string[] EmbeddedWords(string code)
    {
        using Stream stream = typeof(Stopwords).Assembly.GetManifestResourceStream("Boilerplate.stopwords.txt")!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith(code + "\t", StringComparison.Ordinal))
            {
                return line[(code.Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        return [];
    }

    private static Stopwords SyntheticStopwords()
    {
        var lists = new List<(string, IEnumerable<string>)>();
        for (int language = 0; language < SyntheticLanguages; language++)
        {
            lists.Add((Code(language), [.. OwnWords(language), "the", "home", Shared(language), Shared(language + 1)]));
        }

        return new Stopwords(lists, LexiconWordBits.Entries());
    }

    private static string Code(int language) => $"x{language:D3}";

    /// <summary>Five words only <paramref name="language"/> lists: letters spelling its number.</summary>
    private static IEnumerable<string> OwnWords(int language) =>
        Enumerable.Range(0, 5).Select(k => $"q{Letters(language)}v{(char)('a' + k)}");

    /// <summary>A word listed by <paramref name="language"/> and the one before it.</summary>
    private static string Shared(int language) => $"z{Letters(language)}z";

    private static string Letters(int number) => $"{(char)('a' + (number / 26))}{(char)('a' + (number % 26))}";
}
