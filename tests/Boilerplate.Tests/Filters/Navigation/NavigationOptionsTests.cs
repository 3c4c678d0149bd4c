using Boilerplate.Filters.Navigation;
using Boilerplate.Tests.Support;

namespace Boilerplate.Tests.Filters.Navigation;

public sealed class NavigationOptionsTests
{
    [Fact]
    public void Ctor_Defaults_AreTheDocumentedValues()
    {
        var options = new NavigationOptions();

        Assert.Equal(25, options.MaxLexiconWords);
        Assert.Equal(0.5, options.MinLexiconCoverage);
        Assert.Equal(5, options.MaxFormLabelWords);
        Assert.Equal(6, options.MaxFormGap);
        Assert.Equal(3, options.MinFormLabels);
        Assert.Equal(20, options.MaxLinkListHeadlineWords);
        Assert.Equal(5, options.MinMenuRun);
        Assert.Equal(3, options.MaxMenuItemWords);
        Assert.Equal(20, options.MinProseWords);
        Assert.Equal(0.05, options.MinProseOutsideContainers);
    }

    [Fact]
    public void Build_InvalidValues_ThrowsListingEachOption()
    {
        var builder = new BoilerplatePipelineBuilder().UseNavigation(new NavigationOptions
        {
            MaxLexiconWords = 0,
            MinLexiconCoverage = 0,
            MaxFormLabelWords = 0,
            MaxFormGap = -1,
            MinFormLabels = 1,
            MaxLinkListHeadlineWords = 0,
            MinMenuRun = 1,
            MaxMenuItemWords = 0,
            MinProseWords = 0,
            MinProseOutsideContainers = 1.5,
        });

        OptionsAssert.BuildFails(
            builder,
            "- NavigationOptions.MinProseWords must be at least 1 (was 0).",
            "- NavigationOptions.MinProseOutsideContainers must be in [0, 1] (was 1.5).",
            "- NavigationOptions.MaxLexiconWords must be at least 1 (was 0).",
            "- NavigationOptions.MinLexiconCoverage must be in (0, 1] (was 0).",
            "- NavigationOptions.MaxFormLabelWords must be at least 1 (was 0).",
            "- NavigationOptions.MaxFormGap must be at least 0 (was -1).",
            "- NavigationOptions.MinFormLabels must be at least 2 (was 1).",
            "- NavigationOptions.MaxLinkListHeadlineWords must be at least 1 (was 0).",
            "- NavigationOptions.MinMenuRun must be at least 2 (was 1).",
            "- NavigationOptions.MaxMenuItemWords must be at least 1 (was 0).");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.1)]
    public void Build_CoverageOutOfRange_Throws(double coverage)
    {
        var builder = new BoilerplatePipelineBuilder().UseNavigation(new NavigationOptions { MinLexiconCoverage = coverage });

        ArgumentException error = Assert.Throws<ArgumentException>(builder.Build);

        Assert.Contains("NavigationOptions.MinLexiconCoverage must be in (0, 1]", error.Message, StringComparison.Ordinal);
    }
}
