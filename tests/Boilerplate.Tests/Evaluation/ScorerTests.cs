using System.Text.Json;
using Boilerplate.Evaluation;

namespace Boilerplate.Tests.Evaluation;

/// <summary>
/// The evaluation harness's scorer against the reference, <c>../shared/eval/tools/score.py</c>: real page/output
/// pairs in <c>ScorerData/</c> whose figures <c>ScorerData/make-golden.py</c> computed once with score.py.
/// The figures must agree to the last bit, not just to score.py's four printed decimals.
/// </summary>
public sealed class ScorerTests
{
    private static readonly string s_dataDir = Path.Combine(AppContext.BaseDirectory, "Evaluation", "ScorerData");
    private static readonly JsonElement s_golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(s_dataDir, "golden.json"))).RootElement;

    private static readonly string[] s_cases = s_golden.GetProperty("pages").EnumerateArray()
        .Select(p => p.GetProperty("case").GetString()!)
        .ToArray();

    public static TheoryData<string> Cases() => new(s_cases);

    [Fact]
    public void Golden_HasTheDozenCases()
    {
        // Article, identical, missing output, another page's gold, empty gold, both empty, Chinese, Japanese,
        // Arabic with combining marks, vulgar fractions, emoji, a raw dump, a title line, a three-word output.
        Assert.Equal(14, s_cases.Length);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ScorePage_RealPair_MatchesScorePyExactly(string name)
    {
        JsonElement expected = GoldenPage(name);
        (string gold, string output) = ReadCase(name);

        PageScore actual = Scorer.ScorePage(gold, output);

        Assert.Equal(expected.GetProperty("tp").GetDouble(), actual.TruePositive);
        Assert.Equal(expected.GetProperty("fp").GetDouble(), actual.FalsePositive);
        Assert.Equal(expected.GetProperty("fn").GetDouble(), actual.FalseNegative);
        Assert.Equal(NullableDouble(expected.GetProperty("precision")), actual.Precision);
        Assert.Equal(NullableDouble(expected.GetProperty("recall")), actual.Recall);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TokenizeAndIsBlank_RealPair_MatchPython(string name)
    {
        JsonElement expected = GoldenPage(name);
        (string gold, string output) = ReadCase(name);

        Assert.Equal(expected.GetProperty("goldTokens").GetInt32(), Scorer.Tokenize(gold).Count);
        Assert.Equal(expected.GetProperty("outputTokens").GetInt32(), Scorer.Tokenize(output).Count);
        Assert.Equal(expected.GetProperty("empty").GetBoolean(), Scorer.IsBlank(output));
    }

    [Fact]
    public void Aggregate_AllCases_MatchesScorePyMeansExactly()
    {
        List<PageScore> pages = s_cases
            .Order(StringComparer.Ordinal)
            .Select(name => ReadCase(name))
            .Select(pair => Scorer.ScorePage(pair.Gold, pair.Output))
            .ToList();

        DatasetScore actual = Scorer.Aggregate(pages);

        JsonElement expected = s_golden.GetProperty("dataset");
        Assert.Equal(14, actual.Pages);
        Assert.Equal(expected.GetProperty("precision").GetDouble(), actual.Precision);
        Assert.Equal(expected.GetProperty("recall").GetDouble(), actual.Recall);
        Assert.Equal(expected.GetProperty("f1").GetDouble(), actual.F1);

        // And as score.py prints them.
        JsonElement printed = expected.GetProperty("scorePy");
        Assert.Equal(printed.GetProperty("precision").GetDouble(), Math.Round(actual.Precision, 4));
        Assert.Equal(printed.GetProperty("recall").GetDouble(), Math.Round(actual.Recall, 4));
        Assert.Equal(printed.GetProperty("f1").GetDouble(), Math.Round(actual.F1, 4));
        Assert.Equal(printed.GetProperty("empty").GetInt32(), s_cases.Count(name => Scorer.IsBlank(ReadCase(name).Output)));
    }

    [Fact]
    public void Tokenize_MarksNumbersAndSupplementaryLetters_MatchesPythonWordCharacters()
    {
        JsonElement tokenizer = s_golden.GetProperty("tokenizer");
        string[] expected = tokenizer.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!).ToArray();

        Assert.Equal(expected, Scorer.Tokenize(tokenizer.GetProperty("text").GetString()!));
    }

    [Fact]
    public void ScorePage_FewerThanFourTokens_ComparesOneShortShingle()
    {
        Assert.Equal(new PageScore(1, 0, 0), Scorer.ScorePage("Our Changing Continent", "Our  Changing\nContinent"));
        Assert.Equal(new PageScore(0, 0.5, 0.5), Scorer.ScorePage("Our Changing Continent today", "Our Changing Continent"));
    }

    [Fact]
    public void ScorePage_RepeatedShingles_CountsMultisetOverlap()
    {
        // Gold's 4-grams: abcd ×2, bcda, cdab, dabc. The output's: abcd ×3, bcda ×2, cdab ×2, dabc ×2.
        // In common: 2 + 1 + 1 + 1 = 5; leaked: 4; lost: none.
        PageScore score = Scorer.ScorePage("a b c d\n\na b c d", "a b c d a b c d a b c d");

        Assert.Equal(new PageScore(5.0 / 9, 4.0 / 9, 0), score);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(" \t\r\n\u00a0\u2028\u3000", true)]
    [InlineData("\u001c\u001d\u001e\u001f", true)]
    [InlineData("\u200b", false)]
    [InlineData("\ufeff", false)]
    [InlineData(" x ", false)]
    public void IsBlank_PythonWhiteSpace(string text, bool blank) => Assert.Equal(blank, Scorer.IsBlank(text));

    [Fact]
    public void Tokenize_LoneSurrogate_SplitsLikeAnInvalidCharacter()
    {
        Assert.Equal(["ab", "cd"], Scorer.Tokenize("ab\ud800cd"));
    }

    private static JsonElement GoldenPage(string name) =>
        s_golden.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("case").GetString() == name);

    /// <summary>A case's gold and output; a missing output counts as empty, as in score.py.</summary>
    private static (string Gold, string Output) ReadCase(string name)
    {
        string output = Path.Combine(s_dataDir, "out", name + ".txt");
        return (
            File.ReadAllText(Path.Combine(s_dataDir, "gold", name + ".txt")),
            File.Exists(output) ? File.ReadAllText(output) : string.Empty);
    }

    private static double? NullableDouble(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();
}
