namespace Boilerplate;

/// <summary>
/// One-line entry points: <c>string article = Cleaner.Clean(text);</c>.
/// Without a pipeline they use a default one built once with <see cref="BoilerplatePipelineBuilderExtensions.UseDefaults(BoilerplatePipelineBuilder)"/>.
/// </summary>
public static class Cleaner
{
    private static readonly Lazy<BoilerplatePipeline> s_default = new(() => new BoilerplatePipelineBuilder().UseDefaults().Build());

    /// <summary>The pipeline used when none is given; immutable and shared.</summary>
    public static BoilerplatePipeline DefaultPipeline => s_default.Value;

    /// <summary>Returns the article body of a text dump, without its title and boilerplate.</summary>
    /// <param name="text">The page's visible text, one block per line.</param>
    /// <param name="pipeline">The pipeline to use, or <see langword="null"/> for <see cref="DefaultPipeline"/>.</param>
    /// <returns>The kept blocks, one per line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputTooLargeException">The text exceeds the pipeline's limits.</exception>
    public static string Clean(string text, BoilerplatePipeline? pipeline = null) => (pipeline ?? DefaultPipeline).Clean(text);

    /// <summary>Cleans a text dump and returns the title, the body and every block with its label, filter and reason.</summary>
    /// <param name="text">The page's visible text, one block per line.</param>
    /// <param name="pipeline">The pipeline to use, or <see langword="null"/> for <see cref="DefaultPipeline"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputTooLargeException">The text exceeds the pipeline's limits.</exception>
    public static CleanResult Process(string text, BoilerplatePipeline? pipeline = null) => (pipeline ?? DefaultPipeline).Process(text);

    /// <summary>Returns the article body of an HTML page.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="pipeline">The pipeline to use, or <see langword="null"/> for <see cref="DefaultPipeline"/>.</param>
    /// <returns>The kept blocks, one per line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputTooLargeException">The page exceeds the pipeline's limits.</exception>
    public static string CleanHtml(string html, BoilerplatePipeline? pipeline = null) => (pipeline ?? DefaultPipeline).ProcessHtml(html).Text;

    /// <summary>Cleans an HTML page and returns the title, the body and every block with its decision.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="pipeline">The pipeline to use, or <see langword="null"/> for <see cref="DefaultPipeline"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputTooLargeException">The page exceeds the pipeline's limits.</exception>
    public static CleanResult ProcessHtml(string html, BoilerplatePipeline? pipeline) => (pipeline ?? DefaultPipeline).ProcessHtml(html);

    /// <summary>Cleans an HTML page whose address is known: relative URLs in the result's metadata and HTML become absolute.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="baseUrl">The page's absolute URL, used only to resolve relative URLs.</param>
    /// <param name="pipeline">The pipeline to use, or <see langword="null"/> for <see cref="DefaultPipeline"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputTooLargeException">The page exceeds the pipeline's limits.</exception>
    public static CleanResult ProcessHtml(string html, Uri? baseUrl, BoilerplatePipeline? pipeline) => (pipeline ?? DefaultPipeline).ProcessHtml(html, baseUrl);

    /// <summary>Decodes an HTML page's bytes as a browser does and cleans it, resolving relative URLs against its address.</summary>
    /// <param name="html">The page as fetched.</param>
    /// <param name="baseUrl">The page's absolute URL, used only to resolve relative URLs.</param>
    /// <param name="pipeline">The pipeline to use, or <see langword="null"/> for <see cref="DefaultPipeline"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputTooLargeException">The page exceeds the pipeline's limits.</exception>
    public static CleanResult ProcessHtml(byte[] html, Uri? baseUrl, BoilerplatePipeline? pipeline)
    {
        ArgumentNullException.ThrowIfNull(html);
        return (pipeline ?? DefaultPipeline).ProcessHtml(html.AsSpan(), baseUrl);
    }

    /// <summary>Cleans an HTML page with <see cref="DefaultPipeline"/>.</summary>
    /// <param name="html">The page's markup.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputTooLargeException">The page exceeds the pipeline's limits.</exception>
    public static CleanResult ProcessHtml(string html) => ProcessHtml(html, null);

