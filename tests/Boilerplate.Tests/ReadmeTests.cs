using Boilerplate.Filters.ContentClassifier;

namespace Boilerplate.Tests;

/// <summary>The README's API snippets, compiled and run: if the API changes, these fail before the README lies.</summary>
public sealed class ReadmeTests
{
    private static readonly string s_readme = File.ReadAllText(FindReadme());

    [Fact]
    public void Readme_CustomFilterSnippet_DropsTheLinesItNames()
    {
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder()
            .UseDefaults()
            .UseContentClassifier(new ContentClassifierOptions { LengthLow = 60 })
            .Use(new DropLinesStartingWith("Advertisement"))
            .Build();

        string text = string.Join('\n',
            "All about widgets",
            "Advertisement: buy our widgets",
            "Widgets are small components that people use in many of their everyday applications, and this article explains how they work.",
            "They were first made in the nineteenth century, and since then the design has changed a great deal over the years.");
        CleanResult result = pipeline.Process(text);

        Assert.DoesNotContain("Advertisement", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Explain(), d => d.Filter == "starts-with" && d.Reason == "starts with 'Advertisement'");
        Assert.Contains("public override void Apply(PageDocument document)", s_readme, StringComparison.Ordinal);
        Assert.Contains(".Use(new DropLinesStartingWith(\"Advertisement\"))", s_readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_SiteTemplateSnippet_LearnsCleansSavesAndLoads()
    {
        string[] pagesOfOneSite = [.. Enumerable.Range(0, 4).Select(n => Sites.SitePages.Html(n))];
        string dump = Sites.SitePages.Dump(5);
        byte[] htmlBytes = System.Text.Encoding.UTF8.GetBytes(Sites.SitePages.Html(5));
        CleanResult alreadyCleaned = Cleaner.ProcessHtml(Sites.SitePages.Html(6));
        string html = pagesOfOneSite[1];

        SiteTemplate template = SiteTemplate.LearnHtml(pagesOfOneSite);
        var builder = new SiteTemplateBuilder();
        builder.AddText(dump).AddHtml(htmlBytes).Add(alreadyCleaned.Document);
        SiteTemplate learnt = builder.Build();
        CleanResult result = Cleaner.DefaultPipeline.ProcessHtml(html, template);
        var file = new MemoryStream();
        template.Save(file);
        file.Position = 0;
        SiteTemplate loaded = SiteTemplate.Load(file);

        Assert.Equal(3, learnt.PageCount);
        Assert.DoesNotContain(Sites.SitePages.Footer, result.Text, StringComparison.Ordinal);
        Assert.Equal(result.Text, Cleaner.DefaultPipeline.ProcessHtml(html, loaded).Text);
        foreach (string line in (string[])[
            "SiteTemplate template = SiteTemplate.LearnHtml(pagesOfOneSite);",
            "builder.AddText(dump).AddHtml(htmlBytes).Add(alreadyCleaned.Document);",
            "SiteTemplate learnt = builder.Build();",
            "CleanResult result = Cleaner.DefaultPipeline.ProcessHtml(html, template);",
            "SiteTemplate loaded = SiteTemplate.Load(File.OpenRead(\"example.org.bpst\"));"])
        {
            Assert.Contains(line, s_readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Readme_QuickStart_NamesTheSampleAndTheTestCommand()
    {
        Assert.Contains("dotnet run --project src/Boilerplate.Cli -c Release -- clean samples/news-article.dump.txt", s_readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test Boilerplate.sln -c Release", s_readme, StringComparison.Ordinal);
        string ci = File.ReadAllText(Path.Combine(Path.GetDirectoryName(FindReadme())!, ".ci", "run"));
        Assert.Contains("dotnet test Boilerplate.sln -c Release", ci, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_MetadataAndHtmlSnippet_RunsAsWritten()
    {
        byte[] htmlBytes = System.Text.Encoding.UTF8.GetBytes(
            "<html><head><meta name=\"author\" content=\"Jane Doe\"><meta property=\"article:published_time\" content=\"2025-03-03\"></head>"
            + "<body><article><h1>Storm floods coastal towns</h1><p>Heavy rain and a powerful storm surge flooded several coastal towns overnight, "
            + "forcing hundreds of residents to leave <a href=\"/homes\">their homes</a> before dawn and to seek shelter inland.</p></article></body></html>");

        CleanResult known = Cleaner.ProcessHtml(htmlBytes, new Uri("https://example.org/a"), null);

        Assert.Contains("<a href=\"https://example.org/homes\">their homes</a>", known.ToHtml(), StringComparison.Ordinal);
        Assert.Equal("Storm floods coastal towns by Jane Doe, 2025-03-03", $"{known.Metadata.Title} by {string.Join(", ", known.Metadata.Authors)}, {known.Metadata.DatePublished}");
        Assert.Contains("CleanResult known = Cleaner.ProcessHtml(htmlBytes, new Uri(\"https://example.org/a\"), null);", s_readme, StringComparison.Ordinal);
        Assert.Contains("Console.WriteLine($\"{known.Metadata.Title} by {string.Join(\", \", known.Metadata.Authors)}, {known.Metadata.DatePublished}\");", s_readme, StringComparison.Ordinal);
    }

    private static string FindReadme()
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            string candidate = Path.Combine(dir, "README.md");
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir, "Boilerplate.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("README.md not found above the test output folder.");
    }

    private sealed class DropLinesStartingWith(string prefix) : BoilerplateFilter("starts-with")
    {
        public override void Apply(PageDocument document)
        {
            for (int i = 0; i < document.Count; i++)
            {
                if (document.GetText(i).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    document.Drop(i, Name, $"starts with '{prefix}'");
                }
            }
        }
    }
}
