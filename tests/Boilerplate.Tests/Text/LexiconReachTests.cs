using Boilerplate.Filters.Navigation;
using Boilerplate.Languages;
using Boilerplate.Text;

namespace Boilerplate.Tests.Text;

/// <summary>
/// The navigation filter skips lines by the phrase reach the scanner summed, so the scanner must split words exactly
/// as <see cref="LowerWords"/> does and sum the longest phrase of every word a phrase could start with.
/// </summary>
public class LexiconReachTests
{
    private static readonly IReadOnlyDictionary<string, int> s_phraseStarts = NavigationLexicon.PhraseStarts();
    private static readonly HashSet<string> s_dateWords = [.. NavigationLexicon.DateWords()];
    private static readonly HashSet<string> s_anchors = [.. NavigationLexicon.AnchorWords()];

    public static TheoryData<string> Lines() =>
    [
        "Home | About us | Contact",
        "Copyright © 2015 Some Site. All rights reserved.",
        "Posted on Monday, 15 November 2015 at 12:37 GMT",
        "Powered by WordPress",
        "Name *",
        "The minister said on Monday that the talks would go on by the end of the week.",
        "Startseite › Über uns › Kontakt",
        "Главная | Поиск | Контакты",
        "الرئيسية | اتصل بنا | من نحن",
        "首页 搜索 联系我们 关于我们",
        "ホーム 検索 お問い合わせ 2015年11月15日",
        "々ホーム々 Lao ເຮືອນ home Khmer ផ្ទះ search",
        "𝐀home𝐁 menu 😀share😀 e\u00ADmail",
        "CAFÉ Café café naïve READ MORE",
        "x.com facebook twitter 123 4567 a.m.",
    ];

    [Theory]
    [MemberData(nameof(Lines))]
    public void Scan_Line_SumsThePhraseReachOfTheWordsTokenizeFinds(string line)
    {
        Span<char> buffer = stackalloc char[1024];
        Span<Range> ranges = stackalloc Range[256];
        int words = LowerWords.Tokenize(line, buffer, ranges);
        int lexicon = 0, dates = 0;
        bool anchor = false;
        for (int i = 0; i < words; i++)
        {
            string word = buffer[ranges[i]].ToString();
            int phrase = s_phraseStarts.GetValueOrDefault(word);
            lexicon += Math.Min(phrase, LexiconWordBits.MaxPhraseLength);
            anchor |= phrase > LexiconWordBits.MaxPhraseLength;
            dates += s_dateWords.Contains(word) ? 1 : 0;
            anchor |= s_anchors.Contains(word);
        }

        Block block = default;
        FeatureScanner.Scan(line, ref block, out LexiconHints hints, Stopwords.Default, Stopwords.NoLanguage, default);

        Assert.Equal(words, block.WordCount);
        Assert.Equal(lexicon, hints.PhraseReach);
        Assert.Equal(dates, hints.DateWordCount);
        Assert.Equal(anchor, hints.HasAnchor);
        Assert.True(lexicon + dates > 0, "each line holds lexicon words, so a count of zero would be a miss");
    }

    [Fact]
    public void Scan_LexiconWords_DoNotCountAsStopwords()
    {
        // "facebook", "sitemap" and "instagram" are lexicon words but no language's stopwords: whatever the page language,
        // the lexicon bits of their table values must not count as that language's stopwords.
        for (int language = 0; language < Stopwords.Default.Languages.Count; language++)
        {
            Block block = default;
            FeatureScanner.Scan("Facebook Sitemap Instagram", ref block, out LexiconHints hints, Stopwords.Default, language, default);

            Assert.Equal(3, hints.PhraseReach);
            Assert.Equal(0, block.StopwordCount);
        }
    }

    [Theory]
    [InlineData("you", false)]
    [InlineData("you", true)]
    [InlineData("monday", false)]
    [InlineData("monday", true)]
    public void Scan_LineOfManyLexiconWords_CountsEachWordWithoutCarryingIntoAnotherCount(string word, bool perCharacterScan)
    {
        // 70,000 words are more than any 16-bit count holds: the scans keep packed counts per word and must move them into
        // the totals as they go, or a count wraps and carries into the next ("you": stopwords into phrase reach, reach into
        // date words; "monday": date words into anchors). A last word in Cyrillic sends the line to the per-character scan.
        const int Copies = 70_000;
        WordTable table = Stopwords.Default.Table;
        ulong value = table.Lookup(word);
        int language = Stopwords.Default.LanguagesOf(Stopwords.SetOf(table.Lookup("you")))[0];
        string last = perCharacterScan ? "ЖЖЖ" : "zzzq";
        Assert.Equal(0UL, table.Lookup(last.ToLowerInvariant()));
        string line = string.Concat(Enumerable.Repeat(word + " ", Copies)) + last;

        Block block = default;
        FeatureScanner.Scan(line, ref block, out LexiconHints hints, Stopwords.Default, language, default);

        int phraseLength = s_phraseStarts.GetValueOrDefault(word);
        Assert.Equal(Copies + 1, block.WordCount);
        Assert.Equal(Stopwords.Default.SetsHolding(language)[Stopwords.SetOf(value)] == 1 ? Copies : 0, block.StopwordCount);
        Assert.Equal(phraseLength > 0 ? byte.MaxValue : 0, hints.PhraseReach);
        Assert.Equal(s_dateWords.Contains(word) ? byte.MaxValue : 0, hints.DateWordCount);
        Assert.Equal(s_anchors.Contains(word), hints.HasAnchor);
    }

    [Fact]
    public void Navigation_LineWithoutLexiconWords_IsNotJudgedButLexiconLinesStillAre()
    {
        CleanResult result = Cleaner.Process(
            "Contact us\nThe minister met his counterpart to discuss trade and energy policy in detail.\nAll rights reserved\n"
            + "A second paragraph follows here, with enough words to be prose of the article itself, and a full stop.");

        Assert.Contains("The minister met his counterpart", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Contact us", result.Text, StringComparison.Ordinal);
    }
}
