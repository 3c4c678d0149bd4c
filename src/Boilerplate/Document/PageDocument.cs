using System.Buffers;
using Boilerplate.Filters.Navigation;
using Boilerplate.Languages;
using Boilerplate.Text;

namespace Boilerplate;

/// <summary>
/// A page as the filters see it: the source text and its blocks, each a range into the source with its
/// features and label. Filters label blocks; nothing is removed until <see cref="BoilerplatePipeline"/>
/// assembles the article, so every filter can look at a block's neighbours and every removal keeps its reason.
/// </summary>
/// <remarks>
/// A document belongs to one call of the pipeline and is not thread-safe. It stays valid after the call,
/// through <see cref="CleanResult.Document"/>, so callers can inspect every block's decision.
/// </remarks>
public sealed class PageDocument
{
    private readonly Block[] _blocks;

    // Rented, at least as long as the blocks; null once returned to the pool.
    private LexiconHints[]? _lexiconHints;

    internal PageDocument(string source, Block[] blocks, PageFormat format, LexiconHints[]? lexiconHints)
    {
        Source = source;
        _blocks = blocks;
        _lexiconHints = lexiconHints;
        Format = format;
        HasStructure = format == PageFormat.Html;
    }

    /// <summary>The text every block's range points into: the dump itself, or for HTML the text extracted from the markup, one block per line.</summary>
    public string Source { get; }

    /// <summary>
    /// For HTML input, the decoded markup that <see cref="Block.MarkupStart"/> points into, with the content of script and
    /// style elements removed (the elements stay, empty) and, past <see cref="PipelineLimits"/>, elements flattened;
    /// otherwise <see langword="null"/>.
    /// </summary>
    public string? Markup { get; internal set; }

    /// <summary>For HTML input, at least the characters of <see cref="Markup"/> outside tags, comments, scripts and styles.</summary>
    internal int MarkupTextBound { get; set; } = int.MaxValue;

    /// <summary>For HTML input, the page's &lt;title&gt;, og:title and first h1; reconciled into <see cref="Title"/> by the title filter.</summary>
    internal HtmlTitles? HtmlTitles { get; set; }

    /// <summary>For HTML input read by a pipeline that extracts metadata, what the markup declares (meta, link, JSON-LD, microdata).</summary>
    internal Metadata.MarkupMetadata? MarkupMetadata { get; set; }

    /// <summary>The elements the blocks sit in (HTML's block-level elements, parents before children), or <see langword="null"/> for an input without them (a text dump).</summary>
    public PageOutline? Outline { get; internal set; }

    /// <summary>
    /// Whether the input marks structure: links (<see cref="Block.LinkCharCount"/>), forms, tables and containers
    /// (<see cref="BlockTraits"/> beyond <see cref="BlockTraits.BlankBefore"/> and <see cref="BlockTraits.TerminalPunctuation"/>).
    /// Filters read a missing mark as "not known" only when this is <see langword="true"/>: a plain-text dump's lines have no links because the dump
    /// cannot say, not because they hold none.
    /// </summary>
    public bool HasStructure { get; internal init; }

    /// <summary>The form the page came in.</summary>
    public PageFormat Format { get; }

    /// <summary>Number of blocks.</summary>
    public int Count => _blocks.Length;

    /// <summary>All blocks, in page order.</summary>
    public ReadOnlySpan<Block> Blocks => _blocks;

    /// <summary>The block at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based block index.</param>
    public ref readonly Block this[int index] => ref _blocks[index];

    /// <summary>ISO 639-1 code of the language whose stopwords cover most of the page's words, or <see langword="null"/> when none is clear.</summary>
    public string? Language { get; internal set; }

    /// <summary>The script most of the page's letters are written in (<see cref="Script.Han"/> stands for Chinese, Japanese and Korean), or <see cref="Script.Unknown"/> for a page without letters.</summary>
    public Script MainScript { get; internal set; }

