using System.Buffers;
using System.Text;
using Boilerplate.Filters.Navigation;
using Boilerplate.Internal;
using Boilerplate.Languages;
using Boilerplate.Text;

namespace Boilerplate;

/// <summary>
/// Builds a <see cref="PageDocument"/> from an input format of your own (Markdown, PDF text, a feed): add the page's
/// elements and blocks in page order, then <see cref="Build"/> computes every block's features as the built-in inputs do,
/// and <see cref="BoilerplatePipeline.ProcessDocument(PageDocument, SiteTemplate?)"/> runs the filters over it.
/// </summary>
/// <remarks>
/// Give what the format knows: elements (<see cref="AddElement"/>) let the main-region filter find the article's
/// container, traits such as <see cref="BlockTraits.Heading"/> or <see cref="BlockTraits.InBoilerplateContainer"/> and
/// link text let the navigation filter and the classifier judge as they do for HTML. Word, letter, stopword and
/// script counts, <see cref="BlockTraits.TerminalPunctuation"/> and the page's language are computed.
/// The builder is not thread-safe; build one per page.
/// </remarks>
public sealed class PageDocumentBuilder
{
    private readonly StringBuilder _source = new();
    private readonly List<Block> _blocks = [];
    private readonly List<int> _parents = [];
    private readonly List<int> _depths = [];
    private readonly List<string> _tags = [];
    private readonly List<bool> _articleBodies = [];
    private readonly StringBuilder _names = new();
    private readonly List<Range> _classes = [];
    private readonly List<Range> _ids = [];
    private bool _blankBefore = true;
    private string? _firstHeading;

    /// <summary>Creates a builder for a page of <paramref name="format"/>.</summary>
    /// <param name="format">The form the page came in, reported in logs; <see cref="PageFormat.Text"/> for formats that are neither a dump nor HTML.</param>
    public PageDocumentBuilder(PageFormat format = PageFormat.Text)
    {
        Format = format;
        HasStructure = format == PageFormat.Html;
    }

    /// <summary>The form the page came in.</summary>
    public PageFormat Format { get; }

    /// <summary>Whether the format marks links, forms, tables and containers (<see cref="PageDocument.HasStructure"/>).</summary>
    /// <value>The default value is <see langword="true"/> for <see cref="PageFormat.Html"/>, otherwise <see langword="false"/>.</value>
    public bool HasStructure { get; set; }

    /// <summary>
    /// A title the format declares apart from its blocks (HTML's &lt;title&gt;, a Markdown file's front matter), or <see langword="null"/>.
    /// When it is set or a block has heading level 1, the title filter chooses among them as it does for HTML (the first
    /// level-1 heading when it agrees with the declared title or when there is none); otherwise it reads the first block as a dump's page title.
    /// </summary>
    public string? DeclaredTitle { get; set; }

    /// <summary>Number of blocks added so far.</summary>
    public int BlockCount => _blocks.Count;

    /// <summary>Number of elements added so far.</summary>
    public int ElementCount => _parents.Count;

    /// <summary>Adds an element (a section, a list, a container) of the page's <see cref="PageDocument.Outline"/>.</summary>
    /// <param name="parent">The enclosing element's index, or -1 for a root; it must be added before its children.</param>
    /// <param name="tag">A lower-case name for the kind of element (HTML's tag names serve: section, article, ul, li, nav).</param>
    /// <param name="class">Class names, as HTML's class attribute holds them, or empty.</param>
    /// <param name="id">An identifier, or empty.</param>
    /// <param name="isArticleBody">Whether the format marks the element as the article's body.</param>
    /// <returns>The element's index, for <paramref name="parent"/> of later elements and for <see cref="AddBlock"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parent"/> is not -1 or the index of an element already added.</exception>
    public int AddElement(int parent, string tag, ReadOnlySpan<char> @class = default, ReadOnlySpan<char> id = default, bool isArticleBody = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parent, -1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(parent, _parents.Count);
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        _parents.Add(parent);
        _depths.Add(parent < 0 ? 1 : _depths[parent] + 1);
        _tags.Add(tag);
        _articleBodies.Add(isArticleBody);
        _classes.Add(AddName(@class));
        _ids.Add(AddName(id));
        return _parents.Count - 1;
    }

