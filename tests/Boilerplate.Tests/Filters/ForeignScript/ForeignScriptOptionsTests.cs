using Boilerplate.Filters.ForeignScript;
using Boilerplate.Tests.Support;

namespace Boilerplate.Tests.Filters.ForeignScript;

public sealed class ForeignScriptOptionsTests
{
    [Fact]
    public void Ctor_Defaults_AreTheDocumentedValues()
    {
        var options = new ForeignScriptOptions();

        Assert.Equal(50, options.MinPageLetters);
        Assert.Equal(0.6, options.MinMainScriptShare);
        Assert.Equal(3, options.MinLineLetters);
        Assert.Equal(10, options.MinQuoteContextWords);
    }

    [Fact]
    public void Build_InvalidValues_ThrowsListingEachOption()
    {
        var builder = new BoilerplatePipelineBuilder().UseForeignScript(new ForeignScriptOptions
        {
            MinPageLetters = -1,
            MinMainScriptShare = 0.5,
            MinLineLetters = 0,
            MinQuoteContextWords = -1,
        });

        OptionsAssert.BuildFails(
            builder,
            "- ForeignScriptOptions.MinPageLetters must be at least 0 (was -1).",
            "- ForeignScriptOptions.MinMainScriptShare must be in (0.5, 1] (was 0.5).",
            "- ForeignScriptOptions.MinLineLetters must be at least 1 (was 0).",
            "- ForeignScriptOptions.MinQuoteContextWords must be at least 0 (was -1).");
    }
}
