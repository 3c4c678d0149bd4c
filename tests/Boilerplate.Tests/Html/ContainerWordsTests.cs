using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Html;

public sealed class ContainerWordsTests
{
    private static readonly string s_page =
        $"<html><body><div class=\"rail\"><p>{EnglishParagraphs[2]}</p></div><div class=\"sidebar\"><p>{EnglishParagraphs[1]}</p></div></body></html>";

    [Fact]
    public void Defaults_ReadBuiltInWords()
    {
        PageDocument document = Cleaner.ProcessHtml(s_page).Document;

        Assert.False(document[0].Has(BlockTraits.InBoilerplateContainer));
        Assert.True(document[1].Has(BlockTraits.InBoilerplateContainer));
    }

    [Fact]
    public void AddedAndRemovedWords_ChangeWhatTheParserReads()
    {
        var builder = new BoilerplatePipelineBuilder().UseDefaults();
        builder.ContainerWords.Boilerplate.Add("rail");
        builder.ContainerWords.Boilerplate.Remove("sidebar");

        PageDocument document = builder.Build().ProcessHtml(s_page).Document;

        Assert.True(document[0].Has(BlockTraits.InBoilerplateContainer));
        Assert.False(document[1].Has(BlockTraits.InBoilerplateContainer));
        Assert.True(Cleaner.ProcessHtml(s_page).Document[1].Has(BlockTraits.InBoilerplateContainer)); // the default pipeline is untouched
    }

    [Fact]
    public void WordsThatCannotMatch_AreRejected()
    {
        var builder = new BoilerplatePipelineBuilder().UseDefaults();
        builder.ContainerWords.Content.Add("post-body");
        builder.ContainerWords.Caption.Add(string.Empty);

        ArgumentException error = Assert.Throws<ArgumentException>(builder.Build);
        Assert.Contains("ContainerWords.Content holds \"post-body\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("ContainerWords.Caption holds \"\"", error.Message, StringComparison.Ordinal);
    }
}
