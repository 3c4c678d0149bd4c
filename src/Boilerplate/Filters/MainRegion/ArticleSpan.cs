using System.Buffers;

namespace Boilerplate.Filters.MainRegion;

/// <summary>
/// Between the first and the last kept prose block (good or near-good) of a page lies its article. Inside that span,
/// blocks dropped only for their context (by the classifier, or for their place) are kept when they end like a sentence
/// or when they form a gap of at most <see cref="MainRegionOptions.MaxArticleGapBlocks"/> blocks between kept ones (a
/// subheading, a short paragraph, a few list items), or a gap of which earlier rules dropped less than
/// <see cref="MainRegionOptions.MaxArticleGapRuleShare"/> of the lines (a list, a table, a forum post's header). Blocks
/// dropped by rule (navigation, repeated lines) stay dropped, except dates and repeated short lines in such a gap
/// (<see cref="MainRegionOptions.KeepDatesAndRepeatsInArticleGaps"/>). On a page with elements only the classifier's
/// drops of text that is neither mostly links nor inside the page's furniture come back.
/// </summary>
internal sealed class ArticleSpan(MainRegionOptions options, string name, bool hasElements)
{
    private readonly MainRegionOptions _options = options;
    private readonly bool _hasElements = hasElements;

    public void Keep(PageDocument document)
    {
        int first = -1, last = -1;
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (block.Class is ContentClass.Good or ContentClass.NearGood && !block.IsRemoved)
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
            if (!document[i].IsRemoved)
            {
                continue;
            }

            int end = i;
            while (end < last && !!document[end].IsRemoved)
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

                if (_hasElements && !IsElementContextDrop(block))
                {
                    continue;
                }

                if (!IsContextDrop(block))
                {
                    // In a list or table of the article a date is an entry's date and a repeated line a repeated cell.
                    if (keepGap && _options.KeepDatesAndRepeatsInArticleGaps && IsDateOrRepeat(block))
                    {
                        document.Relabel(k, BlockLabel.Content, name, DecisionCode.DateOrRepeatInsideArticle);
                    }

                    continue;
                }

                if (keepGap)
                {
                    document.Relabel(k, BlockLabel.Content, name, shortGap ? DecisionCode.ShortGapInsideArticle : DecisionCode.ListInsideArticle);
                }
                else if (_options.KeepSentencesInsideArticle && block.Has(BlockTraits.TerminalPunctuation))
                {
                    document.Relabel(k, BlockLabel.Content, name, DecisionCode.SentenceInsideArticle);
                }
            }

            i = end;
        }
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

    /// <summary>
    /// On a page with elements, dropped by the classifier for its context alone: not mostly links and not inside the
    /// page's furniture, which the markup tells apart as a text dump cannot.
    /// </summary>
    private bool IsElementContextDrop(in Block block) =>
        block.Kind == DecisionKind.Context && block.LinkDensity <= _options.MaxRescueLinkDensity
        && !PageFurniture.Holds(block);
}
