using Boilerplate.Languages;
using Boilerplate.Text;

namespace Boilerplate.Tests.Text;

/// <summary>The histogram of language sets must give every language the count a plain loop over the sets' languages gives.</summary>
public class CountLanguagesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(1_000)]
    [InlineData(70_000)]
    public void CountLanguages_RandomSets_SameAsNaiveCount(int words)
    {
        Stopwords stopwords = Stopwords.Default;
        var random = new Random(words);
        var sets = new uint[words];
        var expected = new int[stopwords.Languages.Count];
        for (int i = 0; i < sets.Length; i++)
        {
            sets[i] = (uint)random.Next(1, stopwords.SetCount);
            foreach (int language in stopwords.LanguagesOf(sets[i]))
            {
                expected[language]++;
            }
        }

        var counts = new int[stopwords.Languages.Count];
        Array.Fill(counts, -1);
        FeatureScanner.CountLanguages(sets, stopwords, counts);

        Assert.Equal(expected, counts);
    }
}
