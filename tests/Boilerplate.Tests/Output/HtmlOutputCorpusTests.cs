using Boilerplate.Evaluation;
using Xunit.Abstractions;
using Boilerplate.Tests.Support;

namespace Boilerplate.Tests.Output;

/// <summary>
/// <see cref="CleanResult.ToHtml"/> on every page of ../shared/eval (HTML and dumps, base URL from pages.jsonl): it parses
/// cleanly, stays inside the allowlist, and its text read back is <see cref="CleanResult.Text"/>. Without the corpus the
/// samples and test pages are checked instead, and the test says so.
/// </summary>
public sealed class HtmlOutputCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void ToHtml_EveryEvaluationPage_IsCleanAndReadsBackAsText()
    {
        string? eval = RepositoryFolders.Eval(output, "the sample dump and the HTML test pages");
        List<(string Name, Func<CleanResult> Clean)> pages = eval is null ? LocalPages() : CorpusPages(eval);

        Assert.True(pages.Count >= (eval is null ? 5 : 2000), $"only {pages.Count} pages found");
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(pages, page =>
        {
            CleanResult result = page.Clean();
            string html = result.ToHtml(new OutputOptions { IncludeImages = true });
            IReadOnlyList<string> violations = HtmlOutputCheck.Violations(html);
            if (violations.Count > 0)
            {
                failures.Add($"{page.Name}: {violations[0]}");
            }

            string expected = result.Text.Length == 0 ? string.Empty : result.Text + "\n";
            if (!string.Equals(HtmlOutputCheck.Text(html), expected, StringComparison.Ordinal))
            {
                failures.Add($"{page.Name}: text read back differs from Text");
            }
        });

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)));
    }

    private static List<(string, Func<CleanResult>)> CorpusPages(string eval)
    {
        var pages = new List<(string, Func<CleanResult>)>();
        foreach (string dataset in Directory.GetDirectories(eval))
        {
            IReadOnlyDictionary<string, PageFacts> facts = PageFacts.Of(dataset);
            foreach (string file in Files(dataset, "html").Concat(Files(dataset, "dump")))
            {
                string id = Path.GetFileNameWithoutExtension(file);
                Uri? url = facts.GetValueOrDefault(id)?.Url;
                pages.Add(file.EndsWith(".html", StringComparison.Ordinal)
                    ? (file, () => Cleaner.ProcessHtml(File.ReadAllBytes(file), url, null))
                    : (file, () => Cleaner.Process(File.ReadAllText(file))));
            }
        }

        return pages;
    }

    private static IEnumerable<string> Files(string dataset, string form)
    {
        string folder = Path.Combine(dataset, form);
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder) : [];
    }

    private static List<(string, Func<CleanResult>)> LocalPages()
    {
        string root = RepositoryFolders.Root;
        var pages = new List<(string, Func<CleanResult>)>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(root, "tests", "Boilerplate.Tests", "Html", "Pages"), "*.html"))
        {
            pages.Add((file, () => Cleaner.ProcessHtml(File.ReadAllBytes(file))));
        }

        foreach (string file in Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.txt"))
        {
            pages.Add((file, () => Cleaner.Process(File.ReadAllText(file))));
        }

        return pages;
    }
}
