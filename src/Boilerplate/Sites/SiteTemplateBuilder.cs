using Boilerplate.Html;
using Boilerplate.Internal;
using Boilerplate.Languages;
using Boilerplate.Text;

namespace Boilerplate;

/// <summary>
/// Learns a <see cref="SiteTemplate"/> page by page: add a site's pages (text dumps, HTML or both, or documents a
/// pipeline already parsed), then <see cref="Build"/>. Each page counts a block key once however often it repeats on
/// the page, so a template says on how many pages a block occurs.
/// </summary>
/// <remarks>
/// <para>The builder is mutable and not thread-safe; the template it builds is immutable and thread-safe.
/// <see cref="Build"/> may be called again after more pages were added.</para>
/// <para>
/// Memory: a page adds at most <see cref="MaxBlocksPerPage"/> keys (its first blocks with words; hostile pages of a
/// million lines cost no more). The builder holds at most <see cref="MaxKeys"/> keys of each kind, about 28 bytes each
/// (so at most 15 MiB); when a kind is full, the keys seen on one page only are forgotten, which keeps the keys that
/// matter (a site's furniture recurs from the start) and makes a later first-page key count from its next page.
/// </para>
/// </remarks>
public sealed class SiteTemplateBuilder
{
    /// <summary>The most blocks with words read from one page.</summary>
    public const int MaxBlocksPerPage = 4096;

    /// <summary>The most keys of each kind (text, place) the builder holds, and so the most a template holds.</summary>
    public const int MaxKeys = 256 * 1024;

    private static readonly PipelineLimits s_limits = new();

    private readonly Dictionary<ulong, int> _text = [];
    private readonly Dictionary<ulong, int> _place = [];
    private readonly HashSet<ulong> _pageText = [];
    private readonly HashSet<ulong> _pagePlace = [];

    /// <summary>Number of pages added.</summary>
    public int PageCount { get; private set; }

    /// <summary>Number of HTML pages added.</summary>
    public int HtmlPageCount { get; private set; }

    /// <summary>Adds a page as a text dump, parsed as <see cref="BoilerplatePipeline.Process(string)"/> parses it.</summary>
    /// <param name="dump">The page's visible text, one block per line.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InputTooLargeException">The text is longer than the default <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public SiteTemplateBuilder AddText(string dump)
    {
        ArgumentNullException.ThrowIfNull(dump);
        CheckLength(dump.Length);
        string limited = TextLimiter.Limit(dump, s_limits.MaxLineChars, s_limits.MaxBlocks, out _);
        return Add(TextDocumentParser.Parse(limited, Stopwords.Default));
    }

