using Boilerplate.Tests.Support;
using Xunit.Abstractions;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Pipeline;

/// <summary>One pipeline shared by many threads gives, page for page, what it gives on one thread.</summary>
public sealed class BoilerplatePipelineConcurrencyTests(ITestOutputHelper output)
{
    private const int PagesPerDataSet = 6;

    [Fact]
    public void Process_SharedPipelineOnManyThreads_MatchesOneThread()
    {
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().UseDefaults().Build();
        Page[] pages = LoadPages();
        Assert.True(pages.Length >= 10, $"only {pages.Length} pages found");

        string[] expected = pages.Select(p => Fingerprint(Run(pipeline, p))).ToArray();

        // Every page several times, in an order that mixes pages and forms, on every core.
        int rounds = 3;
        int[] order = MixedOrder.Strided(pages.Length, 7);
        string[] actual = new string[pages.Length * rounds];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) }, i =>
        {
            actual[i] = Fingerprint(Run(pipeline, pages[order[i % pages.Length]]));
        });

        for (int i = 0; i < actual.Length; i++)
        {
            int page = order[i % pages.Length];
            Assert.True(expected[page] == actual[i], $"page {pages[page].Name} differs when run in parallel");
        }
    }

    [Fact]
    public void Process_DefaultPipelineFromManyThreads_MatchesOneThread()
    {
        string page = Dump(["Storm floods coastal towns | Courier", "Home", "News", "Sport", "Weather", "Storm floods coastal towns", .. EnglishParagraphs, "© 2024 Courier"]);
        string expected = Fingerprint(Cleaner.Process(page));

        string[] actual = new string[64];
        Parallel.For(0, actual.Length, i => actual[i] = Fingerprint(Cleaner.Process(page)));

        Assert.All(actual, a => Assert.Equal(expected, a));
    }

    private static CleanResult Run(BoilerplatePipeline pipeline, Page page) =>
        page.IsHtml ? pipeline.ProcessHtml(page.Bytes) : pipeline.Process(page.Text!);

    /// <summary>Everything a caller can observe: title, text, and each block's label, filter and reason.</summary>
    private static string Fingerprint(CleanResult result) =>
        result.Title + "\u0001" + result.Text + "\u0001" + string.Join("\u0002", result.Explain().Select(d => $"{d.Index}|{d.LineNumber}|{d.Label}|{d.Filter}|{d.Reason}"))
        + "\u0001" + result.ToMarkdown() + "\u0001" + result.Document.Language;

    private Page[] LoadPages()
    {
        string? eval = RepositoryFolders.Eval(output, "the sample dump and 24 generated pages (12 dumps, 12 HTML)");
        var pages = new List<Page>();
        if (eval is not null)
        {
            foreach (string dataSet in Directory.GetDirectories(eval).Order(StringComparer.Ordinal))
            {
                string dumps = Path.Combine(dataSet, "dump"), html = Path.Combine(dataSet, "html");
                if (Directory.Exists(dumps))
                {
                    pages.AddRange(Directory.GetFiles(dumps, "*.txt").Order(StringComparer.Ordinal).Take(PagesPerDataSet)
                        .Select(f => new Page(f, File.ReadAllText(f), null)));
                }

                if (Directory.Exists(html))
                {
                    pages.AddRange(Directory.GetFiles(html, "*.html").Order(StringComparer.Ordinal).Take(PagesPerDataSet)
                        .Select(f => new Page(f, null, File.ReadAllBytes(f))));
                }
            }
        }

        if (pages.Count == 0)
        {
            pages.Add(new Page("sample", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "news-article.dump.txt")), null));
            pages.AddRange(GeneratedPages());
        }

        return [.. pages];
    }

    private static IEnumerable<Page> GeneratedPages()
    {
        for (int n = 0; n < 12; n++)
        {
            string[] body = EnglishParagraphs.Skip(n % 5).Take(3 + (n % 4)).ToArray();
            string menu = string.Join("\n", new[] { "Home", "World", "Business", "Politics", "Science" }.Take(2 + (n % 4)));
            yield return new Page($"generated-{n}.txt", Dump([$"Story {n} | Courier", menu, $"Story {n}", .. body, "Share on Facebook", "© 2024 Courier"]), null);
            string html = $"<html><head><title>Story {n} | Courier</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Story {n}</h1>"
                + string.Concat(body.Select(p => $"<p>{p}</p>")) + "</article><footer>© 2024 Courier</footer></body></html>";
            yield return new Page($"generated-{n}.html", null, System.Text.Encoding.UTF8.GetBytes(html));
        }
    }

    private sealed record Page(string Name, string? Text, byte[]? Bytes)
    {
        public bool IsHtml => Bytes is not null;
    }
}
