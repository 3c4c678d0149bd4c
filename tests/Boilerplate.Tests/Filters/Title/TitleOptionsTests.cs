using Boilerplate.Filters.Title;

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

        ArgumentException error = Assert.Throws<ArgumentException>(builder.Build);

        Assert.Equal(
            [
                "Invalid Boilerplate options:",
                "- TitleOptions.MaxTitleWords must be at least 1 (was 0).",
            ],
            error.Message.Split(Environment.NewLine));
    }
}
