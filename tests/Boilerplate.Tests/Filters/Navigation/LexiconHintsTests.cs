using Boilerplate.Filters.Navigation;
using Boilerplate.Languages;
using Boilerplate.Tests.Support;
using Boilerplate.Text;
using Xunit.Abstractions;

namespace Boilerplate.Tests.Filters.Navigation;

/// <summary>
/// The scanner's lexicon counts live beside the blocks, not in them: every way a document is made must give the navigation
/// filter the same decisions, whether the counts come from the scan that built it or are counted again.
/// </summary>
public sealed class LexiconHintsTests(ITestOutputHelper output)
{
    [Fact]
    public void Apply_DocumentFromBuilder_SameDecisionsAsParsedDump()
    {
        int dropped = 0;
        foreach (string dump in Dumps())
        {
            PageDocument parsed = TextDocumentParser.Parse(dump, Stopwords.Default);
            var builder = new PageDocumentBuilder();
            for (int i = 0; i < parsed.Count; i++)
            {
                if (i > 0 && parsed[i].Has(BlockTraits.BlankBefore))
                {
                    builder.AddBlock(string.Empty);
                }

                builder.AddBlock(parsed.GetText(i));
            }

            Assert.NotNull(builder.Build().TakeLexiconHints()); // the scan that builds a document fills them, not a later read
            dropped += AssertSameDecisions(parsed, builder.Build());
        }

        Assert.True(dropped > 10, $"only {dropped} lines dropped by lexicon rules");
    }

    [Fact]
    public void Apply_HintsReturnedToThePool_CountsAgainWithSameDecisions()
    {
        int dropped = 0;
        foreach (string dump in Dumps())
        {
            PageDocument scanned = TextDocumentParser.Parse(dump, Stopwords.Default);
            PageDocument returned = TextDocumentParser.Parse(dump, Stopwords.Default);
            returned.ReturnLexiconHints();

            dropped += AssertSameDecisions(scanned, returned);
            Assert.NotNull(returned.TakeLexiconHints()); // counted again, and kept for the next filter that asks
        }

        Assert.True(dropped > 10, $"only {dropped} lines dropped by lexicon rules");
    }

    [Fact]
    public void Process_AfterTheFilters_ReturnsTheHintsToThePool()
    {
        // A result's document can be kept long after the call; the pooled counts must not be kept with it.
        CleanResult result = Cleaner.Process(File.ReadAllText(Path.Combine(RepositoryFolders.Root, "samples", "news-article.dump.txt")));

        Assert.True(result.Document.Count > 0);
        Assert.Null(result.Document.TakeLexiconHints());
    }

    /// <summary>Runs the navigation filter over both documents and compares every block's decision; returns how many lexicon rules dropped.</summary>
    private static int AssertSameDecisions(PageDocument expected, PageDocument actual)
    {
        var filter = new NavigationFilter();
        filter.Apply(expected);
        filter.Apply(actual);
        Assert.Equal(expected.Count, actual.Count);
        int dropped = 0;
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].Label == actual[i].Label && expected[i].Code == actual[i].Code, $"line {i}: {expected.GetText(i)}");
            dropped += expected[i].Code is DecisionCode.Copyright or DecisionCode.Legal or DecisionCode.SocialLinks
                or DecisionCode.CallToAction or DecisionCode.MenuLinks or DecisionCode.DateStamp or DecisionCode.FormLabel ? 1 : 0;
        }

        return dropped;
    }

    /// <summary>The repository's sample; with the corpus beside the repository, the first 40 dumps of each of its sets too.</summary>
    private IEnumerable<string> Dumps()
    {
        yield return File.ReadAllText(Path.Combine(RepositoryFolders.Root, "samples", "news-article.dump.txt"));
        if (RepositoryFolders.Eval(output, "the sample dump") is { } eval)
        {
            foreach (string folder in Directory.EnumerateDirectories(eval).Select(d => Path.Combine(d, "dump")).Where(Directory.Exists).Order(StringComparer.Ordinal))
            {
                foreach (string file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Take(40))
                {
                    yield return File.ReadAllText(file);
                }
            }
        }
    }
}
