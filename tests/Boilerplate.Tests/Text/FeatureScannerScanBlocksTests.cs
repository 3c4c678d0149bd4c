using System.Text;
using Boilerplate.Filters.Navigation;
using Boilerplate.Languages;
using Boilerplate.Text;

namespace Boilerplate.Tests.Text;

/// <summary>The one-pass scan with language detection must give exactly what detection followed by a scan per block gives.</summary>
public class FeatureScannerScanBlocksTests
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        var english = new StringBuilder();
        int n = 0;
        while (english.Length < 200_000)
        {
            english.Append("The quick brown Fox jumps over the lazy dog and the cat, number ").Append(n++).Append(". Café ").Append(n % 7 == 0 ? "漢字かな交じり文" : "naïve").Append('\n');
            if (n % 5 == 0)
            {
                english.Append("\n  \u200BDer schnelle braune Fuchs springt über den faulen Hund und die Katze\r\n");
            }
        }

        data.Add(english.ToString());

        // One line far longer than the language sample: the sample cuts a word.
        data.Add(string.Concat(Enumerable.Repeat("Ünd the WordsWithCaps of a line that never ends ", 3000)));
        data.Add("short page\nwith the words of a few lines\n\nand a blank line");
        data.Add(string.Empty);
        data.Add("第一行是中文。这是一个句子。\n日本語の文章です。\nA Latin line with the and of.");
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Parse_SamePage_SameFeaturesAsDetectThenScan(string page)
    {
        Stopwords stopwords = Stopwords.Default;
        PageDocument document = TextDocumentParser.Parse(page, stopwords);

        int pageLanguage = TextDocumentParser.DetectLanguage(page, stopwords, out string? language);
        Assert.Equal(language, document.Language);
        for (int i = 0; i < document.Count; i++)
        {
            Block expected = default;
            FeatureScanner.Scan(document.GetText(i), ref expected, out LexiconHints expectedLexicon, stopwords, pageLanguage, default);
            Block actual = document[i];
            Assert.Equal(expectedLexicon, document.LexiconHints[i]);
            Assert.Equal(expected.WordCount, actual.WordCount);
            Assert.Equal(expected.StopwordCount, actual.StopwordCount);
            Assert.Equal(expected.LetterCount, actual.LetterCount);
            Assert.Equal(expected.UpperCount, actual.UpperCount);
            Assert.Equal(expected.DigitCount, actual.DigitCount);
            Assert.Equal(expected.PunctuationCount, actual.PunctuationCount);
            Assert.Equal(expected.Script, actual.Script);
            Assert.Equal(expected.ScriptLetterCount, actual.ScriptLetterCount);
            Assert.Equal(expected.NormalizedHash, actual.NormalizedHash);
        }
    }

    [Fact]
    public void InvariantLower_EveryChar_SameAsCharToLowerInvariant()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.ToLowerInvariant((char)c), InvariantLower.ToLower((char)c));
        }
    }
}