    /// <summary>Share of the page's letters written in <see cref="MainScript"/>, from 0 to 1; each Han or kana letter weighs as three letters of an alphabet.</summary>
    public double MainScriptShare { get; internal set; }

    /// <summary>Number of letters on the page.</summary>
    public int LetterCount { get; internal set; }

    /// <summary>The site template passed with the call (<see cref="BoilerplatePipeline.Process(string, SiteTemplate?)"/>), or <see langword="null"/>.</summary>
    public SiteTemplate? SiteTemplate { get; internal set; }

    /// <summary>The article's title, once a filter has found it.</summary>
    public string? Title { get; set; }

    /// <summary>
    /// Per block, what the scan that built the document counted for the navigation lexicon (<see cref="NavigationFilter"/>
    /// reads it). Once a pipeline has returned them to the pool, the first read counts them again and keeps them.
    /// </summary>
    internal ReadOnlySpan<LexiconHints> LexiconHints
    {
        get
        {
            if (_lexiconHints is null)
            {
                _lexiconHints = ArrayPool<LexiconHints>.Shared.Rent(_blocks.Length);
                FeatureScanner.ScanLexicon(this, _lexiconHints.AsSpan(0, _blocks.Length), Stopwords.Default);
            }

            return _lexiconHints.AsSpan(0, _blocks.Length);
        }
    }

    /// <summary>Takes the rented lexicon hints away from the document, for a copy of it that keeps its first blocks.</summary>
    internal LexiconHints[]? TakeLexiconHints()
    {
        LexiconHints[]? hints = _lexiconHints;
        _lexiconHints = null;
        return hints;
    }

    /// <summary>Returns the lexicon hints to the pool once the filters have run: a document can outlive its call by far.</summary>
    internal void ReturnLexiconHints()
    {
        if (TakeLexiconHints() is { } hints)
        {
            ArrayPool<LexiconHints>.Shared.Return(hints);
        }
    }

    /// <summary>The text of the block at <paramref name="index"/>, as a range of <see cref="Source"/>.</summary>
    /// <param name="index">Zero-based block index.</param>
    /// <returns>The block's characters; no string is allocated.</returns>
    public ReadOnlySpan<char> GetText(int index)
    {
        ref readonly Block block = ref _blocks[index];
        return Source.AsSpan(block.Start, block.Length);
    }

    /// <summary>Labels an undecided block as boilerplate, with a reason of the caller's (<see cref="DecisionKind.User"/>, <see cref="DecisionCode.Custom"/>).</summary>
    /// <param name="index">Zero-based block index.</param>
    /// <param name="filter">Name of the deciding filter (<see cref="BoilerplateFilter.Name"/>).</param>
    /// <param name="reason">Why, in a few words. Use a constant string: it is stored, not copied.</param>
    /// <returns><see langword="true"/> when the block was undecided and is now boilerplate; <see langword="false"/> when an earlier filter had already decided it.</returns>
    public bool Drop(int index, string filter, string reason) => Decide(index, BlockLabel.Boilerplate, filter, DecisionCode.Custom, reason);

    /// <summary>Labels an undecided block as boilerplate, for <paramref name="code"/>'s reason and kind.</summary>
    /// <param name="index">Zero-based block index.</param>
    /// <param name="filter">Name of the deciding filter (<see cref="BoilerplateFilter.Name"/>).</param>
    /// <param name="code">Why; the block's <see cref="Block.Reason"/> becomes its text and <see cref="Block.Kind"/> its kind.</param>
    /// <returns><see langword="true"/> when the block was undecided and is now boilerplate.</returns>
    public bool Drop(int index, string filter, DecisionCode code) => Decide(index, BlockLabel.Boilerplate, filter, code, ReasonOf(code));

    /// <summary>Labels an undecided block as article content, with a reason of the caller's (<see cref="DecisionKind.User"/>).</summary>
    /// <param name="index">Zero-based block index.</param>
    /// <param name="filter">Name of the deciding filter.</param>
    /// <param name="reason">Why, in a few words.</param>
    /// <returns><see langword="true"/> when the block was undecided and is now content.</returns>
    public bool Keep(int index, string filter, string reason) => Decide(index, BlockLabel.Content, filter, DecisionCode.Custom, reason);

