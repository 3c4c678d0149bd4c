namespace Boilerplate.Filters.MainRegion;

/// <summary>
/// The main region of a page that has elements (<see cref="PageDocument.Outline"/>): the element holding the most kept
/// text net of dropped text is the article and kept text outside it goes, while its section headings dropped for what
/// the page does elsewhere come back; lists of teasers, what follows a heading announcing related articles, captions and
/// bylines go too; a page without an article keeps its listing. Last, the <see cref="ArticleSpan"/> gets back text
/// between the article's paragraphs that the classifier dropped for its context alone.
/// </summary>
internal sealed class ElementMainRegion(MainRegionOptions options, string name)
{
    // A teaser's headline is a link; the core is made of paragraphs of prose (jusText's link density bound for good blocks).
    private const double MinHeadlineLinkDensity = 0.8;
    private const int MinCoreBlockWords = 10;
    private const double MaxCoreLinkDensity = 0.3;
    private const int MinWordsBeforeRelatedHeading = 50;
    private const int MaxLinkedHeadingRun = 2;
    private const double MostlyLinked = 0.5;

    private readonly MainRegionOptions _options = options;
    private readonly ArticleSpan _span = new(options, name, hasElements: true);

    public void Apply(PageDocument document, PageOutline outline)
    {
        KeepBestContainer(document, outline);
        DropTeaserLists(document, outline);
        if (_options.DropAfterRelatedHeadings)
        {
            DropAfterRelatedHeadings(document, outline);
        }

        DropSmallElements(document);
        _span.Keep(document);
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
                scores[block.Element] += !block.IsRemoved ? block.Length : -_options.DroppedTextWeight * EvidenceAgainst(block);
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
            if (!block.IsRemoved)
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
            if (dropOutside && !block.IsRemoved && !isInside)
            {
                document.Relabel(i, BlockLabel.Boilerplate, name, DecisionCode.OutsideMainContainer);
            }
            else if (isInside && block.Label == BlockLabel.Boilerplate && block.Kind == DecisionKind.Context
                && block.LinkDensity <= _options.MaxRescueLinkDensity)
            {
                // Inside the article's element the classifier's context-based drops are overruled, as Readability keeps
                // its top candidate whole; navigation and share lines were dropped by rule and stay dropped.
                document.Relabel(i, BlockLabel.Content, name, DecisionCode.InsideMainContainer);
            }
        }

