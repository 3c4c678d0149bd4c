using Boilerplate.Tests.Support;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Pipeline;

public sealed class PipelineLimitsTests
{
    [Fact]
    public void Ctor_Defaults_AreTheDocumentedValues()
    {
        var limits = new PipelineLimits();

        Assert.Equal(256 * 1024 * 1024, limits.MaxInputChars);
        Assert.Equal(256, limits.MaxHtmlDepth);
    }

    [Fact]
    public void Build_InvalidValues_ThrowsListingEachLimit()
    {
        var builder = new BoilerplatePipelineBuilder();
        builder.Limits.MaxInputChars = 0;
        builder.Limits.MaxHtmlDepth = 7;

        OptionsAssert.BuildFails(
            builder,
            "- PipelineLimits.MaxHtmlDepth must be at least 8 (was 7).",
            "- PipelineLimits.MaxInputChars must be at least 1 (was 0).");
    }

    [Fact]
    public void Process_InputLongerThanMaxInputChars_ThrowsInputTooLarge()
    {
        var builder = new BoilerplatePipelineBuilder().UseDefaults();
        builder.Limits.MaxInputChars = 100;
        BoilerplatePipeline pipeline = builder.Build();

        Assert.Throws<InputTooLargeException>(() => pipeline.Process(EnglishParagraphs[0]));
        Assert.Throws<InputTooLargeException>(() => pipeline.ProcessHtml($"<p>{EnglishParagraphs[0]}</p>"));
        Assert.NotNull(pipeline.Process(EnglishParagraphs[0][..100]));
    }

    [Fact]
    public void ProcessHtml_BytesFarBeyondMaxInputChars_ThrowsBeforeDecoding()
    {
        var builder = new BoilerplatePipelineBuilder();
        builder.Limits.MaxInputChars = 10;

        Assert.Throws<InputTooLargeException>(() => builder.Build().ProcessHtml(new byte[41]));
    }
}