    /// <summary>Decodes an HTML page's bytes as a browser does and cleans it.</summary>
    /// <param name="html">The page as fetched.</param>
    /// <param name="pipeline">The pipeline to use, or <see langword="null"/> for <see cref="DefaultPipeline"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputTooLargeException">The page exceeds the pipeline's limits.</exception>
    public static CleanResult ProcessHtml(byte[] html, BoilerplatePipeline? pipeline)
    {
        ArgumentNullException.ThrowIfNull(html);
        return (pipeline ?? DefaultPipeline).ProcessHtml(html.AsSpan());
    }

    /// <summary>Decodes an HTML page's bytes as a browser does and cleans it with <see cref="DefaultPipeline"/>.</summary>
    /// <param name="html">The page as fetched.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputTooLargeException">The page exceeds the pipeline's limits.</exception>
    public static CleanResult ProcessHtml(byte[] html) => ProcessHtml(html, null);

    /// <summary>Reads an HTML page from a stream, decodes it as a browser does and cleans it.</summary>
    /// <param name="html">The page; read to its end, not closed.</param>
    /// <param name="pipeline">The pipeline to use, or <see langword="null"/> for <see cref="DefaultPipeline"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputTooLargeException">The page exceeds the pipeline's limits.</exception>
    public static CleanResult ProcessHtml(Stream html, BoilerplatePipeline? pipeline) => (pipeline ?? DefaultPipeline).ProcessHtml(html);

    /// <summary>Reads an HTML page from a stream, decodes it as a browser does and cleans it with <see cref="DefaultPipeline"/>.</summary>
    /// <param name="html">The page; read to its end, not closed.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputTooLargeException">The page exceeds the pipeline's limits.</exception>
    public static CleanResult ProcessHtml(Stream html) => ProcessHtml(html, null);

    /// <summary>
    /// Cleans a page whose kind is declared, or detected when <paramref name="kind"/> is <see cref="InputKind.Unknown"/>;
    /// see <see cref="BoilerplatePipeline.Process(ReadOnlySpan{byte}, InputKind, Uri?)"/>.
    /// </summary>
    /// <param name="content">The page as fetched or read from a file.</param>
    /// <param name="kind">What the content is, or <see cref="InputKind.Unknown"/> (the default) to detect it.</param>
    /// <param name="pipeline">The pipeline to use, or <see langword="null"/> for <see cref="DefaultPipeline"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    /// <exception cref="UnexpectedInputKindException">The content is binary data.</exception>
    /// <exception cref="InputTooLargeException">The page exceeds the pipeline's limits.</exception>
    public static CleanResult ProcessContent(byte[] content, InputKind kind = InputKind.Unknown, BoilerplatePipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return (pipeline ?? DefaultPipeline).Process(content.AsSpan(), kind);
    }

    /// <summary>Reads an HTML page from a stream asynchronously, with a bound, and cleans it with <see cref="DefaultPipeline"/>; see <see cref="BoilerplatePipeline.ProcessHtmlAsync"/>.</summary>
    /// <param name="html">The page; read to its end, not closed.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputTooLargeException">The page exceeds the pipeline's limits.</exception>
    public static Task<CleanResult> ProcessHtmlAsync(Stream html, CancellationToken cancellationToken = default) =>
        DefaultPipeline.ProcessHtmlAsync(html, cancellationToken: cancellationToken);

    /// <summary>Reads a text dump from a stream asynchronously, with a bound, and cleans it with <see cref="DefaultPipeline"/>; see <see cref="BoilerplatePipeline.ProcessAsync"/>.</summary>
    /// <param name="text">The dump; read to its end, not closed.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="InputTooLargeException">The text exceeds the pipeline's limits.</exception>
    public static Task<CleanResult> ProcessAsync(Stream text, CancellationToken cancellationToken = default) =>
        DefaultPipeline.ProcessAsync(text, cancellationToken: cancellationToken);
}
