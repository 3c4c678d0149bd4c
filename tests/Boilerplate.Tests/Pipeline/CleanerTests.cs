using System.Text;
using Boilerplate.Cli.Records;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Pipeline;

public sealed class CleanerTests
{
    private static readonly string s_dump = Dump([
        "Storm floods coastal towns | The Daily Courier", "Home", "News", "Sport", "Weather", "Contact",
        "Storm floods coastal towns", "Published: 12 March 2024 09:15", .. EnglishParagraphs[..4], "Share on Facebook", "© 2024 The Daily Courier"]);

    private static readonly string s_html = $"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Storm floods coastal towns | The Daily Courier</title></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Storm floods coastal towns</h1>{string.Concat(EnglishParagraphs[..4].Select(p => $"<p>{p}</p>"))}</article>
        <footer>© 2024 The Daily Courier</footer></body></html>
        """;

    private static readonly string s_article = Dump(EnglishParagraphs[..4]);

    [Fact]
    public void DefaultPipeline_IsOneCachedInstanceWithEveryBuiltInFilter()
    {
        Assert.Same(Cleaner.DefaultPipeline, Cleaner.DefaultPipeline);
        Assert.Equal(["title", "site-template", "dedup", "navigation", "foreign-script", "classifier", "main-region", "fallback"], Cleaner.DefaultPipeline.Filters.Select(f => f.Name));
    }

    [Fact]
    public void Clean_Dump_ReturnsTheArticleBody()
    {
        Assert.Equal(s_article, Cleaner.Clean(s_dump));
    }

    [Fact]
    public void Process_Dump_ReturnsTitleBodyAndDecisions()
    {
        CleanResult result = Cleaner.Process(s_dump);

        Assert.Equal("Storm floods coastal towns", result.Title);
        Assert.Equal(s_article, result.Text);
        Assert.Equal(4, result.KeptCount);
        Assert.Equal(result.Document.Count - 4, result.RemovedCount);
        Assert.Equal(PageFormat.Text, result.Document.Format);
        Assert.Null(result.Document.Markup);
    }

    [Fact]
    public void CleanAndProcess_WithAPipeline_UseThatPipeline()
    {
        BoilerplatePipeline nothing = new BoilerplatePipelineBuilder().Build();

        Assert.Equal(s_dump.Split('\n').Length, Cleaner.Process(s_dump, nothing).KeptCount);
        Assert.Equal(s_dump, Cleaner.Clean(s_dump, nothing));
        Assert.Equal(s_article, Cleaner.Clean(s_dump, null));
    }

    [Fact]
    public void CleanHtml_String_ReturnsTheArticleBody()
    {
        Assert.Equal(s_article, Cleaner.CleanHtml(s_html));
        Assert.Contains("Home", Cleaner.CleanHtml(s_html, new BoilerplatePipelineBuilder().Build()), StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessHtml_EveryOverload_GivesTheSameResult()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(s_html);
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().UseDefaults().Build();

        CleanResult[] results =
        [
            Cleaner.ProcessHtml(s_html),
            Cleaner.ProcessHtml(s_html, null),
            Cleaner.ProcessHtml(s_html, pipeline),
            Cleaner.ProcessHtml(bytes),
            Cleaner.ProcessHtml(bytes, pipeline),
            Cleaner.ProcessHtml(new MemoryStream(bytes)),
            Cleaner.ProcessHtml(new MemoryStream(bytes), pipeline),
            pipeline.ProcessHtml(bytes.AsSpan()),
        ];

        Assert.All(results, r =>
        {
            Assert.Equal("Storm floods coastal towns", r.Title);
            Assert.Equal(s_article, r.Text);
            Assert.Equal(PageFormat.Html, r.Document.Format);
            Assert.Equal(s_html, r.Document.Markup);
        });
    }

    [Fact]
    public void ProcessHtml_Stream_ReadsFromThePositionToTheEndAndLeavesItOpen()
    {
        byte[] prefix = Encoding.UTF8.GetBytes("<p>Not part of the page</p>");
        var stream = new MemoryStream([.. prefix, .. Encoding.UTF8.GetBytes(s_html)]);
        stream.Position = prefix.Length;

        CleanResult result = Cleaner.ProcessHtml(stream);

        Assert.Equal(s_article, result.Text);
        Assert.Equal(stream.Length, stream.Position);
        Assert.True(stream.CanRead);
    }

    [Fact]
    public void ProcessHtml_NonSeekableStream_IsReadWhole()
    {
        using var stream = new ForwardOnlyStream(Encoding.UTF8.GetBytes(s_html));

        Assert.Equal(s_article, Cleaner.ProcessHtml(stream).Text);
    }

    [Fact]
    public void EveryEntryPoint_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Cleaner.Clean(null!));
        Assert.Throws<ArgumentNullException>(() => Cleaner.Process(null!));
        Assert.Throws<ArgumentNullException>(() => Cleaner.CleanHtml(null!));
        Assert.Throws<ArgumentNullException>(() => Cleaner.ProcessHtml((string)null!));
        Assert.Throws<ArgumentNullException>(() => Cleaner.ProcessHtml((byte[])null!));
        Assert.Throws<ArgumentNullException>(() => Cleaner.ProcessHtml((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => Cleaner.ProcessHtml((string)null!, null));
        Assert.Throws<ArgumentNullException>(() => Cleaner.ProcessHtml((byte[])null!, null));
        Assert.Throws<ArgumentNullException>(() => Cleaner.ProcessHtml((Stream)null!, null));
    }

    [Fact]
    public void Clean_ArticleWithoutBoilerplate_ReturnsTheKeptLinesJoinedByLineFeeds()
    {
        string input = string.Join("\r\n", EnglishParagraphs[..3]) + "\r\n";

        Assert.Equal(Dump(EnglishParagraphs[..3]), Cleaner.Clean(input));
    }

    private sealed class ForwardOnlyStream(byte[] data) : ForwardReadStream
    {
        private readonly MemoryStream _inner = new(data);

        public override int Read(Span<byte> buffer) => _inner.Read(buffer[..Math.Min(buffer.Length, 7)]);
    }
}
