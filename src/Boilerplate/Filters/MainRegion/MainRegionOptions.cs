using Boilerplate.Internal;

namespace Boilerplate.Filters.MainRegion;

/// <summary>Options of <see cref="MainRegionFilter"/>.</summary>
public sealed class MainRegionOptions
{
    /// <summary>Kept blocks separated by more than this many words of dropped blocks belong to different regions.</summary>
    /// <value>The default value is 40.</value>
    public int MaxGapWords { get; set; } = 40;

    /// <summary>Kept blocks separated by more than this many dropped blocks belong to different regions.</summary>
    /// <value>The default value is 8.</value>
    public int MaxGapBlocks { get; set; } = 8;

    /// <summary>In a text dump, a region smaller than this share of the largest region's characters is boilerplate (a teaser, an author box).</summary>
    /// <value>
    /// The default value is 0.1. Larger values trade recall for precision.
    /// </value>
    public double MinRegionShare { get; set; } = 0.1;

    /// <summary>How much a dropped character counts against an element when choosing the element that holds the article (HTML input).</summary>
    /// <value>The default value is 0.5.</value>
    public double DroppedTextWeight { get; set; } = 0.5;

    /// <summary>
    /// In HTML, kept blocks outside the element that holds the article are dropped only when that element holds at least
    /// this share of the kept text; below it the article is spread over several elements (layout tables, sections).
    /// </summary>
    /// <value>The default value is 0.5.</value>
    public double MinMainContainerShare { get; set; } = 0.5;

    /// <summary>Blocks with more link text than this share are never rescued (a list of links inside the article's element).</summary>
    /// <value>
    /// The default value is 0.7: article paragraphs that cite several sources are often more than half links.
    /// </value>
    public double MaxRescueLinkDensity { get; set; } = 0.7;

    /// <summary>Whether image captions and credits (figcaption, small elements whose class/id says "caption" or "credit") are dropped (HTML input).</summary>
    /// <value>
    /// The default value is <see langword="true"/>, as trafilatura drops figures and schema.org's articleBody leaves
    /// captions out; Readability keeps them.
    /// </value>
    public bool DropCaptions { get; set; } = true;

    /// <summary>Whether authors' bylines and bios (small elements whose class/id says "author", "byline" or "bio") are dropped (HTML input).</summary>
    /// <value>
    /// The default value is <see langword="true"/>, as schema.org's articleBody leaves them out and trafilatura discards
    /// "author" and "byline" elements.
    /// </value>
    public bool DropBylines { get; set; } = true;

    /// <summary>
    /// Whether a heading that announces other articles ("Related articles", "You may also like", "Most popular", "Lire aussi")
    /// ends the article in its container: it and the kept blocks after it inside its parent element are dropped (HTML input).
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool DropAfterRelatedHeadings { get; set; } = true;

    /// <summary>Fewest sibling teasers (elements of one tag, each with a linked headline and a short excerpt) that make a teaser list (HTML input); 0 turns the rule off.</summary>
    /// <value>The default value is 3.</value>
    public int MinTeaserItems { get; set; } = 3;

    /// <summary>Most words of a teaser's linked headline.</summary>
    /// <value>The default value is 25.</value>
    public int MaxTeaserHeadlineWords { get; set; } = 25;

    /// <summary>Most words outside links in one teaser (its excerpt, byline and date).</summary>
    /// <value>The default value is 100.</value>
    public int MaxTeaserExcerptWords { get; set; } = 100;

    /// <summary>
    /// Teaser lists are dropped only when the page has an article core: an element whose child elements hold at least
    /// this many words of prose. A page without one may be a listing, whose items are its content.
    /// </summary>
    /// <value>The default value is 150.</value>
    public int MinTeaserCoreWords { get; set; } = 150;

    /// <summary>
    /// Fewest sibling items (each a linked headline with a little more text: a year, a price, an excerpt) that make the
    /// listing of an HTML page without an article core (<see cref="MinTeaserCoreWords"/>); the items of the largest such
    /// group are kept even where they were dropped for their links or their context. 0 turns this off.
    /// </summary>
    /// <value>The default value is 5.</value>
    public int MinListingItems { get; set; } = 5;

    /// <summary>
    /// A run of at most this many blocks dropped for their context between two kept blocks of the article's span (from its
    /// first to its last prose block) is kept: a subheading, a short paragraph, a few list items. On a page with elements
    /// only the classifier's drops of text that is neither mostly links nor in the page's furniture count. 0 turns it off.
    /// </summary>
    /// <value>The default value is 3.</value>
    public int MaxArticleGapBlocks { get; set; } = 3;

