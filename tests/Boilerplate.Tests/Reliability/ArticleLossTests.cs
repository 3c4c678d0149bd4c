using Microsoft.Extensions.Logging;
using static Boilerplate.Tests.Reliability.HostilePages;

namespace Boilerplate.Tests.Reliability;

/// <summary>A page whose long paragraphs are all removed is flagged and logged, never returned as a quiet empty result.</summary>
public sealed class ArticleLossTests
{
    [Fact]
    public void FiltersRemovingEveryParagraph_FlagTheResultAndLogCountsOnly()
    {
        var logs = new ListLoggerFactory();
        var builder = new BoilerplatePipelineBuilder { LoggerFactory = logs }.UseDefaults().Use(new DropAll());
        BoilerplatePipeline pipeline = builder.Build();

        CleanResult result = pipeline.Process(Dump(Paragraph1, Paragraph2, Paragraph3));

        Assert.Equal(string.Empty, result.Text);
        Assert.Equal(CleanWarnings.ArticleMayBeLost, result.Warnings);
        (EventId id, LogLevel level, string message) = Assert.Single(logs.Entries, e => e.Id.Id == 1002);
        Assert.Equal("ArticleMayBeLost", id.Name);
        Assert.Equal(LogLevel.Debug, level);
        Assert.Matches(@"^Article may be lost on a Text page of 12 blocks: \d+ well-formed paragraphs of \d+ words, 0 of those words kept$", message);
        Assert.DoesNotContain("committee", message, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlPageWhoseArticleIsDropped_IsFlagged()
    {
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().UseDefaults().Use(new DropAll()).Build();

        CleanResult result = pipeline.ProcessHtml(HtmlPage(Paragraph1, Paragraph2, Paragraph3));

        Assert.True(result.Warnings.HasFlag(CleanWarnings.ArticleMayBeLost));
    }

    [Fact]
    public void HtmlPageWhoseTextTheParserCannotReach_IsFlagged()
    {
        // An article only in an inert template that no script of the page is known to stamp out: the markup shows it, the blocks do not.
        string html = "<html><head><title>Park plan</title><script>render()</script></head><body><div id=\"app\"></div><template id=\"article\">" +
            string.Concat(Enumerable.Repeat($"<p>{Paragraph1}</p><p>{Paragraph2}</p>", 3)) + "</template></body></html>";

        CleanResult result = Cleaner.ProcessHtml(html);

        Assert.Equal(string.Empty, result.Text);
        Assert.Equal(CleanWarnings.ArticleMayBeLost, result.Warnings);
        Assert.Equal(CleanWarnings.None, Cleaner.ProcessHtml(html.Replace("template", "div", StringComparison.Ordinal)).Warnings);
    }

    [Fact]
    public void HtmlPageWhoseArticleIsOnlyInNoscript_IsRead()
    {
        // A script renders the article for browsers; readers without scripts get it from noscript, and so does the parser.
        string html = "<html><head><title>Park plan</title><script>render()</script></head><body><div id=\"app\"></div><noscript>" +
            string.Concat(Enumerable.Repeat($"<p>{Paragraph1}</p><p>{Paragraph2}</p>", 3)) + "</noscript></body></html>";

        CleanResult result = Cleaner.ProcessHtml(html);

        Assert.Contains(Paragraph1, result.Text, StringComparison.Ordinal);
        Assert.Equal(CleanWarnings.None, result.Warnings);
    }

    [Fact]
    public void PagesWithAnArticleOrWithoutProse_AreNotFlagged()
    {
        Assert.Equal(CleanWarnings.None, Cleaner.Process(Dump(Paragraph1, Paragraph2, Paragraph3)).Warnings);
        Assert.Equal(CleanWarnings.None, Cleaner.ProcessHtml(HtmlPage(Paragraph1, Paragraph2, Paragraph3)).Warnings);
        Assert.Equal(CleanWarnings.None, Cleaner.Process("Home\nNews\nSport\nContact\nPrivacy Policy\n").Warnings);

        // One long paragraph removed is not enough evidence: a page can have a single boilerplate blurb.
        BoilerplatePipeline dropAll = new BoilerplatePipelineBuilder().UseDefaults().Use(new DropAll()).Build();
        Assert.Equal(CleanWarnings.None, dropAll.Process(Dump(Paragraph1)).Warnings);
    }

    private sealed class DropAll() : BoilerplateFilter("drop-all")
    {
        public override void Apply(PageDocument document)
        {
            for (int i = 0; i < document.Count; i++)
            {
                document.Drop(i, Name, "test drops everything");
            }
        }
    }

    private sealed class ListLoggerFactory : ILoggerFactory
    {
        public List<(EventId Id, LogLevel Level, string Message)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new ListLogger(this);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        private sealed class ListLogger(ListLoggerFactory owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner.Entries)
                {
                    owner.Entries.Add((eventId, logLevel, formatter(state, exception)));
                }
            }
        }
    }
}