    /// <summary>Labels an undecided block as article content, for <paramref name="code"/>'s reason and kind.</summary>
    /// <param name="index">Zero-based block index.</param>
    /// <param name="filter">Name of the deciding filter.</param>
    /// <param name="code">Why.</param>
    /// <returns><see langword="true"/> when the block was undecided and is now content.</returns>
    public bool Keep(int index, string filter, DecisionCode code) => Decide(index, BlockLabel.Content, filter, code, ReasonOf(code));

    /// <summary>Labels an undecided block as the title: reported once in <see cref="Title"/> and left out of the body.</summary>
    /// <param name="index">Zero-based block index.</param>
    /// <param name="filter">Name of the deciding filter.</param>
    /// <param name="reason">Why, in a few words (<see cref="DecisionKind.User"/>).</param>
    /// <returns><see langword="true"/> when the block was undecided and is now the title.</returns>
    public bool MarkTitle(int index, string filter, string reason) => Decide(index, BlockLabel.Title, filter, DecisionCode.Custom, reason);

    /// <summary>Labels an undecided block as the title, for <paramref name="code"/>'s reason and kind.</summary>
    /// <param name="index">Zero-based block index.</param>
    /// <param name="filter">Name of the deciding filter.</param>
    /// <param name="code">Why.</param>
    /// <returns><see langword="true"/> when the block was undecided and is now the title.</returns>
    public bool MarkTitle(int index, string filter, DecisionCode code) => Decide(index, BlockLabel.Title, filter, code, ReasonOf(code));

    /// <summary>Sets a block's label whatever an earlier filter decided, for filters that overrule others (for example a rescue of article lines).</summary>
    /// <param name="index">Zero-based block index.</param>
    /// <param name="label">The new label.</param>
    /// <param name="filter">Name of the deciding filter.</param>
    /// <param name="reason">Why, in a few words (<see cref="DecisionKind.User"/>).</param>
    public void Relabel(int index, BlockLabel label, string filter, string reason) => Set(index, label, filter, DecisionCode.Custom, reason);

    /// <summary>Sets a block's label whatever an earlier filter decided, for <paramref name="code"/>'s reason and kind.</summary>
    /// <param name="index">Zero-based block index.</param>
    /// <param name="label">The new label.</param>
    /// <param name="filter">Name of the deciding filter.</param>
    /// <param name="code">Why.</param>
    public void Relabel(int index, BlockLabel label, string filter, DecisionCode code) => Set(index, label, filter, code, ReasonOf(code));

    /// <summary>Labels an undecided block with a code and a reason text of its own (a template's page count).</summary>
    internal bool Decide(int index, BlockLabel label, string filter, DecisionCode code, string reason)
    {
        if (_blocks[index].Label != BlockLabel.Undecided)
        {
            return false;
        }

        Set(index, label, filter, code, reason);
        return true;
    }

    internal void SetClass(int index, ContentClass contentClass) => _blocks[index].Class = contentClass;

    internal ref Block GetMutable(int index) => ref _blocks[index];

    private static string ReasonOf(DecisionCode code) =>
        code is DecisionCode.None or > (DecisionCode)byte.MaxValue
            ? throw new ArgumentOutOfRangeException(nameof(code), "A decision needs a defined code; DecisionCode.None marks an undecided block.")
            : code.GetReason();

    private void Set(int index, BlockLabel label, string filter, DecisionCode code, string reason)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(reason);
        ref Block block = ref _blocks[index];
        bool undecided = label == BlockLabel.Undecided;
        block.Label = label;
        block.Filter = undecided ? null : filter;
        block.Reason = undecided ? null : reason;
        block.Code = undecided ? DecisionCode.None : code;
    }
}
