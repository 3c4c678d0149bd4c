namespace Boilerplate;

/// <summary>
/// What several pages of one site have in common: which blocks recur and on how many of the pages, learnt with a
/// <see cref="SiteTemplateBuilder"/>. A block is known by the hash of its normalised text (letters and digits
/// lower-cased, everything else one separator) and, for HTML, also by that hash combined with where it sits (the tag
/// names of its element and of the elements above it, and what its containers' class/id words and roles say). Only keys found on at least two pages are kept, with their
/// page counts: a template holds no page text.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe: learn it once per site, share it between threads, pass it to
/// <see cref="BoilerplatePipeline.Process(string, SiteTemplate?)"/> or
/// <see cref="BoilerplatePipeline.ProcessHtml(string, SiteTemplate?)"/>, where the site-template filter drops the blocks
/// that recur on enough of the site's pages.
/// </para>
/// <para>
/// Memory: 12 bytes per recurring key, at most <see cref="SiteTemplateBuilder.MaxKeys"/> keys of each kind (text and
/// place), so at most 6 MiB.
/// Saved with <see cref="Save"/> in the documented format read by <see cref="Load"/>.
/// </para>
/// </remarks>
public sealed class SiteTemplate
{
    private readonly ulong[] _textKeys;
    private readonly int[] _textPages;
    private readonly ulong[] _placeKeys;
    private readonly int[] _placePages;

    // Drop reasons ("on 7 of 12 pages of the site") made once per page count and shared by every call.
    private readonly string?[] _reasons;

    internal SiteTemplate(int pageCount, int htmlPageCount, ulong[] textKeys, int[] textPages, ulong[] placeKeys, int[] placePages)
    {
        PageCount = pageCount;
        HtmlPageCount = htmlPageCount;
        _textKeys = textKeys;
        _textPages = textPages;
        _placeKeys = placeKeys;
        _placePages = placePages;
        _reasons = new string?[Math.Min(pageCount, 4096) + 1];
    }

    /// <summary>An empty template: no pages, so the filter changes nothing.</summary>
    public static SiteTemplate Empty { get; } = new(0, 0, [], [], [], []);

    /// <summary>Number of pages the template was learnt from.</summary>
    public int PageCount { get; }

    /// <summary>Number of those pages that were HTML; their blocks also carry where they sit.</summary>
    public int HtmlPageCount { get; }

    /// <summary>Number of normalised texts found on at least two pages.</summary>
    public int RecurringTextCount => _textKeys.Length;

    /// <summary>Number of (text, element path) pairs found on at least two HTML pages.</summary>
    public int RecurringPlaceCount => _placeKeys.Length;

    /// <summary>Learns a template from text dumps in one call.</summary>
    /// <param name="dumps">The site's pages as text dumps, one block per line.</param>
    /// <returns>The template.</returns>
    public static SiteTemplate LearnText(IEnumerable<string> dumps) => Learn(dumps, static (builder, dump) => builder.AddText(dump));

    /// <summary>Learns a template from HTML pages in one call.</summary>
    /// <param name="pages">The site's pages as decoded markup.</param>
    /// <returns>The template.</returns>
    public static SiteTemplate LearnHtml(IEnumerable<string> pages) => Learn(pages, static (builder, page) => builder.AddHtml(page));

    /// <summary>
    /// On how many of the learnt pages the block at <paramref name="index"/> occurs: for an HTML block, when the
    /// template holds HTML pages, at the same place (same text under the same element path); otherwise with the same
    /// normalised text. A block found on one page only, or without words, gives 0.
    /// </summary>
    /// <param name="document">A page parsed by a pipeline.</param>
    /// <param name="index">The block's index.</param>
    /// <returns>The number of pages, from 0 to <see cref="PageCount"/>.</returns>
    public int PagesHolding(PageDocument document, int index) => PagesHolding(document, index, byPlace: true);

    internal int PagesHolding(PageDocument document, int index, bool byPlace)
    {
        ArgumentNullException.ThrowIfNull(document);
        ref readonly Block block = ref document[index];
        if (block.WordCount == 0)
        {
            return 0;
        }

        return byPlace && document.Outline is not null && HtmlPageCount > 0
            ? Find(_placeKeys, _placePages, SiteBlockKeys.Place(document, block))
            : Find(_textKeys, _textPages, block.NormalizedHash);
    }

    /// <summary>
    /// Writes the template in the binary format <see cref="Load"/> reads: little-endian, the magic <c>BPST</c>, a format
    /// version (1) and a key-scheme version (1), the page counts, the sorted text keys and place keys each with its page
    /// count, and a 64-bit checksum of everything before it. The README's "Site templates" section lists every field.
    /// </summary>
    /// <param name="stream">Where to write; left open.</param>
    public void Save(Stream stream) => SiteTemplateFormat.Write(stream, this);

    /// <summary>Reads a template written by <see cref="Save"/>, exactly its bytes, leaving the stream after them.</summary>
    /// <param name="stream">Where to read from; left open.</param>
    /// <returns>The template.</returns>
    /// <exception cref="InvalidDataException">The stream is truncated, corrupt, or of another format version.</exception>
    public static SiteTemplate Load(Stream stream) => SiteTemplateFormat.Read(stream);

    /// <summary>The drop reason for a block found on <paramref name="pages"/> pages.</summary>
    internal string Reason(int pages)
    {
        if (pages >= _reasons.Length)
        {
            return ReasonText(pages);
        }

        // A benign race: two threads may both make the same string; either reference is fine.
        return _reasons[pages] ??= ReasonText(pages);
    }

    internal ReadOnlySpan<ulong> TextKeys => _textKeys;

    internal ReadOnlySpan<int> TextPages => _textPages;

    internal ReadOnlySpan<ulong> PlaceKeys => _placeKeys;

    internal ReadOnlySpan<int> PlacePages => _placePages;

    private string ReasonText(int pages) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"on {pages} of {PageCount} pages of the site");

    private static SiteTemplate Learn(IEnumerable<string> pages, Func<SiteTemplateBuilder, string, SiteTemplateBuilder> add)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var builder = new SiteTemplateBuilder();
        foreach (string page in pages)
        {
            add(builder, page);
        }

        return builder.Build();
    }

    private static int Find(ulong[] keys, int[] pages, ulong key)
    {
        int at = Array.BinarySearch(keys, key);
        return at >= 0 ? pages[at] : 0;
    }
}
