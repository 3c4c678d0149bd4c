using System.Buffers;

namespace Boilerplate.Filters.MainRegion;

/// <summary>
/// Keeps the article's region, not every stray paragraph: kept blocks are grouped into regions separated by
/// stretches of boilerplate, and regions much smaller than the largest (an author box, a newsletter pitch,
/// a teaser of another article) are dropped. For HTML the regions are the page's elements: the element holding the
/// most kept text net of dropped text is the article; image captions and lists of teasers (repeated items of a linked
/// headline and a short excerpt, outside the article's paragraphs) go too. Runs after the content classifier and only
/// relabels kept blocks.
/// </summary>
public sealed class MainRegionFilter : BoilerplateFilter
{
    /// <summary>The filter's <see cref="BoilerplateFilter.Name"/>.</summary>
    internal const string FilterName = "main-region";

    /// <summary>Reason: a small region of text far from the article.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.OutsideMainRegion) or DecisionCode.OutsideMainRegion.GetReason().")]
    public const string OutsideMainRegionReason = "small text region away from the article";

    /// <summary>Reason: kept text outside the element that holds the article.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.OutsideMainContainer) or DecisionCode.OutsideMainContainer.GetReason().")]
    public const string OutsideMainContainerReason = "outside the element that holds the article";

    /// <summary>Reason: a sentence the classifier dropped for its context, kept because it sits between the article's paragraphs.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.SentenceInsideArticle) or DecisionCode.SentenceInsideArticle.GetReason().")]
    public const string SentenceInsideArticleReason = "sentence between the article's paragraphs";

    /// <summary>Reason: a few lines the classifier dropped for their context, kept because they sit between the article's paragraphs.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.ShortGapInsideArticle) or DecisionCode.ShortGapInsideArticle.GetReason().")]
    public const string ShortGapInsideArticleReason = "short gap between the article's paragraphs";

    /// <summary>Reason: a run of lines the classifier dropped for their context, few of them dropped by rule, kept because it sits between the article's paragraphs.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.ListInsideArticle) or DecisionCode.ListInsideArticle.GetReason().")]
    public const string ListInsideArticleReason = "list or table between the article's paragraphs";

    /// <summary>Reason: a date stamp or repeated short line, kept because it sits in a list or table between the article's paragraphs.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.DateOrRepeatInsideArticle) or DecisionCode.DateOrRepeatInsideArticle.GetReason().")]
    public const string DateOrRepeatInsideArticleReason = "date or repeated line in a list between the article's paragraphs";

    /// <summary>Reason: a block the classifier dropped for its context, kept because it sits inside the element that holds the article.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.InsideMainContainer) or DecisionCode.InsideMainContainer.GetReason().")]
    public const string InsideMainContainerReason = "inside the element that holds the article";

    /// <summary>Reason: an author's byline or bio.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.Byline) or DecisionCode.Byline.GetReason().")]
    public const string BylineReason = "author byline or bio";

    /// <summary>Reason: an image caption or credit.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.Caption) or DecisionCode.Caption.GetReason().")]
    public const string CaptionReason = "image caption or credit";

    /// <summary>Reason: a heading that announces links to other articles ("Related articles", "You may also like"), or what follows it in its container.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.RelatedHeading) or DecisionCode.RelatedHeading.GetReason().")]
    public const string RelatedHeadingReason = "after a heading announcing related articles";

    /// <summary>Reason: an item of the listing of a page without an article (a chart, a category, search results).</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.ListingItem) or DecisionCode.ListingItem.GetReason().")]
    public const string ListingItemReason = "item of the page's listing (the page has no article)";

    /// <summary>Reason: an item of a list of teasers for other articles.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.Teaser) or DecisionCode.Teaser.GetReason().")]
    public const string TeaserReason = "teaser list: repeated items of a linked headline and a short excerpt";

    // A teaser's headline is a link; the core is made of paragraphs of prose (jusText's link density bound for good blocks).
    private const double MinHeadlineLinkDensity = 0.8;
    private const int MinCoreBlockWords = 10;
    private const double MaxCoreLinkDensity = 0.3;
    private const int MinWordsBeforeRelatedHeading = 50;

    private readonly MainRegionOptions _options;