        KeepSectionHeadings(document, inside);
    }

    /// <summary>
    /// Between the first and the last kept block of the article's element, its section headings come back when an
    /// earlier rule dropped them for what the page does elsewhere: a heading that its table of contents repeats (dropped
    /// as a repeated short line) when it opens kept text, and a heading that is a link (a listicle's product names,
    /// dropped as link-dense) unless it stands in a run of links or the element holds no paragraph of prose (a listing,
    /// whose linked items <see cref="PageListing"/> judges). Before the first kept block a heading is the headline;
    /// over dropped lines it is a box's label (a share bar's "Share this story", a forum post's "Link to comment"); a
    /// run of linked headings is a list of other stories.
    /// </summary>
    private void KeepSectionHeadings(PageDocument document, bool[] inside)
    {
        int first = -1, last = -1;
        bool prose = false;
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (!block.IsRemoved && block.Element >= 0 && inside[block.Element])
            {
                first = first < 0 ? i : first;
                last = i;
                prose |= block.Class == ContentClass.Good;
            }
        }

        for (int i = first + 1; i < last; i++)
        {
            ref readonly Block block = ref document[i];
            if (!block.Has(BlockTraits.Heading) || block.Element < 0 || !inside[block.Element])
            {
                continue;
            }

            bool tableOfContentsCopy = block.Code == DecisionCode.RepeatedShortLine && block.LinkCharCount == 0
                && !document[i + 1].IsRemoved && !document[i + 1].Has(BlockTraits.Heading);
            bool linkedHeading = prose && block.Code == DecisionCode.LinkDense && !InLongLinkRun(document, i)
                && !AnnouncesRelatedLink(document.GetText(i));
            if (tableOfContentsCopy || linkedHeading)
            {
                document.Relabel(i, BlockLabel.Content, name, DecisionCode.InsideMainContainer);
            }
        }
    }

    /// <summary>Whether a linked line is labelled as a link to another article ("Related: …", "Read more: …").</summary>
    private static bool AnnouncesRelatedLink(ReadOnlySpan<char> text)
    {
        int colon = text.IndexOf(':');
        return colon > 0 && RelatedContentHeadings.Matches(text[..colon]);
    }

    /// <summary>Whether the block at <paramref name="index"/> stands in a run of more than <see cref="MaxLinkedHeadingRun"/> mostly-linked blocks.</summary>
    /// <remarks>Counts no further than that bound, so a page of many thousand links in a row costs no more per block.</remarks>
    private static bool InLongLinkRun(PageDocument document, int index)
    {
        int run = 1;
        for (int k = index - 1; k >= 0 && run <= MaxLinkedHeadingRun && document[k].LinkDensity >= MostlyLinked; k--)
        {
            run++;
        }

        for (int k = index + 1; k < document.Count && run <= MaxLinkedHeadingRun && document[k].LinkDensity >= MostlyLinked; k++)
        {
            run++;
        }

        return run > MaxLinkedHeadingRun;
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
            if (!heading.IsRemoved)
            {
                keptWords += heading.WordCount;
            }

            if (keptWords < MinWordsBeforeRelatedHeading || !heading.Has(BlockTraits.Heading) || heading.WordCount is 0 or > RelatedContentHeadings.MaxWords || heading.Element < 0
                || outline.Parents[heading.Element] < 0 || !RelatedContentHeadings.Matches(document.GetText(i)))
            {
                continue;
            }

            int scope = outline.Parents[heading.Element];
            if (!heading.IsRemoved)
            {
                document.Relabel(i, BlockLabel.Boilerplate, name, DecisionCode.RelatedHeading);
            }

            for (int k = i + 1; k < document.Count; k++)
            {
                ref readonly Block block = ref document[k];
                if (block.Element < 0 || !outline.IsWithin(block.Element, scope))
                {
                    break;
                }

                if (!block.IsRemoved)
                {
                    document.Relabel(k, BlockLabel.Boilerplate, name, DecisionCode.RelatedHeading);
                }
            }
        }
    }

    /// <summary>Drops image captions and credits, and authors' bylines and bios, as schema.org's articleBody leaves them out.</summary>
    private void DropSmallElements(PageDocument document)
    {
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (!!block.IsRemoved)
            {
                continue;
            }

            if (_options.DropCaptions && block.Has(BlockTraits.Caption))
            {
                document.Relabel(i, BlockLabel.Boilerplate, name, DecisionCode.Caption);
            }
            else if (_options.DropBylines && block.Has(BlockTraits.Byline))
            {
                document.Relabel(i, BlockLabel.Boilerplate, name, DecisionCode.Byline);
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

            // A card linked as a whole links its excerpt too: a linked sentence longer than a headline is still its text.
            bool linkedExcerpt = block.LinkDensity >= MinHeadlineLinkDensity && block.WordCount > _options.MaxTeaserHeadlineWords
                && block.Has(BlockTraits.TerminalPunctuation);
            otherWords[e] += linkedExcerpt ? block.WordCount : block.WordCount * (1 - block.LinkDensity);
            if (block.LinkDensity >= MinHeadlineLinkDensity && block.WordCount >= 2 && block.WordCount <= _options.MaxTeaserHeadlineWords)
            {
                headline[e] = true;
            }

            if (!block.IsRemoved && block.WordCount >= MinCoreBlockWords && block.LinkDensity < MaxCoreLinkDensity && outline.Parents[e] >= 0)
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
                PageListing.Keep(document, outline, headline, otherWords, furniture, _options.MinListingItems, _options.MaxTeaserExcerptWords, name);
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
            if (!block.IsRemoved && block.Element >= 0 && teaser[block.Element])
            {
                document.Relabel(i, BlockLabel.Boilerplate, name, DecisionCode.Teaser);
            }
        }

        bool IsTeaser(int e) => headline[e] && !related[e] && otherWords[e] <= _options.MaxTeaserExcerptWords;
    }

    /// <summary>
    /// What a dropped block says against its container: its link text, or all of it when it sits in a container
    /// marked as boilerplate. A short line dropped for its context says nothing about the container.
    /// </summary>
    private static double EvidenceAgainst(in Block block) =>
        block.Has(BlockTraits.InBoilerplateContainer) ? block.Length : block.LinkCharCount;
}
