using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Document;

public sealed class PageDocumentBuilderTests
{
    [Fact]
    public void Build_ComputesFeaturesAndKeepsWhatTheFormatGave()
    {
        var builder = new PageDocumentBuilder { HasStructure = true };
        int article = builder.AddElement(-1, "article", "post-content", "main-story", isArticleBody: true);
        int list = builder.AddElement(article, "ul");
        builder.AddBlock("Storm floods the coast", headingLevel: 1, element: article)
            .AddBlock("   ")
            .AddBlock(EnglishParagraphs[0], element: article)
            .AddBlock("Home", BlockTraits.ListItem, element: list, linkCharCount: 4);

        PageDocument document = builder.Build();

        Assert.Equal(3, document.Count);
        Assert.True(document.HasStructure);
        Assert.Equal("en", document.Language);
        Assert.Equal(Script.Latin, document.MainScript);
        Assert.Equal(EnglishParagraphs[0], document.GetText(1).ToString());
        Assert.True(document[0].Has(BlockTraits.Heading | BlockTraits.BlankBefore));
        Assert.True(document[1].Has(BlockTraits.BlankBefore | BlockTraits.TerminalPunctuation));
        Assert.True(document[1].StopwordCount > 10);
        Assert.Equal(1.0, document[2].LinkDensity);
        Assert.Equal(list, document[2].Element);
        PageOutline outline = Assert.IsType<PageOutline>(document.Outline);
        Assert.Equal([-1, 0], outline.Parents.ToArray());
        Assert.Equal(["article", "ul"], outline.Tags.ToArray());
        Assert.Equal("post-content", outline.GetClass(article).ToString());
        Assert.Equal("main-story", outline.GetId(article).ToString());
        Assert.True(outline.IsArticleBody(article));
        Assert.True(outline.IsWithin(list, article));
        Assert.False(outline.IsWithin(article, list));
    }

    [Fact]
    public void AddElementAndAddBlock_RejectIndexesOutOfRange()
    {
        var builder = new PageDocumentBuilder();

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddElement(0, "div"));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddBlock("text", element: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddBlock("text", linkCharCount: 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddBlock("text", headingLevel: 7));
        Assert.Equal(0, builder.BlockCount);
    }

    [Fact]
    public void ProcessDocument_RunsTheFiltersAndRefusesADocumentTwice()
    {
        var builder = new PageDocumentBuilder();
        foreach (string paragraph in EnglishParagraphs)
        {
            builder.AddBlock(paragraph);
        }

        builder.AddBlock("Copyright 2024 The Daily Courier. All rights reserved.");
        PageDocument document = builder.Build();

        CleanResult result = Cleaner.DefaultPipeline.ProcessDocument(document);

        Assert.Equal(Cleaner.Process(string.Join("\n", [.. EnglishParagraphs, "Copyright 2024 The Daily Courier. All rights reserved."])).Text, result.Text);
        Assert.Same(document, result.Document);
        Assert.Throws<ArgumentException>(() => Cleaner.DefaultPipeline.ProcessDocument(document));
    }

    [Fact]
    public void HtmlOutline_IsPublic()
    {
        CleanResult result = Cleaner.ProcessHtml($"<html><body><div id=\"page\"><article class=\"story\"><p>{EnglishParagraphs[0]}</p></article></div></body></html>");

        PageOutline outline = Assert.IsType<PageOutline>(result.Document.Outline);
        int element = result.Document[0].Element;
        Assert.Equal("p", outline.Tags[element]);
        int article = outline.Parents[element];
        Assert.Equal("article", outline.Tags[article]);
        Assert.Equal("story", outline.GetClass(article).ToString());
        Assert.True(outline.IsArticleBody(article));
        Assert.Equal("page", outline.GetId(outline.Parents[article]).ToString());
    }
}