    /// <summary>Creates the filter.</summary>
    /// <param name="options">Options, copied; <see langword="null"/> for the defaults.</param>
    public MainRegionFilter(MainRegionOptions? options = null)
        : base(FilterName)
    {
        _options = (options ?? new MainRegionOptions()).Clone();
    }

    /// <inheritdoc/>
    public override void Apply(PageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Outline is { } outline)
        {
            KeepBestContainer(document, outline);
            DropTeaserLists(document, outline);
            if (_options.DropAfterRelatedHeadings)
            {
                DropAfterRelatedHeadings(document, outline);
            }

            DropSmallElements(document);

            return;
        }

        List<(int Start, int End, long Size)> regions = Regions(document);
        long largest = 0;
        foreach (var (_, _, size) in regions)
        {
            largest = Math.Max(largest, size);
        }

        foreach (var (start, end, size) in regions)
        {
            if (size >= _options.MinRegionShare * largest)
            {
                continue;
            }

            for (int i = start; i < end; i++)
            {
                if (IsKept(document[i]))
                {
                    document.Relabel(i, BlockLabel.Boilerplate, Name, DecisionCode.OutsideMainRegion);
                }
            }
        }

        KeepInsideArticleSpan(document);
    }

    /// <summary>
    /// For text dumps: between the first and the last kept prose block (good or near-good) lies the article. Inside that span, blocks dropped
    /// only for their context (by the classifier, or as a small region) are kept when they end like a sentence or when they
    /// form a gap of at most <see cref="MainRegionOptions.MaxArticleGapBlocks"/> blocks between kept ones (a subheading,
    /// a short paragraph, a few list items), or a gap of which earlier rules dropped less than
    /// <see cref="MainRegionOptions.MaxArticleGapRuleShare"/> of the lines (a list, a table, a forum post's header).
    /// Blocks dropped by rule (navigation, repeated lines) stay dropped, except dates and repeated short lines in such a
    /// gap (<see cref="MainRegionOptions.KeepDatesAndRepeatsInArticleGaps"/>).
    /// </summary>
    private void KeepInsideArticleSpan(PageDocument document)
    {
        int first = -1, last = -1;
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (block.Class is ContentClass.Good or ContentClass.NearGood && IsKept(block))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0)
        {
            return;
        }

        ulong[]? outside = _options.ArticleOnlyRepeatsAreNeutral ? HashesOutside(document, first, last) : null;
        int outsideCount = outside is null ? 0 : document.Count - (last - first + 1);
        try
        {
            KeepGaps(document, first, last, outside is not null, outside.AsSpan(0, outsideCount));
        }
        finally
        {
            if (outside is not null)
            {
                ArrayPool<ulong>.Shared.Return(outside);
            }
        }
    }

    /// <summary>
    /// The sorted hashes of the blocks outside [<paramref name="first"/>, <paramref name="last"/>] (pooled; the caller
    /// returns it), or <see langword="null"/> when no repeated short line lies inside the span, so nothing needs them.
    /// </summary>
    private static ulong[]? HashesOutside(PageDocument document, int first, int last)
    {
        bool any = false;
        for (int i = first; i <= last && !any; i++)
        {
            any = document[i].Code == DecisionCode.RepeatedShortLine;
        }

        if (!any)
        {
            return null;
        }

        int count = document.Count - (last - first + 1);
        ulong[] hashes = ArrayPool<ulong>.Shared.Rent(Math.Max(1, count));
        int n = 0;
        for (int i = 0; i < document.Count; i++)
        {
            if (i < first || i > last)
            {
                hashes[n++] = document[i].NormalizedHash;
            }
        }

        Array.Sort(hashes, 0, n);
        return hashes;
    }

    private void KeepGaps(PageDocument document, int first, int last, bool repeatsNeutral, ReadOnlySpan<ulong> outside)
    {
        for (int i = first + 1; i < last; i++)
        {
            if (IsKept(document[i]))
            {
                continue;
            }

            int end = i;
            while (end < last && !IsKept(document[end]))
            {
                end++;
            }

            // A gap few of whose lines an earlier rule dropped (navigation, repeated lines, dates) is not a boilerplate
            // island such as a share bar or a list of related links: it is article text the classifier could not vouch for.
            int lines = 0, ruleDropped = 0;
            for (int k = i; k < end; k++)
            {
                ref readonly Block block = ref document[k];
                if (block.WordCount > 0)
                {
                    lines++;
                    ruleDropped += !IsContextDrop(block) && !(repeatsNeutral && IsArticleOnlyRepeat(block, outside)) ? 1 : 0;
                }
            }

            bool shortGap = end - i <= _options.MaxArticleGapBlocks;
            bool keepGap = shortGap || ruleDropped < _options.MaxArticleGapRuleShare * lines;
            for (int k = i; k < end; k++)
            {
                ref readonly Block block = ref document[k];
                if (block.WordCount == 0 || block.Label != BlockLabel.Boilerplate)
                {
                    continue;
                }

                if (!IsContextDrop(block))
                {
                    // In a list or table of the article a date is an entry's date and a repeated line a repeated cell.
                    if (keepGap && _options.KeepDatesAndRepeatsInArticleGaps && IsDateOrRepeat(block))
                    {
                        document.Relabel(k, BlockLabel.Content, Name, DecisionCode.DateOrRepeatInsideArticle);
                    }

                    continue;
                }

                if (keepGap)
                {
                    document.Relabel(k, BlockLabel.Content, Name, shortGap ? DecisionCode.ShortGapInsideArticle : DecisionCode.ListInsideArticle);
                }
                else if (_options.KeepSentencesInsideArticle && block.Has(BlockTraits.TerminalPunctuation))
                {
                    document.Relabel(k, BlockLabel.Content, Name, DecisionCode.SentenceInsideArticle);
                }
            }

            i = end;
        }
    }

    /// <summary>
    /// For HTML: the article is the element whose subtree holds the most kept text net of dropped text
    /// (kept characters minus <see cref="MainRegionOptions.DroppedTextWeight"/> times dropped characters).
    /// Kept blocks outside it go. Scores are summed bottom-up in one reverse pass over the outline.
    /// </summary>
    private void KeepBestContainer(PageDocument document, PageOutline outline)
    {
        if (outline.Count == 0)
        {
            return;
        }

        double[] scores = new double[outline.Count];
        foreach (ref readonly Block block in document.Blocks)
        {
            if (block.Element >= 0 && block.Label != BlockLabel.Title)
            {
                scores[block.Element] += IsKept(block) ? block.Length : -_options.DroppedTextWeight * EvidenceAgainst(block);
            }
        }

        int best = -1;
        for (int e = outline.Count - 1; e >= 0; e--)
        {
            if (best < 0 || scores[e] > scores[best])
            {
                best = e;
            }

            if (outline.Parents[e] >= 0)
            {
                scores[outline.Parents[e]] += scores[e];
            }
        }

        if (scores[best] <= 0)
        {
            return; // no element holds more article than boilerplate: no evidence to act on
        }

        // Inside-ness flows from parents to children, which come later in the outline.
        bool[] inside = new bool[outline.Count];
        for (int e = 0; e < outline.Count; e++)
        {
            inside[e] = e == best || (outline.Parents[e] >= 0 && inside[outline.Parents[e]]);
        }

        // The element must hold most of the kept text for the rest to be called stray; otherwise the article is
        // spread over several elements (layout tables, sections) and only the rescue inside the element applies.
        long keptInside = 0, keptTotal = 0;
        foreach (ref readonly Block block in document.Blocks)
        {
            if (IsKept(block))
            {
                keptTotal += block.Length;
                if (block.Element >= 0 && inside[block.Element])
                {
                    keptInside += block.Length;
                }
            }
        }

        bool dropOutside = keptInside >= _options.MinMainContainerShare * keptTotal;
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            bool isInside = block.Element >= 0 && inside[block.Element];
            if (dropOutside && IsKept(block) && !isInside)
            {
                document.Relabel(i, BlockLabel.Boilerplate, Name, DecisionCode.OutsideMainContainer);
            }
            else if (isInside && block.Label == BlockLabel.Boilerplate && block.Kind == DecisionKind.Context
                && block.LinkDensity <= _options.MaxRescueLinkDensity)
            {
                // Inside the article's element the classifier's context-based drops are overruled, as Readability keeps
                // its top candidate whole; navigation and share lines were dropped by rule and stay dropped.
                document.Relabel(i, BlockLabel.Content, Name, DecisionCode.InsideMainContainer);
            }
        }
    }

    /// <summary>
    /// A heading that announces other articles ("Related articles", "You may also like") ends the article in its
    /// container: it and the kept blocks after it inside its parent element go. Such a heading closes an article, so
    /// one must come before it: a page whose kept text all follows the heading keeps it.
    /// </summary>
    private void DropAfterRelatedHeadings(PageDocument document, PageOutline outline)
    {
        int keptWords = 0;
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block heading = ref document[i];
            if (IsKept(heading))
            {
                keptWords += heading.WordCount;
            }

            if (keptWords < MinWordsBeforeRelatedHeading || !heading.Has(BlockTraits.Heading) || heading.WordCount is 0 or > RelatedContentHeadings.MaxWords || heading.Element < 0
                || outline.Parents[heading.Element] < 0 || !RelatedContentHeadings.Matches(document.GetText(i)))
            {
                continue;
            }

            int scope = outline.Parents[heading.Element];
            if (IsKept(heading))
            {
                document.Relabel(i, BlockLabel.Boilerplate, Name, DecisionCode.RelatedHeading);
            }

            for (int k = i + 1; k < document.Count; k++)
            {
                ref readonly Block block = ref document[k];
                if (block.Element < 0 || !IsWithin(outline, block.Element, scope))
                {
                    break;
                }

                if (IsKept(block))
                {
                    document.Relabel(k, BlockLabel.Boilerplate, Name, DecisionCode.RelatedHeading);
                }
            }
        }
    }

    private static bool IsWithin(PageOutline outline, int element, int ancestor)
    {
        // Parents come before their children in the outline, so the walk up can stop below the ancestor's index.
        for (int e = element; e >= ancestor; e = outline.Parents[e])
        {
            if (e == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops image captions and credits, and authors' bylines and bios, as schema.org's articleBody leaves them out.</summary>
    private void DropSmallElements(PageDocument document)
    {
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (!IsKept(block))
            {
                continue;
            }

            if (_options.DropCaptions && block.Has(BlockTraits.Caption))
            {
                document.Relabel(i, BlockLabel.Boilerplate, Name, DecisionCode.Caption);
            }
            else if (_options.DropBylines && block.Has(BlockTraits.Byline))
            {
                document.Relabel(i, BlockLabel.Boilerplate, Name, DecisionCode.Byline);
            }
        }
    }

    /// <summary>
    /// Drops lists of teasers: at least <see cref="MainRegionOptions.MinTeaserItems"/> sibling elements of one tag
    /// that each hold a linked headline and little other text, outside the article's core (the
    /// element whose child elements hold the most prose, as Readability scores a paragraph's parent). Without a core of
    /// <see cref="MainRegionOptions.MinTeaserCoreWords"/> words the page may be a listing, whose items are its content.
    /// </summary>
    private void DropTeaserLists(PageDocument document, PageOutline outline)
    {
        int n = outline.Count;
        if (n == 0 || _options.MinTeaserItems == 0)
        {
            return;
        }

        double[] coreWords = new double[n];
        double[] otherWords = new double[n];
        bool[] headline = new bool[n];
        bool[] furniture = new bool[n];
        foreach (ref readonly Block block in document.Blocks)
        {
            int e = block.Element;
            if (e < 0)
            {
                continue;
            }

            furniture[e] |= (block.Traits & (BlockTraits.InBoilerplateContainer | BlockTraits.InNavigation | BlockTraits.InHeader | BlockTraits.InFooter)) != 0;

            otherWords[e] += block.WordCount * (1 - block.LinkDensity);
            if (block.LinkDensity >= MinHeadlineLinkDensity && block.WordCount >= 2 && block.WordCount <= _options.MaxTeaserHeadlineWords)
            {
                headline[e] = true;
            }

            if (IsKept(block) && block.WordCount >= MinCoreBlockWords && block.LinkDensity < MaxCoreLinkDensity && outline.Parents[e] >= 0)
            {
                coreWords[outline.Parents[e]] += block.WordCount;
            }
        }

        int core = 0;
        for (int e = n - 1; e >= 0; e--)
        {
            if (coreWords[e] > coreWords[core])
            {
                core = e;
            }

            if (outline.Parents[e] >= 0)
            {
                otherWords[outline.Parents[e]] += otherWords[e];
                headline[outline.Parents[e]] |= headline[e];
                furniture[outline.Parents[e]] |= furniture[e];
            }
        }

        if (coreWords[core] < _options.MinTeaserCoreWords)
        {
            // No article: the page may be a listing, whose items are its content.
            if (_options.MinListingItems > 0)
            {
                PageListing.Keep(document, outline, headline, otherWords, furniture, _options.MinListingItems, _options.MaxTeaserExcerptWords, Name);
            }

            return;
        }

        // The core, its ancestors and its descendants are never teasers.
        bool[] related = new bool[n];
        for (int e = core; e >= 0; e = outline.Parents[e])
        {
            related[e] = true;
        }

        for (int e = core + 1; e < n; e++)
        {
            related[e] = outline.Parents[e] >= 0 && related[outline.Parents[e]] && outline.Parents[e] >= core;
        }

        // Siblings of one tag: class names are no better guide, as CMSs add each item's category and tags to them.
        var counts = new Dictionary<(int Parent, string Tag), int>();
        for (int e = 0; e < n; e++)
        {
            if (IsTeaser(e))
            {
                var key = (outline.Parents[e], outline.Tags[e]);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        bool[] teaser = new bool[n];
        bool any = false;
        for (int e = 0; e < n; e++)
        {
            int parent = outline.Parents[e];
            teaser[e] = (parent >= 0 && teaser[parent])
                || (IsTeaser(e) && counts[(parent, outline.Tags[e])] >= _options.MinTeaserItems);
            any |= teaser[e];
        }

        if (!any)
        {
            return;
        }

        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (IsKept(block) && block.Element >= 0 && teaser[block.Element])
            {
                document.Relabel(i, BlockLabel.Boilerplate, Name, DecisionCode.Teaser);
            }
        }

        bool IsTeaser(int e) => headline[e] && !related[e] && otherWords[e] <= _options.MaxTeaserExcerptWords;
    }

    /// <summary>
    /// A repeated short line none of whose copies lies outside the article's span is a label of the article's own list or
    /// table (a field name, a poster's name), not the site's furniture, which repeats in the header or the footer too.
    /// </summary>
    private static bool IsArticleOnlyRepeat(in Block block, ReadOnlySpan<ulong> outside) =>
        block.Code == DecisionCode.RepeatedShortLine && outside.BinarySearch(block.NormalizedHash) < 0;

    /// <summary>Dropped for its context by the classifier or for its place by this filter, not for what it says.</summary>
    private static bool IsContextDrop(in Block block) => block.Kind is DecisionKind.Context or DecisionKind.Structure;

    private static bool IsDateOrRepeat(in Block block) =>
        block.Code is DecisionCode.DateStamp or DecisionCode.RepeatedShortLine;

    /// <inheritdoc/>
    protected internal override void Validate(ICollection<string> errors) => _options.Validate(errors);

    /// <summary>
    /// What a dropped block says against its container: its link text, or all of it when it sits in a container
    /// marked as boilerplate. A short line dropped for its context says nothing about the container.
    /// </summary>
    private static double EvidenceAgainst(in Block block) =>
        block.Has(BlockTraits.InBoilerplateContainer) ? block.Length : block.LinkCharCount;

    private static bool IsKept(in Block block) => block.Label is BlockLabel.Content or BlockLabel.Undecided;

    /// <summary>Regions as [start, end) block ranges with their kept characters.</summary>
    private List<(int Start, int End, long Size)> Regions(PageDocument document)
    {
        var regions = new List<(int Start, int End, long Size)>();
        int start = -1, lastKept = -1, gapWords = 0, gapBlocks = 0;
        long size = 0;
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (!IsKept(block))
            {
                if (block.Label != BlockLabel.Title)
                {
                    gapWords += block.WordCount;
                    gapBlocks++;
                }

                continue;
            }

            if (start >= 0 && (gapWords > _options.MaxGapWords || gapBlocks > _options.MaxGapBlocks))
            {
                regions.Add((start, lastKept + 1, size));
                start = -1;
            }

            if (start < 0)
            {
                start = i;
                size = 0;
            }

            size += block.Length;
            lastKept = i;
            gapWords = gapBlocks = 0;
        }

        if (start >= 0)
        {
            regions.Add((start, lastKept + 1, size));
        }

        return regions;
    }
}
