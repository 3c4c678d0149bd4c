using Boilerplate.Text;

namespace Boilerplate.Tests.Text;

/// <summary>The bit-sliced language tally must give every language the count a plain loop over the masks gives.</summary>
public class CountLanguagesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(1_000)]
    [InlineData(70_000)]
    public void CountLanguages_RandomMasks_SameAsNaiveCount(int masks)
    {
        var random = new Random(masks);
        var values = new ulong[masks];
        var expected = new int[64];
        for (int i = 0; i < values.Length; i++)
        {
            // Mostly sparse masks, as stopwords have, with some words shared by dozens of languages.
            values[i] = i % 10 == 0 ? (ulong)random.NextInt64() : 1UL << random.Next(64);
            for (int bit = 0; bit < 64; bit++)
            {
                expected[bit] += (int)((values[i] >> bit) & 1);
            }
        }

        var counts = new int[64];
        FeatureScanner.CountLanguages(values, counts);

        Assert.Equal(expected, counts);
    }
}
