namespace Boilerplate.Filters.MainRegion;

/// <summary>
/// The listing of a page without an article (a search result, a category, a chart, a shop's shelf): the largest group
/// of sibling elements of one tag that each hold a linked headline and a little more text (a year, a price, a rating,
/// an excerpt), outside containers marked as furniture. Its items are the page's content, as teasers are not on a
/// page that has an article of its own: a page that kept two paragraphs of prose has no listing.
/// </summary>
internal static class PageListing
{
    private const int MinArticleParagraphWords = 20;
    private const double MaxArticleParagraphLinkDensity = 0.3;

    /// <summary>
    /// Keeps every block inside the items of the page's listing that a filter dropped for its context, its links or its
    /// shape (a rank or a date without words, a repeated label, a run of short lines), and returns how many it kept;
    /// blocks in containers marked as furniture and lines dropped for what they say (copyright, legal text, calls to
    /// action) stand.
    /// </summary>
    /// <param name="document">The page.</param>
    /// <param name="outline">Its elements.</param>
    /// <param name="headline">Whether each element's subtree holds a linked headline.</param>
    /// <param name="otherWords">Words of each element's subtree outside links.</param>
    /// <param name="furniture">Whether each element's subtree holds a block in a container marked as furniture.</param>
    /// <param name="minItems">Fewest items of a listing.</param>
    /// <param name="maxItemWords">Most words outside links of one item.</param>
    /// <param name="filter">The name the kept blocks are labelled with.</param>
    public static int Keep(
        PageDocument document, PageOutline outline, bool[] headline, double[] otherWords, bool[] furniture, int minItems, int maxItemWords,
        string filter)
    {
        if (HasArticleParagraphs(document))
        {
            return 0; // a short article with a list of other stories under it is still an article
        }

        int n = outline.Count;
        bool IsItem(int e) => headline[e] && !furniture[e] && otherWords[e] <= maxItemWords;

        // Groups of sibling items: their count and their words outside links. A menu's items are links alone.
        var groups = new Dictionary<(int Parent, string Tag), (int Items, double Words)>();
        for (int e = 0; e < n; e++)
        {
            if (IsItem(e))
            {
                var key = (outline.Parents[e], outline.Tags[e]);
                (int items, double words) = groups.GetValueOrDefault(key);
                groups[key] = (items + 1, words + otherWords[e]);
            }
        }

        (int Parent, string Tag) best = default;
        int bestItems = 0;
        foreach (var ((parent, tag), (items, words)) in groups)
        {
            if (items >= minItems && words >= items && items > bestItems)
            {
                (best, bestItems) = ((parent, tag), items);
            }
        }

        if (bestItems == 0)
        {
            return 0;
        }

        bool[] inside = new bool[n];
        for (int e = 0; e < n; e++)
        {
            int parent = outline.Parents[e];
            inside[e] = (parent >= 0 && inside[parent]) || (parent == best.Parent && outline.Tags[e] == best.Tag && IsItem(e));
        }

        int kept = 0;
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (block.Element >= 0 && inside[block.Element] && block.Label == BlockLabel.Boilerplate && IsContextOrLinkDrop(block))
            {
                document.Relabel(i, BlockLabel.Content, filter, DecisionCode.ListingItem);
                kept++;
            }
        }

        return kept;
    }

    /// <summary>Whether the filters kept at least two paragraphs of an article: sentences of 20 words or more, mostly not links.</summary>
    private static bool HasArticleParagraphs(PageDocument document)
    {
        int paragraphs = 0;
        foreach (ref readonly Block block in document.Blocks)
        {
            if (!block.IsRemoved && block.WordCount >= MinArticleParagraphWords && block.LinkDensity < MaxArticleParagraphLinkDensity
                && block.Has(BlockTraits.TerminalPunctuation) && ++paragraphs >= 2)
            {
                return true;
            }
        }

        return false;
    }

    // Dropped for where it sits or for its links, which an item of a listing is made of; not for what it says.
    private static bool IsContextOrLinkDrop(in Block block) =>
        block.Kind is DecisionKind.Context or DecisionKind.Structure
        || (block.Code is DecisionCode.RepeatedLine or DecisionCode.RepeatedShortLine && !block.Has(BlockTraits.InBoilerplateContainer))
        || block.Code is DecisionCode.NoLetters or DecisionCode.MenuRun or DecisionCode.DatedLinkList or DecisionCode.DateStamp;
}
