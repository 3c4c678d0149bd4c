using Boilerplate.Filters.MainRegion;
using Boilerplate.Tests.Support;

namespace Boilerplate.Tests.Filters.MainRegion;

public sealed class MainRegionOptionsTests
{
    [Fact]
    public void Ctor_Defaults_AreTheDocumentedValues()
    {
        var options = new MainRegionOptions();

        Assert.Equal(40, options.MaxGapWords);
        Assert.Equal(8, options.MaxGapBlocks);
        Assert.Equal(0.1, options.MinRegionShare);
        Assert.Equal(0.5, options.DroppedTextWeight);
        Assert.Equal(0.5, options.MinMainContainerShare);
        Assert.Equal(0.7, options.MaxRescueLinkDensity);
        Assert.True(options.DropCaptions);
        Assert.True(options.DropBylines);
        Assert.True(options.DropAfterRelatedHeadings);
        Assert.Equal(3, options.MinTeaserItems);
        Assert.Equal(25, options.MaxTeaserHeadlineWords);
        Assert.Equal(100, options.MaxTeaserExcerptWords);
        Assert.Equal(150, options.MinTeaserCoreWords);
        Assert.Equal(3, options.MaxArticleGapBlocks);
        Assert.Equal(0.34, options.MaxArticleGapRuleShare);
        Assert.True(options.KeepDatesAndRepeatsInArticleGaps);
        Assert.True(options.ArticleOnlyRepeatsAreNeutral);
        Assert.True(options.KeepSentencesInsideArticle);
    }

    [Fact]
    public void Build_InvalidValues_ThrowsListingEachOption()
    {
        var builder = new BoilerplatePipelineBuilder().UseMainRegion(new MainRegionOptions
        {
            MaxGapWords = -1,
            MaxGapBlocks = -1,
            MinRegionShare = 1.5,
            DroppedTextWeight = -0.5,
            MinMainContainerShare = -0.1,
            MaxRescueLinkDensity = 2,
            MinTeaserItems = 1,
            MaxTeaserHeadlineWords = 1,
            MaxTeaserExcerptWords = -1,
            MinTeaserCoreWords = -1,
            MaxArticleGapBlocks = -1,
            MaxArticleGapRuleShare = 1.5,
        });

        OptionsAssert.BuildFails(
            builder,
            "- MainRegionOptions.MinMainContainerShare must be in [0, 1] (was -0.1).",
            "- MainRegionOptions.MaxRescueLinkDensity must be in [0, 1] (was 2).",
            "- MainRegionOptions.DroppedTextWeight must be at least 0 (was -0.5).",
            "- MainRegionOptions.MaxGapWords must be at least 0 (was -1).",
            "- MainRegionOptions.MaxArticleGapBlocks must be at least 0 (was -1).",
            "- MainRegionOptions.MaxArticleGapRuleShare must be in [0, 1] (was 1.5).",
            "- MainRegionOptions.MaxGapBlocks must be at least 0 (was -1).",
            "- MainRegionOptions.MinRegionShare must be in [0, 1] (was 1.5).",
            "- MainRegionOptions.MinTeaserItems must be 0 or at least 2 (was 1).",
            "- MainRegionOptions.MaxTeaserHeadlineWords must be at least 2 (was 1).",
            "- MainRegionOptions.MaxTeaserExcerptWords must be at least 0 (was -1).",
            "- MainRegionOptions.MinTeaserCoreWords must be at least 0 (was -1).");
    }
}
