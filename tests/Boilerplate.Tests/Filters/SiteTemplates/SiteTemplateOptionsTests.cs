using Boilerplate.Filters.SiteTemplates;
using Boilerplate.Tests.Support;

namespace Boilerplate.Tests.Filters.SiteTemplates;

public sealed class SiteTemplateOptionsTests
{
    [Fact]
    public void Ctor_Defaults_AreTheDocumentedValues()
    {
        var options = new SiteTemplateOptions();

        Assert.Equal(3, options.MinPages);
        Assert.Equal(0.2, options.MinShare);
        Assert.Equal(3, options.MinRecurringPages);
        Assert.Equal(50, options.MinOwnWords);
        Assert.True(options.KeepInsideArticle);
        Assert.Equal(10, options.MinProseWords);
        Assert.True(options.MatchPlaceInHtml);
    }

    [Fact]
    public void Build_InvalidValues_ThrowsListingEachOption()
    {
        var builder = new BoilerplatePipelineBuilder().UseSiteTemplate(new SiteTemplateOptions
        {
            MinPages = 1,
            MinShare = 0,
            MinProseWords = -1,
            MinRecurringPages = 1,
            MinOwnWords = -1,
        });

        OptionsAssert.BuildFails(
            builder,
            "- SiteTemplateOptions.MinPages must be at least 2 (was 1).",
            "- SiteTemplateOptions.MinShare must be above 0 and at most 1 (was 0).",
            "- SiteTemplateOptions.MinProseWords must be at least 0 (was -1).",
            "- SiteTemplateOptions.MinRecurringPages must be at least 2 (was 1).",
            "- SiteTemplateOptions.MinOwnWords must be at least 0 (was -1).");
    }
}
