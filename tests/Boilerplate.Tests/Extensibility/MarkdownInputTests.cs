using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Extensibility;

public sealed class MarkdownInputTests
{
    private static readonly string s_page = string.Join("\n",
    [
        "- [Home](/)",
        "- [World](/world)",
        "- [Sport](/sport)",
        "- [Weather](/weather)",
        "",
        "# Storm floods the coast",
        "",
        EnglishParagraphs[0],
        "",
        "## What happens next",
        "",
        EnglishParagraphs[1],
        "",
        "> " + EnglishParagraphs[2],
        "",
        "```",
        "water level: 4.2 m",
        "```",
        "",
        EnglishParagraphs[3],
        "",
        "Copyright © 2024 The Daily Courier. All rights reserved.",
    ]);

    [Fact]
    public void MarkdownPage_RunsThroughThePipeline()
    {
        PageDocument document = MarkdownInput.Parse(s_page);

        CleanResult result = Cleaner.DefaultPipeline.ProcessDocument(document);

        Assert.Equal("Storm floods the coast", result.Title);
        foreach (string paragraph in EnglishParagraphs.Take(4))
        {
            Assert.Contains(paragraph, result.Text, StringComparison.Ordinal);
        }

        Assert.Contains("What happens next", result.Text, StringComparison.Ordinal);
        Assert.Contains("water level: 4.2 m", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Weather", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", result.Text, StringComparison.Ordinal);
        Assert.Equal(DecisionCode.Copyright, result.Line("Copyright © 2024 The Daily Courier. All rights reserved.").Code);
        Assert.All(["Home", "World", "Sport", "Weather"], item => Assert.Equal(1.0, result.Document[result.Line(item).Index].LinkDensity));
        Assert.Equal("en", result.Document.Language);
        Assert.NotNull(result.Document.Outline);
    }

    [Fact]
    public void MarkdownPage_ExtractsLikeTheSameTextAsADump_WhereNoStructureMatters()
    {
        string plain = string.Join("\n", EnglishParagraphs.Take(5));

        CleanResult fromMarkdown = Cleaner.DefaultPipeline.ProcessDocument(MarkdownInput.Parse(plain));

        Assert.Equal(Cleaner.Process(plain).Text, fromMarkdown.Text);
    }
}
