using System.Buffers;
using Boilerplate.Languages;
using Boilerplate.Text;

namespace Boilerplate.Filters.Title;

/// <summary>
/// Finds the article's title. A dump starts with the page title (often "Headline | Site"); the headline is the
/// line of the page that repeats the whole page title or its longest part. Every copy of the headline, and the
/// page-title line, leave the body: the title is reported once, in its best-cased copy.
/// </summary>
public sealed class TitleFilter : BoilerplateFilter
{
    /// <summary>Reason: the page-title line at the top of a dump.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.PageTitle) or DecisionCode.PageTitle.GetReason().")]
    public const string PageTitleReason = "page title";

    /// <summary>Reason: a copy of the headline.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.Headline) or DecisionCode.Headline.GetReason().")]
    public const string HeadlineReason = "headline (reported as title)";

    private static readonly SearchValues<char> s_separators = SearchValues.Create("|-–—»·:/•~_｜");

    private readonly TitleOptions _options;

    /// <summary>Creates the filter.</summary>
    /// <param name="options">Options, copied; <see langword="null"/> for the defaults.</param>
    public TitleFilter(TitleOptions? options = null)
        : base("title")
    {
        _options = (options ?? new TitleOptions()).Clone();
    }

    /// <inheritdoc/>
    public override void Apply(PageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Count == 0 || document.Title is not null)
        {
            return;
        }

        if (document.HtmlTitles is { } titles)
        {
            ApplyHtml(document, titles);
            return;
        }

        ref readonly Block first = ref document[0];
        if (first.Label != BlockLabel.Undecided || first.WordCount == 0 || first.WordCount > _options.MaxTitleWords)
        {
            return;
        }

        ReadOnlySpan<char> pageTitle = document.GetText(0);
        Range longest = LongestSegment(pageTitle);
        ulong segmentHash = Hash(pageTitle[longest]);

        int headline = -1;
        ulong headlineHash = 0;
        for (int i = 1; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (block.Label != BlockLabel.Undecided || (block.NormalizedHash != first.NormalizedHash && block.NormalizedHash != segmentHash))
            {
                continue;
            }

            // Prefer the full title over its part, then the best-cased copy.
            bool better = headline < 0
                || (block.NormalizedHash == first.NormalizedHash && headlineHash != first.NormalizedHash)
                || (block.NormalizedHash == headlineHash && block.UpperCount > document[headline].UpperCount);
            if (better)
            {
                headline = i;
                headlineHash = block.NormalizedHash;
            }
        }

        document.MarkTitle(0, Name, DecisionCode.PageTitle);
        if (headline < 0)
        {
            document.Title = pageTitle[longest].ToString();
            return;
        }

        // The best-cased copy wins, the page-title line included ("Storm Floods Coastal Towns | Courier" over "storm floods …").
        ReadOnlySpan<char> segment = pageTitle[longest];
        bool segmentIsHeadline = headlineHash == segmentHash || headlineHash == first.NormalizedHash;
        document.Title = segmentIsHeadline && CountUpper(headlineHash == first.NormalizedHash ? pageTitle : segment) > document[headline].UpperCount
            ? (headlineHash == first.NormalizedHash ? pageTitle : segment).ToString()
            : document.GetText(headline).ToString();
        for (int i = 1; i < document.Count; i++)
        {
            if (document[i].NormalizedHash == headlineHash)
            {
                document.MarkTitle(i, Name, DecisionCode.Headline);
            }
        }
    }

    /// <summary>
    /// HTML offers the &lt;title&gt;, og:title and the first h1. The h1 wins when it equals og:title, the title, or the
    /// title's longest part (the title element often adds the site name, and a logo h1 is only that name); otherwise
    /// og:title, then the title's longest part.
    /// Body blocks repeating the chosen title leave the body.
    /// </summary>
    private void ApplyHtml(PageDocument document, HtmlTitles titles)
    {
        ulong heading = titles.FirstHeading is null ? 0 : Hash(titles.FirstHeading);
        ulong openGraph = titles.OpenGraph is null ? 0 : Hash(titles.OpenGraph);
        ulong title = 0, titleSegment = 0;
        if (titles.TitleElement is { Length: > 0 } element)
        {
            title = Hash(element);
            titleSegment = Hash(element.AsSpan()[LongestSegment(element)]);
        }

        string? chosen;
        if (heading != 0 && (heading == openGraph || heading == title || heading == titleSegment))
        {
            chosen = titles.FirstHeading;
        }
        else if (openGraph != 0)
        {
            chosen = titles.OpenGraph;
        }
        else if (titleSegment != 0)
        {
            chosen = titles.TitleElement![LongestSegment(titles.TitleElement)];
        }
        else
        {
            chosen = titles.FirstHeading;
        }

        if (string.IsNullOrWhiteSpace(chosen))
        {
            return;
        }

        document.Title = chosen;
        ulong chosenHash = Hash(chosen);
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (block.NormalizedHash == chosenHash && block.WordCount <= _options.MaxTitleWords)
            {
                document.MarkTitle(i, Name, DecisionCode.Headline);
            }
        }
    }

    /// <inheritdoc/>
    protected internal override void Validate(ICollection<string> errors) => _options.Validate(errors);

    private static int CountUpper(ReadOnlySpan<char> text)
    {
        int upper = 0;
        foreach (char c in text)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        return upper;
    }

    /// <summary>The longest part of a title split at " | ", " - ", " – ", " — ", " » ", " · ", " : ", " / " and the like.</summary>
    private static Range LongestSegment(ReadOnlySpan<char> title)
    {
        Range best = Range.All;
        int bestLength = -1, segmentStart = 0;
        for (int i = 0; i <= title.Length; i++)
        {
            // '|' and '_' separate even without spaces ("标题_频道_网站", "Title|Site"); '-', ':' and the like need spaces around.
            bool boundary = i == title.Length
                || title[i] is '|' or '_' or '｜'
                || (IsSeparator(title[i]) && i > 0 && title[i - 1] == ' ' && (i + 1 == title.Length || title[i + 1] == ' ' || IsSeparator(title[i + 1])));
            if (!boundary)
            {
                continue;
            }

            int start = segmentStart, end = i;
            while (start < end && (title[start] == ' ' || IsSeparator(title[start])))
            {
                start++;
            }

            while (end > start && (title[end - 1] == ' ' || IsSeparator(title[end - 1])))
            {
                end--;
            }

            if (end - start > bestLength)
            {
                bestLength = end - start;
                best = new Range(start, end);
            }

            segmentStart = i + 1;
        }

        return best;
    }

    private static bool IsSeparator(char c) => s_separators.Contains(c);

    private static ulong Hash(ReadOnlySpan<char> text)
    {
        Block scratch = default;
        FeatureScanner.Scan(text, ref scratch, out _, Stopwords.Default, Stopwords.NoLanguage, default);
        return scratch.NormalizedHash;
    }
}