    /// <summary>Adds an HTML page, parsed as <see cref="BoilerplatePipeline.ProcessHtml(string)"/> parses it.</summary>
    /// <param name="html">The page's decoded markup.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InputTooLargeException">The markup is longer than the default <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public SiteTemplateBuilder AddHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        CheckLength(html.Length);
        return Add(HtmlDocumentParser.Parse(html, Stopwords.Default, s_limits.MaxHtmlDepth, s_limits.MaxHtmlElements, out _));
    }

    /// <summary>Adds an HTML page from its bytes, decoded as <see cref="BoilerplatePipeline.ProcessHtml(ReadOnlySpan{byte})"/> decodes them.</summary>
    /// <param name="html">The page as fetched.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InputTooLargeException">The page is longer than the default <see cref="PipelineLimits.MaxInputChars"/>.</exception>
    public SiteTemplateBuilder AddHtml(ReadOnlySpan<byte> html)
    {
        if (html.Length > s_limits.MaxInputBytes)
        {
            ThrowHelper.ThrowInputTooLarge(html.Length, s_limits.MaxInputBytes, InputSizeUnit.Bytes);
        }

        return AddHtml(HtmlDecoder.Decode(html));
    }

    /// <summary>
    /// Adds a page a pipeline already parsed (<see cref="CleanResult.Document"/>), so a page cleaned without a template
    /// need not be parsed again to be learnt from. Labels are ignored: only the blocks and where they sit count.
    /// </summary>
    /// <param name="document">The page.</param>
    /// <returns>This builder.</returns>
    public SiteTemplateBuilder Add(PageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        bool html = document.Outline is not null;
        _pageText.Clear();
        _pagePlace.Clear();
        int read = 0;
        for (int i = 0; i < document.Count && read < MaxBlocksPerPage; i++)
        {
            ref readonly Block block = ref document[i];
            if (block.WordCount == 0)
            {
                continue;
            }

            read++;
            _pageText.Add(block.NormalizedHash);
            if (html)
            {
                _pagePlace.Add(SiteBlockKeys.Place(document, block));
            }
        }

        Count(_text, _pageText);
        Count(_place, _pagePlace);
        PageCount++;
        HtmlPageCount += html ? 1 : 0;
        return this;
    }

    /// <summary>
    /// Adds the pages another builder learnt, so that parts of a site can be learnt in parallel, one builder per part,
    /// and merged. Merged in a fixed order, the parts give the same template whatever ran in parallel; it is the template
    /// of adding every page to one builder unless a builder reached <see cref="MaxKeys"/> and forgot keys.
    /// </summary>
    /// <param name="other">The other builder; left unchanged.</param>
    /// <returns>This builder.</returns>
    public SiteTemplateBuilder Add(SiteTemplateBuilder other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Merge(_text, other._text);
        Merge(_place, other._place);
        PageCount += other.PageCount;
        HtmlPageCount += other.HtmlPageCount;
        return this;
    }

    /// <summary>Freezes what was learnt so far into a template; the builder can go on learning.</summary>
    /// <returns>An immutable, thread-safe template holding the keys found on at least two pages.</returns>
    public SiteTemplate Build()
    {
        (ulong[] textKeys, int[] textPages) = Recurring(_text);
        (ulong[] placeKeys, int[] placePages) = Recurring(_place);
        return new SiteTemplate(PageCount, HtmlPageCount, textKeys, textPages, placeKeys, placePages);
    }

    private static void Count(Dictionary<ulong, int> counts, HashSet<ulong> page)
    {
        if (counts.Count + page.Count > MaxKeys)
        {
            ForgetSinglePageKeys(counts);
        }

        foreach (ulong key in page)
        {
            if (counts.TryGetValue(key, out int pages))
            {
                counts[key] = pages + 1;
            }
            else if (counts.Count < MaxKeys)
            {
                counts.Add(key, 1);
            }
        }
    }

    private static void Merge(Dictionary<ulong, int> counts, Dictionary<ulong, int> other)
    {
        if (counts.Count + other.Count > MaxKeys)
        {
            ForgetSinglePageKeys(counts);
        }

        foreach (KeyValuePair<ulong, int> entry in other)
        {
            if (counts.TryGetValue(entry.Key, out int pages))
            {
                counts[entry.Key] = pages + entry.Value;
            }
            else if (counts.Count < MaxKeys)
            {
                counts.Add(entry.Key, entry.Value);
            }
        }
    }

    private static void ForgetSinglePageKeys(Dictionary<ulong, int> counts)
    {
        foreach (KeyValuePair<ulong, int> entry in counts)
        {
            if (entry.Value == 1)
            {
                // Removing while enumerating a Dictionary is allowed since .NET Core 3.0.
                counts.Remove(entry.Key);
            }
        }
    }

    private static (ulong[] Keys, int[] Pages) Recurring(Dictionary<ulong, int> counts)
    {
        int n = 0;
        foreach (int pages in counts.Values)
        {
            n += pages >= 2 ? 1 : 0;
        }

        ulong[] keys = new ulong[n];
        int[] values = new int[n];
        int at = 0;
        foreach (KeyValuePair<ulong, int> entry in counts)
        {
            if (entry.Value >= 2)
            {
                keys[at] = entry.Key;
                values[at++] = entry.Value;
            }
        }

        Array.Sort(keys, values);
        return (keys, values);
    }

    private static void CheckLength(int length)
    {
        if (length > s_limits.MaxInputChars)
        {
            ThrowHelper.ThrowInputTooLarge(length, s_limits.MaxInputChars);
        }
    }
}