    /// <summary>
    /// A run of blocks dropped for their context inside the article's span is kept, however long, when
    /// earlier rules (navigation, repeated lines, dates) dropped less than this share of its lines: such a run is a list or
    /// a table of the article, where a run of mostly rule-dropped lines is a share bar or a list of related links. 0 turns it off.
    /// </summary>
    /// <value>The default value is 0.34 (a third).</value>
    public double MaxArticleGapRuleShare { get; set; } = 0.34;

    /// <summary>
    /// In a text dump, whether date stamps and repeated short lines are kept in the runs inside the article's span that
    /// <see cref="MaxArticleGapBlocks"/> and <see cref="MaxArticleGapRuleShare"/> keep: there they are the dates of a list of
    /// events or the repeated cells of a table. Other rule drops (menus, share links, copyright lines) stay dropped.
    /// An experiment switch, kept for the tests that compare both ways.
    /// </summary>
    internal bool KeepDatesAndRepeatsInArticleGaps { get; set; } = true;

    /// <summary>
    /// In a text dump, whether a repeated short line whose copies all lie inside the article's span counts as neutral rather
    /// than as a rule drop when weighing a gap against <see cref="MaxArticleGapRuleShare"/>: repeated only inside the
    /// article, it labels the article's own list or table (a field name, a poster's name); the site's furniture repeats
    /// outside the article too.
    /// An experiment switch, kept for the tests that compare both ways.
    /// </summary>
    internal bool ArticleOnlyRepeatsAreNeutral { get; set; } = true;

    /// <summary>
    /// Whether a block dropped for its context that ends with sentence punctuation is kept when it lies within the
    /// article's span (from its first to its last prose block), however long the run of dropped blocks around it.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool KeepSentencesInsideArticle { get; set; } = true;

    internal void Validate(ICollection<string> errors)
    {
        OptionCheck.Require(errors, MinMainContainerShare is >= 0 and <= 1, nameof(MainRegionOptions), nameof(MinMainContainerShare), "in [0, 1]", MinMainContainerShare);
        OptionCheck.Require(errors, MaxRescueLinkDensity is >= 0 and <= 1, nameof(MainRegionOptions), nameof(MaxRescueLinkDensity), "in [0, 1]", MaxRescueLinkDensity);
        OptionCheck.Require(errors, DroppedTextWeight >= 0, nameof(MainRegionOptions), nameof(DroppedTextWeight), "at least 0", DroppedTextWeight);
        const string type = nameof(MainRegionOptions);
        OptionCheck.Require(errors, MaxGapWords >= 0, type, nameof(MaxGapWords), "at least 0", MaxGapWords);
        OptionCheck.Require(errors, MaxArticleGapBlocks >= 0, type, nameof(MaxArticleGapBlocks), "at least 0", MaxArticleGapBlocks);
        OptionCheck.Require(errors, MaxArticleGapRuleShare is >= 0 and <= 1, type, nameof(MaxArticleGapRuleShare), "in [0, 1]", MaxArticleGapRuleShare);
        OptionCheck.Require(errors, MaxGapBlocks >= 0, type, nameof(MaxGapBlocks), "at least 0", MaxGapBlocks);
        OptionCheck.Require(errors, MinRegionShare is >= 0 and <= 1, type, nameof(MinRegionShare), "in [0, 1]", MinRegionShare);
        OptionCheck.Require(errors, MinTeaserItems is 0 or >= 2, type, nameof(MinTeaserItems), "0 or at least 2", MinTeaserItems);
        OptionCheck.Require(errors, MaxTeaserHeadlineWords >= 2, type, nameof(MaxTeaserHeadlineWords), "at least 2", MaxTeaserHeadlineWords);
        OptionCheck.Require(errors, MaxTeaserExcerptWords >= 0, type, nameof(MaxTeaserExcerptWords), "at least 0", MaxTeaserExcerptWords);
        OptionCheck.Require(errors, MinListingItems is 0 or >= 2, type, nameof(MinListingItems), "0 or at least 2", MinListingItems);
        OptionCheck.Require(errors, MinTeaserCoreWords >= 0, type, nameof(MinTeaserCoreWords), "at least 0", MinTeaserCoreWords);
    }

    internal MainRegionOptions Clone() => (MainRegionOptions)MemberwiseClone();
}
