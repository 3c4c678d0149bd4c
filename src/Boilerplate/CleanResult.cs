namespace Boilerplate;

/// <summary>The article found in a page, with every block's decision.</summary>
public sealed class CleanResult
{
    internal CleanResult(PageDocument document, string text, CleanWarnings warnings = CleanWarnings.None, PageMetadata? metadata = null)
    {
        Document = document;
        Text = text;
        Warnings = warnings;
        Metadata = metadata ?? PageMetadata.Empty;
        foreach (ref readonly Block block in document.Blocks)
        {
            if (!block.IsRemoved)
            {
                KeptCount++;
            }
        }
    }

    /// <summary>The article's title, or <see langword="null"/> when none was found.</summary>
    public string? Title => Document.Title;

    /// <summary>
    /// What the page says about its article: title, authors, dates, site name, description, canonical URL, language, lead
    /// image, categories, tags, licence and page type; <see cref="PageMetadata.Empty"/> when the pipeline was built with
    /// <see cref="BoilerplatePipelineBuilder.ExtractMetadata"/> off.
    /// </summary>
    public PageMetadata Metadata { get; }

    /// <summary>The article body: the kept blocks in page order, one per line.</summary>
    public string Text { get; }

    /// <summary>The page with every block and its label, filter and reason.</summary>
    public PageDocument Document { get; }

    /// <summary>
    /// Limits that cut the input, and whether the article may have been lost; <see cref="CleanWarnings.None"/> for almost
    /// every page. A result with a warning is still a complete, consistent result for the part of the page that was read.
    /// </summary>
    public CleanWarnings Warnings { get; }

    /// <summary>Number of blocks kept in <see cref="Text"/>.</summary>
    public int KeptCount { get; }

    /// <summary>Number of blocks left out of <see cref="Text"/> (boilerplate and title lines).</summary>
    public int RemovedCount => Document.Count - KeptCount;

    /// <summary>
    /// The article as Markdown: the title as a level-1 heading, then the kept blocks with the structure the markup gave them
    /// (headings, ordered and unordered list items, block quotes, fenced code, table rows). Text dumps give plain paragraphs.
    /// </summary>
    /// <returns>The Markdown text, ending with a line break.</returns>
    /// <remarks>Text only, as in earlier versions: links and images need <see cref="ToMarkdown(OutputOptions?)"/>.</remarks>
    public string ToMarkdown() => Internal.MarkdownWriter.Write(Document, BaseUrl, Internal.MarkdownWriter.TextOnly);

    /// <summary>
    /// The article as Markdown, as <see cref="ToMarkdown()"/>, with links (<c>[text](url)</c>) and images (<c>![alt](url)</c>),
    /// tables and comments as <paramref name="options"/> say.
    /// </summary>
    /// <param name="options">What to render; <see langword="null"/> for the defaults of <see cref="OutputOptions"/> (links, tables and comments; no images).</param>
    /// <returns>The Markdown text, ending with a line break.</returns>
    public string ToMarkdown(OutputOptions? options) => Internal.MarkdownWriter.Write(Document, BaseUrl, options ?? OutputOptions.Default);

    /// <summary>
    /// The article body as clean HTML: the kept blocks in an <c>&lt;article&gt;</c>, with the structure the markup gave them
    /// (h1–h6, p, ul/ol/li, blockquote, pre/code, table/tr/th/td), links with absolute <c>href</c> and, when asked, images
    /// with absolute <c>src</c> and <c>alt</c>. The title is not repeated (it is <see cref="Title"/>). Text dumps give paragraphs.
    /// </summary>
    /// <remarks>
    /// Safe whatever the input holds: only the elements above and the attributes <c>a/href</c>, <c>img/src</c> and
    /// <c>img/alt</c> are written, text is escaped, and URLs are absolute http(s) (links also mailto; images also base64
    /// <c>data:image</c> with <see cref="OutputOptions.AllowDataImages"/>). Relative URLs need the base URL given to the
    /// HTML call; without it their links become plain text. The text read back is <see cref="Text"/>'s.
    /// </remarks>
    /// <param name="options">What to render; <see langword="null"/> for the defaults of <see cref="OutputOptions"/>.</param>
    /// <returns>The HTML, ending with a line break.</returns>
    public string ToHtml(OutputOptions? options = null) => Output.HtmlWriter.Write(Document, BaseUrl, options ?? OutputOptions.Default);

    /// <summary>The page's base URL for relative links: the one given to the HTML call, or the page's &lt;base href&gt; resolved against it.</summary>
    internal Uri? BaseUrl { get; init; }

    /// <summary>Every block with its decision, in page order. Allocates a string per block: meant for reports, not hot loops.</summary>
    /// <returns>One entry per block.</returns>
    public IEnumerable<BlockDecision> Explain()
    {
        for (int i = 0; i < Document.Count; i++)
        {
            Block block = Document[i];
            yield return new BlockDecision(i, block.LineNumber, Document.GetText(i).ToString(), block.Label, block.Filter, block.Reason)
            {
                Code = block.Code,
                Kind = block.Kind,
            };
        }
    }
}
