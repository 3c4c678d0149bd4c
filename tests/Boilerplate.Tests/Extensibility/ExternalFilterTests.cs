using System.Text;
using Boilerplate.Filters.LineDeduplication;
using Boilerplate.Filters.SiteTemplates;
using Boilerplate.Tests.Support;
using Xunit.Abstractions;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Extensibility;

/// <summary>
/// A filter written in this assembly, with the public model only, in place of a built-in one gives the same decision on
/// every block of every evaluation page (../shared/eval, both forms); without the corpus, on the sample dump, the fuzz
/// regression pages and generated pages with repeated lines.
/// </summary>
public sealed class ExternalFilterTests(ITestOutputHelper output)
{
    [Fact]
    public void RepeatedLineFilterFromOutside_ReproducesLineDeduplication_OnEveryPage()
    {
        BoilerplatePipeline builtIn = new BoilerplatePipelineBuilder().UseDefaults().Build();
        var builder = new BoilerplatePipelineBuilder().UseDefaults();
        builder.Filters.Remove<LineDeduplicationFilter>();
        builder.Filters.InsertAfter<SiteTemplateFilter>(new RepeatedLineFilter());
        BoilerplatePipeline outside = builder.Build();

        (string Name, string? Text, byte[]? Html)[] pages = LoadPages(out bool fromEval);
        Assert.True(pages.Length >= (fromEval ? 2000 : 10), $"only {pages.Length} pages found");

        int dedupDrops = 0;
        foreach (var (name, text, html) in pages)
        {
            CleanResult expected = text is not null ? builtIn.Process(text) : builtIn.ProcessHtml(html);
            CleanResult actual = text is not null ? outside.Process(text) : outside.ProcessHtml(html);
            Assert.True(Decisions(expected) == Decisions(actual), $"{name}: decisions differ");
            dedupDrops += expected.Explain().Count(d => d.Code == DecisionCode.RepeatedShortLine);
        }

        output.WriteLine($"{pages.Length} pages ({(fromEval ? "../shared/eval, both forms" : "sample, fuzz and generated pages")}), {dedupDrops} repeated short lines dropped alike");
        Assert.True(dedupDrops > 0, "no page exercised the rule");
    }

    private static string Decisions(CleanResult result)
    {
        var builder = new StringBuilder().Append(result.Title).Append('\u0001').Append(result.Text).Append('\u0001');
        foreach (BlockDecision d in result.Explain())
        {
            builder.Append(d.Label).Append('|').Append(d.Filter).Append('|').Append(d.Code).Append('|').Append(d.Reason).Append('\u0002');
        }

        return builder.ToString();
    }

    private (string Name, string? Text, byte[]? Html)[] LoadPages(out bool fromEval)
    {
        var pages = new List<(string, string?, byte[]?)>();
        string? eval = RepositoryFolders.Eval(output, "the sample dump, the HTML fuzz regression pages and generated pages with repeated lines");
        fromEval = eval is not null;
        if (eval is not null)
        {
            foreach (string dataSet in Directory.GetDirectories(eval).Order(StringComparer.Ordinal))
            {
                foreach (string file in EnumerateIfExists(Path.Combine(dataSet, "dump"), "*.txt"))
                {
                    pages.Add((file, File.ReadAllText(file), null));
                }

                foreach (string file in EnumerateIfExists(Path.Combine(dataSet, "html"), "*.html"))
                {
                    pages.Add((file, null, File.ReadAllBytes(file)));
                }
            }

            return [.. pages];
        }

        pages.Add(("sample", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "news-article.dump.txt")), null));
        foreach (string file in EnumerateIfExists(Path.Combine(AppContext.BaseDirectory, "Reliability", "FuzzCrashes", "html"), "*.html"))
        {
            pages.Add((file, null, File.ReadAllBytes(file)));
        }

        for (int n = 0; n < 4; n++)
        {
            string[] body = [.. EnglishParagraphs.Skip(n).Take(3)];
            pages.Add(($"generated-{n}.txt", Dump(["Home", "News", .. body, "Share this story", "Home", "Share this story", body[0]]), null));
            string items = string.Concat(body.Select(p => $"<p>{p}</p><h3>Key facts</h3>"));
            pages.Add(($"generated-{n}.html", null, Encoding.UTF8.GetBytes(
                $"<html><body><nav><a href=\"/\">Home</a></nav><article>{items}</article><footer><a href=\"/\">Home</a><p>Share this story</p></footer></body></html>")));
        }

        return [.. pages];
    }

    private static IEnumerable<string> EnumerateIfExists(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal) : [];
}
