using System.Collections.Immutable;
using System.Diagnostics;
using Boilerplate.Html;
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
        PageDocument document = TextDocumentParser.Parse(limited, _stopwords);
        document.SiteTemplate = template;
        return Run(document, warnings, started);
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
        if (html.Length > (long)_limits.MaxInputChars * 4)
        {
            ThrowHelper.ThrowInputTooLarge(html.Length, _limits.MaxInputChars);
        }

        return ProcessHtml(HtmlDecoder.Decode(html), baseUrl, template);
    }

    /// <summary>Reads an HTML page from a stream (to its end), decodes it as a browser does and cleans it.</summary>
    /// <param name="html">The page as fetched; read to its end, not closed.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InputTooLargeException">The page is longer than <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public CleanResult ProcessHtml(Stream html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var buffer = new MemoryStream();
        html.CopyTo(buffer);
        return ProcessHtml(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Runs the filters over a document built by an input adapter.</summary>
    internal CleanResult Run(PageDocument document, CleanWarnings warnings, long started, Uri? baseUrl = null)
    {
        foreach (BoilerplateFilter filter in _filters)
        {
            filter.Apply(document);
        }

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
        new(document.Source, document.Blocks[..count].ToArray(), document.Format)
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