    /// <summary>Adds a block: a paragraph, a heading, a list item, a line. Blank text adds no block and marks the next one <see cref="BlockTraits.BlankBefore"/>.</summary>
    /// <param name="text">The block's text; line breaks inside it become spaces, surrounding white space is trimmed.</param>
    /// <param name="traits">What the format knows about the block; <see cref="BlockTraits.TerminalPunctuation"/> is computed.</param>
    /// <param name="element">The innermost element holding the block, or -1.</param>
    /// <param name="linkCharCount">How many of the trimmed text's characters are link text.</param>
    /// <param name="headingLevel">1–6 for a heading (sets <see cref="BlockTraits.Heading"/>), otherwise 0.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="element"/>, <paramref name="linkCharCount"/> or <paramref name="headingLevel"/> is out of range.</exception>
    public PageDocumentBuilder AddBlock(ReadOnlySpan<char> text, BlockTraits traits = BlockTraits.None, int element = -1, int linkCharCount = 0, int headingLevel = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(element, -1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(element, _parents.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(linkCharCount);
        ArgumentOutOfRangeException.ThrowIfNegative(headingLevel);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(headingLevel, 6);
        ReadOnlySpan<char> trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            _blankBefore = true;
            return this;
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(linkCharCount, trimmed.Length);
        if (_blocks.Count > 0)
        {
            _source.Append('\n');
        }

        int start = _source.Length;
        foreach (char c in trimmed)
        {
            _source.Append(c is '\n' or '\r' ? ' ' : c);
        }

        _blocks.Add(new Block
        {
            Start = start,
            Length = trimmed.Length,
            LineNumber = _blocks.Count + 1,
            LinkCharCount = linkCharCount,
            Traits = (traits & ~BlockTraits.TerminalPunctuation)
                | (_blankBefore ? BlockTraits.BlankBefore : BlockTraits.None)
                | (headingLevel > 0 ? BlockTraits.Heading : BlockTraits.None),
            HeadingLevel = headingLevel,
            Depth = element < 0 ? 0 : _depths[element],
            Tag = element < 0 ? null : _tags[element],
            Element = element,
            MarkupStart = -1,
        });
        _blankBefore = false;
        if (headingLevel == 1)
        {
            _firstHeading ??= _source.ToString(start, trimmed.Length);
        }

        return this;
    }

    /// <summary>Computes the blocks' features and the page's language and script, and returns the document.</summary>
    /// <returns>A new document, ready for <see cref="BoilerplatePipeline.ProcessDocument(PageDocument, SiteTemplate?)"/>; the builder can go on to build another.</returns>
    public PageDocument Build()
    {
        string source = _source.ToString();
        Block[] blocks = [.. _blocks];
        var scriptCountsBuffer = default(Buffer256<int>);
        Span<int> scriptCounts = (Span<int>)scriptCountsBuffer;
        LexiconHints[] lexicon = ArrayPool<LexiconHints>.Shared.Rent(blocks.Length);
        FeatureScanner.ScanBlocks(source, blocks, lexicon, Stopwords.Default, scriptCounts, out string? language);
        var document = new PageDocument(source, blocks, Format, lexicon)
        {
            Language = language,
            HasStructure = HasStructure,
            HtmlTitles = DeclaredTitle is null && _firstHeading is null ? null : new HtmlTitles(DeclaredTitle, null, _firstHeading),
            Outline = _parents.Count == 0 ? null
                : new PageOutline([.. _parents], [.. _tags], [.. _articleBodies], _names.ToString(), [.. _classes], [.. _ids]),
        };
        TextDocumentParser.SetMainScript(document, scriptCounts);
        return document;
    }

    private Range AddName(ReadOnlySpan<char> name)
    {
        int start = _names.Length;
        _names.Append(name);
        return start.._names.Length;
    }
}
