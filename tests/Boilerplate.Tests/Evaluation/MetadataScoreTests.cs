using Boilerplate.Evaluation;

namespace Boilerplate.Tests.Evaluation;

/// <summary>The harness scores metadata as ../shared/eval/tools/score_meta.py does.</summary>
public sealed class MetadataScoreTests
{
    [Theory]
    [InlineData("title", "Storm  Floods\nTowns", "storm floods towns", 1)]
    [InlineData("title", "Storm floods towns", "Storm floods towns | Courier", 0)]
    [InlineData("author", "Jane Doe and John Roe", "jane doe", 1)]
    [InlineData("author", "Jane", "Jane Doe", 1)]
    [InlineData("author", "Jane Doe", "John Roe", 0)]
    [InlineData("author", "Jane Doe", "", 0)]
    [InlineData("date", "2025-03-03", "2025-03-03T23:00:00-05:00", 1)]
    [InlineData("date", "2025-03-03", "2025-03-04", 0)]
    public void ScorePage_Field_MatchesAsScoreMetaDoes(string field, string gold, string predicted, int match)
    {
        int f = Array.IndexOf(MetadataScore.Fields, field);
        string?[] goldValues = new string?[MetadataScore.Fields.Length], predictedValues = new string?[MetadataScore.Fields.Length];
        goldValues[f] = gold;
        predictedValues[f] = predicted;

        FieldScore score = MetadataScore.ScorePage(goldValues, predictedValues)[f];

        Assert.Equal(new FieldScore(1, predicted.Length > 0 ? 1 : 0, match, 0), score);
    }

    [Fact]
    public void ScorePage_NullGold_CountsAPredictionAsFalseAlarm()
    {
        FieldScore[] scores = MetadataScore.ScorePage([null, null, null], ["A title", null, "2025-01-01"]);

        Assert.Equal([new FieldScore(0, 0, 0, 1), new FieldScore(0, 0, 0, 0), new FieldScore(0, 0, 0, 1)], scores);
    }
}
