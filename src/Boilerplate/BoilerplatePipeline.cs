using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics;
using Boilerplate.Html;
using Boilerplate.Input;
using Boilerplate.Internal;
using Boilerplate.Languages;
using Boilerplate.Metadata;
using Boilerplate.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Boilerplate;

/// <summary>
/// An immutable sequence of filters that turns a page into its article. Get one from
/// <see cref="BoilerplatePipelineBuilder.Build"/>, or use the default through <see cref="Cleaner"/>.
/// </summary>
/// <remarks>The pipeline is immutable and thread-safe: build it once and share it between threads.</remarks>
public sealed partial class BoilerplatePipeline
{
    private readonly ImmutableArray<BoilerplateFilter> _filters;
    private readonly PipelineLimits _limits;
    private readonly ILogger _logger;
    private readonly Stopwords _stopwords;
    private readonly bool _extractMetadata;

    internal BoilerplatePipeline(ImmutableArray<BoilerplateFilter> filters, PipelineLimits limits, ILoggerFactory? loggerFactory, bool extractMetadata = true)
    {
        _filters = filters;
        _extractMetadata = extractMetadata;
        _limits = limits;
        _stopwords = Stopwords.Default;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Boilerplate.Pipeline");
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            string names = string.Join(",", filters.Select(f => f.Name));
            Log.PipelineBuilt(_logger, filters.Length, names);
        }
    }

    /// <summary>The class and id words the HTML parser reads containers by (<see cref="BoilerplatePipelineBuilder.ContainerWords"/>).</summary>
    internal WordTable ContainerWords { get; init; } = ContainerHints.DefaultWords;

    /// <summary>The filters, in the order they run.</summary>
    public IReadOnlyList<BoilerplateFilter> Filters => _filters;

    /// <summary>Cleans a text dump and returns the article text: the kept blocks, one per line, without the title.</summary>
    /// <param name="text">The page's visible text, one block per line.</param>
    /// <returns>The article body; empty when nothing of the page is article.</returns>
    /// <exception cref="InputTooLargeException"><paramref name="text"/> is longer than <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public string Clean(string text) => Process(text).Text;

    /// <summary>Cleans a text dump and returns the title, the body and every block with its decision.</summary>
    /// <param name="text">The page's visible text, one block per line.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InputTooLargeException"><paramref name="text"/> is longer than <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public CleanResult Process(string text) => Process(text, null);

    /// <summary>
    /// Cleans a text dump of a site whose <paramref name="template"/> was learnt from its pages: blocks that recur on
    /// enough of them are dropped too. A <see langword="null"/> template, or one of too few pages, gives the result of
    /// <see cref="Process(string)"/>.
    /// </summary>
    /// <param name="text">The page's visible text, one block per line.</param>
    /// <param name="template">The site's template, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InputTooLargeException"><paramref name="text"/> is longer than <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public CleanResult Process(string text, SiteTemplate? template)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > _limits.MaxInputChars)
        {
            ThrowHelper.ThrowInputTooLarge(text.Length, _limits.MaxInputChars);
        }

        long started = Stopwatch.GetTimestamp();
        string limited = TextLimiter.Limit(text, _limits.MaxLineChars, _limits.MaxBlocks, out CleanWarnings warnings);
        warnings |= InputSniffer.Detect(text) switch
        {
            InputKind.Html => CleanWarnings.MarkupInTextDump,
            InputKind.Binary => CleanWarnings.BinaryInput,
            _ => CleanWarnings.None,
        };
        PageDocument document = TextDocumentParser.Parse(limited, _stopwords);
        document.SiteTemplate = template;
        return Run(document, warnings, started);
    }

    /// <summary>
    /// Cleans a page whose kind is declared, or detected when <paramref name="kind"/> is <see cref="InputKind.Unknown"/>
    /// (see <see cref="InputSniffer"/>): a text dump is decoded as UTF-8 unless a byte order mark says otherwise, HTML as
    /// a browser decodes it. Markup declared as a text dump is cleaned as text with <see cref="CleanWarnings.MarkupInTextDump"/>.
    /// </summary>
    /// <param name="content">The page as fetched or read from a file.</param>
    /// <param name="kind">What the content is, or <see cref="InputKind.Unknown"/> to detect it.</param>
    /// <param name="baseUrl">For HTML, the page's absolute URL, used only to resolve relative URLs; <see langword="null"/> leaves them out.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is <see cref="InputKind.Binary"/> or not a member of <see cref="InputKind"/>.</exception>
    /// <exception cref="UnexpectedInputKindException">The content is binary data.</exception>
    /// <exception cref="InputTooLargeException">The content is longer than <see cref="PipelineLimits.MaxInputBytes"/>, or decoded longer than <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public CleanResult Process(ReadOnlySpan<byte> content, InputKind kind, Uri? baseUrl = null)
    {
        if (kind is not (InputKind.Unknown or InputKind.TextDump or InputKind.Html))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Declare a text dump, HTML or Unknown (to detect it).");
        }

        if (content.Length > _limits.MaxInputBytes)
        {
            ThrowHelper.ThrowInputTooLarge(content.Length, _limits.MaxInputBytes, InputSizeUnit.Bytes);
        }

        InputKind detected = InputSniffer.Detect(content);
        if (detected == InputKind.Binary)
        {
            ThrowHelper.ThrowBinaryInput(kind);
        }

        return (kind == InputKind.Unknown ? detected : kind) == InputKind.Html
            ? ProcessHtml(content, baseUrl, template: null)
            : Process(DumpDecoder.Decode(content), template: null);
    }

    /// <summary>
    /// Reads a text dump from a stream asynchronously, decoded as UTF-8 unless a byte order mark says otherwise, and
    /// cleans it. Reading stops as soon as the text passes <see cref="PipelineLimits.MaxInputChars"/>, so an endless or
    /// hostile stream costs at most the limit.
    /// </summary>
    /// <param name="text">The dump; read to its end, not closed.</param>
    /// <param name="template">The site's template, or <see langword="null"/>; see <see cref="Process(string, SiteTemplate?)"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InputTooLargeException">The text has more than <see cref="PipelineLimits.MaxInputChars"/> characters.</exception>
    public async Task<CleanResult> ProcessAsync(Stream text, SiteTemplate? template = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        string read = await BoundedRead.TextAsync(text, _limits.MaxInputChars, cancellationToken).ConfigureAwait(false);
        return Process(read, template);
    }

    /// <summary>Cleans an HTML page and returns the title, the body and every block with its decision.</summary>
    /// <param name="html">The page's markup, already decoded.</param>
    /// <returns>The result; <see cref="PageDocument.Markup"/> holds the markup the blocks' markup ranges point into.</returns>
    /// <exception cref="InputTooLargeException"><paramref name="html"/> is longer than <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public CleanResult ProcessHtml(string html) => ProcessHtml(html, baseUrl: null, template: null);

    /// <summary>Cleans an HTML page of a site whose <paramref name="template"/> was learnt from its pages; see <see cref="Process(string, SiteTemplate?)"/>.</summary>
    /// <param name="html">The page's markup, already decoded.</param>
    /// <param name="template">The site's template, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InputTooLargeException"><paramref name="html"/> is longer than <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public CleanResult ProcessHtml(string html, SiteTemplate? template) => ProcessHtml(html, baseUrl: null, template);

    /// <summary>Cleans an HTML page whose address is known, so relative URLs (canonical, image, links) become absolute.</summary>
    /// <param name="html">The page's markup, already decoded.</param>
    /// <param name="baseUrl">The page's absolute URL, used only to resolve relative URLs; <see langword="null"/> leaves them out.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InputTooLargeException"><paramref name="html"/> is longer than <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public CleanResult ProcessHtml(string html, Uri? baseUrl) => ProcessHtml(html, baseUrl, template: null);

    /// <summary>Cleans an HTML page whose address is known, with its site's template.</summary>
    /// <param name="html">The page's markup, already decoded.</param>
    /// <param name="baseUrl">The page's absolute URL, used only to resolve relative URLs; <see langword="null"/> leaves them out.</param>
    /// <param name="template">The site's template, or <see langword="null"/>; see <see cref="Process(string, SiteTemplate?)"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InputTooLargeException"><paramref name="html"/> is longer than <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public CleanResult ProcessHtml(string html, Uri? baseUrl, SiteTemplate? template)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > _limits.MaxInputChars)
        {
            ThrowHelper.ThrowInputTooLarge(html.Length, _limits.MaxInputChars);
        }

        long started = Stopwatch.GetTimestamp();
        PageDocument document = HtmlDocumentParser.Parse(html, _stopwords, _limits.MaxHtmlDepth, _limits.MaxHtmlElements, out bool flattened, _extractMetadata, ContainerWords);
        CleanWarnings warnings = flattened ? CleanWarnings.HtmlFlattened : CleanWarnings.None;
        if (InputSniffer.Detect(html) == InputKind.Binary)
        {
            warnings |= CleanWarnings.BinaryInput;
        }

        if (document.Count > _limits.MaxBlocks)
        {
            document = FirstBlocks(document, _limits.MaxBlocks);
            warnings |= CleanWarnings.BlocksTruncated;
        }

        document.SiteTemplate = template;
        return Run(document, warnings, started, baseUrl);
    }

    /// <summary>Decodes HTML bytes as a browser does (byte order mark, then &lt;meta charset&gt;, then UTF-8 if valid, else windows-1252) and cleans the page.</summary>
    /// <param name="html">The page as fetched.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InputTooLargeException">The decoded page is longer than <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public CleanResult ProcessHtml(ReadOnlySpan<byte> html) => ProcessHtml(html, baseUrl: null, template: null);

    /// <summary>Decodes HTML bytes as a browser does and cleans the page with its site's <paramref name="template"/>; see <see cref="Process(string, SiteTemplate?)"/>.</summary>
    /// <param name="html">The page as fetched.</param>
    /// <param name="template">The site's template, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InputTooLargeException">The decoded page is longer than <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public CleanResult ProcessHtml(ReadOnlySpan<byte> html, SiteTemplate? template) => ProcessHtml(html, baseUrl: null, template);

    /// <summary>Decodes HTML bytes as a browser does and cleans the page, resolving relative URLs against its address.</summary>
    /// <param name="html">The page as fetched.</param>
    /// <param name="baseUrl">The page's absolute URL, used only to resolve relative URLs; <see langword="null"/> leaves them out.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InputTooLargeException">The decoded page is longer than <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public CleanResult ProcessHtml(ReadOnlySpan<byte> html, Uri? baseUrl) => ProcessHtml(html, baseUrl, template: null);

    /// <summary>Decodes HTML bytes as a browser does and cleans the page, resolving relative URLs against its address, with its site's template.</summary>
    /// <param name="html">The page as fetched.</param>
    /// <param name="baseUrl">The page's absolute URL, used only to resolve relative URLs; <see langword="null"/> leaves them out.</param>
    /// <param name="template">The site's template, or <see langword="null"/>; see <see cref="Process(string, SiteTemplate?)"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InputTooLargeException">The decoded page is longer than <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public CleanResult ProcessHtml(ReadOnlySpan<byte> html, Uri? baseUrl, SiteTemplate? template)
    {
        if (html.Length > _limits.MaxInputBytes)
        {
            ThrowHelper.ThrowInputTooLarge(html.Length, _limits.MaxInputBytes, InputSizeUnit.Bytes);
        }

        return ProcessHtml(HtmlDecoder.Decode(html), baseUrl, template);
    }

    /// <summary>
    /// Reads an HTML page from a stream, decodes it as a browser does and cleans it. Reading stops as soon as the page
    /// passes <see cref="PipelineLimits.MaxInputBytes"/>. In ASP.NET Core, where synchronous reads of a request body are
    /// disallowed, use <see cref="ProcessHtmlAsync"/>.
    /// </summary>
    /// <param name="html">The page as fetched; read to its end, not closed.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InputTooLargeException">The page has more than <see cref="PipelineLimits.MaxInputBytes"/> bytes, or decoded more than <see cref="PipelineLimits.MaxInputChars"/> characters.</exception>
    public CleanResult ProcessHtml(Stream html)
    {
        ArgumentNullException.ThrowIfNull(html);
        byte[] buffer = BoundedRead.Bytes(html, _limits.MaxInputBytes, out int length);
        try
        {
            return ProcessHtml(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reads an HTML page from a stream asynchronously (a request body, a response), decodes it as a browser does and
    /// cleans it. Reading stops as soon as the page passes <see cref="PipelineLimits.MaxInputBytes"/>, so an endless or
    /// hostile stream costs at most the limit; the cleaning itself runs synchronously once the page is read.
    /// </summary>
    /// <param name="html">The page as fetched; read to its end, not closed.</param>
    /// <param name="baseUrl">The page's absolute URL, used only to resolve relative URLs; <see langword="null"/> leaves them out.</param>
    /// <param name="template">The site's template, or <see langword="null"/>; see <see cref="Process(string, SiteTemplate?)"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InputTooLargeException">The page has more than <see cref="PipelineLimits.MaxInputBytes"/> bytes, or decoded more than <see cref="PipelineLimits.MaxInputChars"/> characters.</exception>
    public async Task<CleanResult> ProcessHtmlAsync(Stream html, Uri? baseUrl = null, SiteTemplate? template = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        (byte[] buffer, int length) = await BoundedRead.BytesAsync(html, _limits.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        try
        {
            return ProcessHtml(buffer.AsSpan(0, length), baseUrl, template);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Runs the filters over a document built by an input adapter.</summary>
    internal CleanResult Run(PageDocument document, CleanWarnings warnings, long started, Uri? baseUrl = null)
    {
        foreach (BoilerplateFilter filter in _filters)
        {
            filter.Apply(document);
        }

        document.ReturnLexiconHints();

        if (ArticleLossCheck.MayBeLost(document, out int paragraphs, out int paragraphWords, out int keptParagraphWords))
        {
            warnings |= CleanWarnings.ArticleMayBeLost;
            Log.ArticleMayBeLost(_logger, document.Format, document.Count, paragraphs, paragraphWords, keptParagraphWords);
        }
        else if (ArticleLossCheck.TextLostInParsing(document, out int markupLetters))
        {
            warnings |= CleanWarnings.ArticleMayBeLost;
            Log.TextLostInParsing(_logger, document.Markup!.Length, markupLetters, document.LetterCount);
        }

        if ((warnings & (CleanWarnings.LineTruncated | CleanWarnings.BlocksTruncated | CleanWarnings.HtmlFlattened)) != 0)
        {
            Log.InputLimited(_logger, document.Format, document.Source.Length, document.Count, warnings);
        }

        PageMetadata? metadata = _extractMetadata ? MetadataBuilder.Build(document, baseUrl, DateTime.UtcNow) : null;
        var result = new CleanResult(document, ArticleAssembler.Assemble(document), warnings, metadata)
        {
            BaseUrl = MetadataBuilder.BaseOf(baseUrl, document.MarkupMetadata?.BaseHref),
        };
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            double elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            string language = document.Language ?? "none";
            Log.PageCleaned(
                _logger,
                document.Format,
                document.Source.Length,
                document.Count,
                result.KeptCount,
                language,
                elapsedMs);
        }

        return result;
    }

    /// <summary>The first <paramref name="count"/> blocks of an HTML page, as if the page ended there; page-level facts are kept.</summary>
    private static PageDocument FirstBlocks(PageDocument document, int count) =>
        new(document.Source, document.Blocks[..count].ToArray(), document.Format, document.TakeLexiconHints())
        {
            Language = document.Language,
            Markup = document.Markup,
            MarkupMetadata = document.MarkupMetadata,
            HtmlTitles = document.HtmlTitles,
            SiteTemplate = document.SiteTemplate,
            Outline = document.Outline,
            HasStructure = document.HasStructure,
            MainScript = document.MainScript,
            MainScriptShare = document.MainScriptShare,
            LetterCount = document.LetterCount,
        };
}
