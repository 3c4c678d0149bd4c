using Boilerplate.Filters.ContentClassifier;
using Boilerplate.Tests.Support;

namespace Boilerplate.Tests.Filters.ContentClassifier;

public sealed class ContentClassifierOptionsTests
{
    [Fact]
    public void Ctor_Defaults_AreTheDocumentedValues()
    {
        var options = new ContentClassifierOptions();

        Assert.Equal(70, options.LengthLow);
        Assert.Equal(150, options.LengthHigh);
        Assert.Equal(0.30, options.StopwordsLow);
        Assert.Equal(0.32, options.StopwordsHigh);
        Assert.Equal(0.6, options.RelativeStopwordsLow);
        Assert.Equal(0.64, options.RelativeStopwordsHigh);
        Assert.Equal(20, options.ReferenceBlockWords);
        Assert.Equal(0.5, options.MaxLinkDensity);
        Assert.Equal(3, options.CjkLetterWeight);
        Assert.Equal(200, options.MaxHeadingDistance);
        Assert.True(options.SentencesAreNearGood);
        Assert.Equal(0.1, options.MinGoodShare);
        Assert.Equal(0.3, options.MinSingleGoodShare);
    }

    [Fact]
    public void Build_InvalidValues_ThrowsListingEachOption()
    {
        var builder = new BoilerplatePipelineBuilder().UseContentClassifier(new ContentClassifierOptions
        {
            LengthLow = -1,
            LengthHigh = -2,
            StopwordsLow = 1.5,
            StopwordsHigh = 1.2,
            RelativeStopwordsLow = -0.1,
            RelativeStopwordsHigh = 2,
            ReferenceBlockWords = 0,
            MaxHeadingDistance = -1,
            MaxLinkDensity = 1.1,
            CjkLetterWeight = 0,
            MinGoodShare = 1.5,
            MinSingleGoodShare = -1,
        });

        OptionsAssert.BuildFails(
            builder,
            "- ContentClassifierOptions.LengthLow must be at least 0 (was -1).",
            "- ContentClassifierOptions.LengthHigh must be at least LengthLow (-1) (was -2).",
            "- ContentClassifierOptions.StopwordsLow must be in [0, 1] (was 1.5).",
            "- ContentClassifierOptions.StopwordsHigh must be in [StopwordsLow, 1] (was 1.2).",
            "- ContentClassifierOptions.RelativeStopwordsLow must be in [0, 1] (was -0.1).",
            "- ContentClassifierOptions.RelativeStopwordsHigh must be in [RelativeStopwordsLow, 1] (was 2).",
            "- ContentClassifierOptions.ReferenceBlockWords must be at least 1 (was 0).",
            "- ContentClassifierOptions.MaxHeadingDistance must be at least 0 (was -1).",
            "- ContentClassifierOptions.MaxLinkDensity must be in [0, 1] (was 1.1).",
            "- ContentClassifierOptions.MinGoodShare must be in [0, 1] (was 1.5).",
            "- ContentClassifierOptions.MinSingleGoodShare must be in [0, 1] (was -1).",
            "- ContentClassifierOptions.CjkLetterWeight must be at least 1 (was 0).");
    }

    [Fact]
    public void Build_HighBelowLow_ThrowsForTheHighThresholds()
    {
        var builder = new BoilerplatePipelineBuilder().UseContentClassifier(new ContentClassifierOptions
        {
            LengthLow = 100,
            LengthHigh = 99,
            StopwordsLow = 0.4,
            StopwordsHigh = 0.3,
            RelativeStopwordsLow = 0.7,
            RelativeStopwordsHigh = 0.6,
        });

        OptionsAssert.BuildFails(
            builder,
            "- ContentClassifierOptions.LengthHigh must be at least LengthLow (100) (was 99).",
            "- ContentClassifierOptions.StopwordsHigh must be in [StopwordsLow, 1] (was 0.3).",
            "- ContentClassifierOptions.RelativeStopwordsHigh must be in [RelativeStopwordsLow, 1] (was 0.6).");
    }
}
