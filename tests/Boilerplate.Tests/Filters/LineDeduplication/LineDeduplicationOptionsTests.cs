using Boilerplate.Filters.LineDeduplication;
using Boilerplate.Tests.Support;

namespace Boilerplate.Tests.Filters.LineDeduplication;

public sealed class LineDeduplicationOptionsTests
{
    [Fact]
    public void Ctor_Defaults_AreTheDocumentedValues()
    {
        var options = new LineDeduplicationOptions();

        Assert.Equal(12, options.MaxBoilerplateWords);
        Assert.False(options.DropRepeatedProse);
    }

    [Fact]
    public void Build_InvalidValues_ThrowsListingEachOption()
    {
        var builder = new BoilerplatePipelineBuilder().UseLineDeduplication(new LineDeduplicationOptions { MaxBoilerplateWords = -1 });

        OptionsAssert.BuildFails(
            builder,
            "- LineDeduplicationOptions.MaxBoilerplateWords must be at least 0 (was -1).");
    }

    [Fact]
    public void UseLineDeduplication_OptionsChangedAfterwards_PipelineKeepsTheCopy()
    {
        var options = new LineDeduplicationOptions();
        var builder = new BoilerplatePipelineBuilder().UseLineDeduplication(options);
        options.MaxBoilerplateWords = -1;

        BoilerplatePipeline pipeline = builder.Build();

        Assert.Single(pipeline.Filters);
    }
}
