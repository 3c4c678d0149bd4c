using Boilerplate.Filters.Title;
using Boilerplate.Tests.Support;

namespace Boilerplate.Tests.Filters.Title;

public sealed class TitleOptionsTests
{
    [Fact]
    public void Ctor_Defaults_AreTheDocumentedValues()
    {
        Assert.Equal(30, new TitleOptions().MaxTitleWords);
    }

    [Fact]
    public void Build_InvalidValues_ThrowsListingEachOption()
    {
        var builder = new BoilerplatePipelineBuilder().UseTitle(new TitleOptions { MaxTitleWords = 0 });

        OptionsAssert.BuildFails(
            builder,
            "- TitleOptions.MaxTitleWords must be at least 1 (was 0).");
    }
}
