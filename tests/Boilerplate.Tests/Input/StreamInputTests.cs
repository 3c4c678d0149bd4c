using System.Text;
using Boilerplate.Cli.Records;
using Boilerplate.Tests.Support;

namespace Boilerplate.Tests.Input;

/// <summary>Streams are read with a bound, asynchronously when asked, and a refusal says how long, what limit and in which unit.</summary>
public sealed class StreamInputTests
{
    private static readonly byte[] s_page = Encoding.UTF8.GetBytes($"<html><head><title>Storm</title></head><body><article><h1>Storm</h1><p>{StormPage.Paragraph}</p></article></body></html>");

    [Fact]
    public void ProcessHtml_EndlessStream_StopsJustPastTheLimitAndCountsBytes()
    {
        BoilerplatePipeline pipeline = WithMaxInputChars(1000);
        var endless = new EndlessStream();

        var error = Assert.Throws<InputTooLargeException>(() => pipeline.ProcessHtml(endless));

        Assert.Equal(InputSizeUnit.Bytes, error.Unit);
        Assert.Equal(4000, error.Limit);
        Assert.True(error.IsLengthLowerBound);
        Assert.InRange(error.Length, 4001, endless.BytesRead);
        Assert.InRange(endless.BytesRead, 4001, 8192);
        Assert.Equal($"The input has at least {error.Length} bytes; the pipeline's limit is 4000 bytes (PipelineLimits.MaxInputBytes).", error.Message);
    }

    [Fact]
    public async Task ProcessHtmlAsync_EndlessStream_StopsJustPastTheLimit()
    {
        BoilerplatePipeline pipeline = WithMaxInputChars(1000);
        var endless = new EndlessStream();

        var error = await Assert.ThrowsAsync<InputTooLargeException>(() => pipeline.ProcessHtmlAsync(endless));

        Assert.Equal(InputSizeUnit.Bytes, error.Unit);
        Assert.InRange(endless.BytesRead, 4001, 8192);
    }

    [Fact]
    public async Task ProcessAsync_TextLongerThanTheLimit_CountsCharacters()
    {
        BoilerplatePipeline pipeline = WithMaxInputChars(1000);
        var endless = new EndlessStream();

        var error = await Assert.ThrowsAsync<InputTooLargeException>(() => pipeline.ProcessAsync(endless));

        Assert.Equal(InputSizeUnit.Characters, error.Unit);
        Assert.Equal(1000, error.Limit);
        Assert.True(error.Length > 1000);
        Assert.EndsWith("characters; the pipeline's limit is 1000 characters (PipelineLimits.MaxInputChars).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessHtml_SeekableStreamTooLong_GivesItsExactLengthBeforeReading()
    {
        BoilerplatePipeline pipeline = WithMaxInputChars(10);
        var stream = new MemoryStream(new byte[12_345]);

        var error = Assert.Throws<InputTooLargeException>(() => pipeline.ProcessHtml(stream));

        Assert.Equal(12_345, error.Length);
        Assert.Equal(40, error.Limit);
        Assert.False(error.IsLengthLowerBound);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void Process_StringTooLong_CountsCharacters()
    {
        var error = Assert.Throws<InputTooLargeException>(() => WithMaxInputChars(10).Process(new string('a', 11)));

        Assert.Equal((11, 10, InputSizeUnit.Characters, false), (error.Length, error.Limit, error.Unit, error.IsLengthLowerBound));
        Assert.Equal("The input has 11 characters; the pipeline's limit is 10 characters (PipelineLimits.MaxInputChars).", error.Message);
    }

    [Fact]
    public async Task ProcessHtmlAsync_StreamThatRefusesSynchronousReads_CleansThePage()
    {
        // ASP.NET Core's request body throws on synchronous reads by default.
        var body = new AsyncOnlyStream(s_page);

        CleanResult result = await Cleaner.ProcessHtmlAsync(body);
        CleanResult text = await Cleaner.ProcessAsync(new AsyncOnlyStream(Encoding.UTF8.GetBytes("Storm | News\n" + StormPage.Paragraph)));

        Assert.Equal(StormPage.Paragraph, result.Text);
        Assert.Equal(Cleaner.ProcessHtml(s_page).Text, result.Text);
        Assert.Equal(StormPage.Paragraph, text.Text);
        Assert.Throws<InvalidOperationException>(() => Cleaner.ProcessHtml(new AsyncOnlyStream(s_page)));
    }

    [Fact]
    public async Task ProcessHtmlAsync_CanceledToken_ThrowsOperationCanceled()
    {
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Cleaner.DefaultPipeline.ProcessHtmlAsync(new EndlessStream(), cancellationToken: canceled.Token));
    }

    [Fact]
    public void WebService_LimitsAreTighterThanTheDefaultsAndBuild()
    {
        PipelineLimits web = PipelineLimits.WebService;
        var defaults = new PipelineLimits();
        var builder = new BoilerplatePipelineBuilder().UseDefaults();
        builder.Limits.CopyFrom(web);

        Assert.Equal((8 * 1024 * 1024, 256 * 1024, 50_000, 256, 100_000), (web.MaxInputChars, web.MaxLineChars, web.MaxBlocks, web.MaxHtmlDepth, web.MaxHtmlElements));
        Assert.True(web.MaxInputChars < defaults.MaxInputChars && web.MaxBlocks < defaults.MaxBlocks && web.MaxHtmlElements < defaults.MaxHtmlElements);
        Assert.NotSame(web, PipelineLimits.WebService);
        Assert.Equal(32L * 1024 * 1024, web.MaxInputBytes);
        Assert.Equal(StormPage.Paragraph, builder.Build().ProcessHtml(s_page).Text);
    }

    private static BoilerplatePipeline WithMaxInputChars(int max)
    {
        var builder = new BoilerplatePipelineBuilder().UseDefaults();
        builder.Limits.MaxInputChars = max;
        return builder.Build();
    }

    /// <summary>A network stream that never ends, counting what was read from it.</summary>
    private sealed class EndlessStream : ForwardReadStream
    {
        public long BytesRead { get; private set; }

        public override int Read(Span<byte> buffer)
        {
            buffer.Fill((byte)'a');
            BytesRead += buffer.Length;
            return buffer.Length;
        }
    }

    /// <summary>A request body as ASP.NET Core gives it: synchronous reads throw.</summary>
    private sealed class AsyncOnlyStream(byte[] content) : ForwardReadStream
    {
        private readonly MemoryStream _inner = new(content);

        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _inner.ReadAsync(buffer, cancellationToken);
    }
}
