namespace Boilerplate;

/// <summary>
/// A stable code for why a block was decided as it was, one per rule of the built-in filters. Switch on it (or on
/// <see cref="Block.Kind"/>) rather than on <see cref="Block.Reason"/>, whose text may change between versions.
/// </summary>
/// <remarks>Values are stable: new codes are added at the end, none is renumbered or reused.</remarks>
public enum DecisionCode : ushort
{
    /// <summary>No filter has decided the block.</summary>
    None = 0,

    /// <summary>A filter of the caller's decided with a reason text of its own (<see cref="DecisionKind.User"/>).</summary>
    Custom = 1,

    /// <summary>The block is the page's title. <see cref="DecisionKind.Rule"/>.</summary>
    PageTitle,

    /// <summary>The block is the article's headline, reported as the title. <see cref="DecisionKind.Rule"/>.</summary>
    Headline,

    /// <summary>The block recurs on many pages of the site; the reason text says on how many. <see cref="DecisionKind.Template"/>.</summary>
    SiteTemplateRepeat,

    /// <summary>The block repeats an earlier line of the page. <see cref="DecisionKind.Rule"/>.</summary>
    RepeatedLine,

    /// <summary>A short line that occurs more than once on the page. <see cref="DecisionKind.Rule"/>.</summary>
    RepeatedShortLine,

    /// <summary>The block has no letters. <see cref="DecisionKind.Rule"/>.</summary>
    NoLetters,

    /// <summary>The block is a date or time stamp. <see cref="DecisionKind.Rule"/>.</summary>
    DateStamp,

    /// <summary>A copyright or credits line. <see cref="DecisionKind.Rule"/>.</summary>
    Copyright,

    /// <summary>A legal or policy line. <see cref="DecisionKind.Rule"/>.</summary>
    Legal,

    /// <summary>A form field's label. <see cref="DecisionKind.Rule"/>.</summary>
    FormLabel,

    /// <summary>The block sits inside a form. <see cref="DecisionKind.Container"/>.</summary>
    InsideForm,

    /// <summary>Social or share links. <see cref="DecisionKind.Rule"/>.</summary>
    SocialLinks,

    /// <summary>A call to action (subscribe, sign up, read more). <see cref="DecisionKind.Rule"/>.</summary>
    CallToAction,

    /// <summary>Navigation links. <see cref="DecisionKind.Rule"/>.</summary>
    MenuLinks,

    /// <summary>A list of dated links. <see cref="DecisionKind.Rule"/>.</summary>
    DatedLinkList,

    /// <summary>A run of short, menu-like lines. <see cref="DecisionKind.Rule"/>.</summary>
    MenuRun,

    /// <summary>The block sits inside a container named as boilerplate (nav, footer, sidebar, share, …). <see cref="DecisionKind.Container"/>.</summary>
    BoilerplateContainer,

    /// <summary>The block sits inside a comment section. <see cref="DecisionKind.Container"/>.</summary>
    CommentSection,

    /// <summary>The block is written in another script than the page. <see cref="DecisionKind.Rule"/>.</summary>
    ForeignScript,

    /// <summary>Mostly link text. <see cref="DecisionKind.Context"/>.</summary>
    LinkDense,

    /// <summary>A short block with a link. <see cref="DecisionKind.Context"/>.</summary>
    ShortLink,

    /// <summary>Too few stopwords to be prose. <see cref="DecisionKind.Context"/>.</summary>
    FewStopwords,

    /// <summary>A short block among boilerplate. <see cref="DecisionKind.Context"/>.</summary>
    ShortAmongBoilerplate,

    /// <summary>A block of medium length among boilerplate. <see cref="DecisionKind.Context"/>.</summary>
    NearGoodAmongBoilerplate,

    /// <summary>Prose, kept. <see cref="DecisionKind.Context"/>.</summary>
    Prose,

    /// <summary>A short block among article text, kept. <see cref="DecisionKind.Context"/>.</summary>
    ShortAmongContent,

    /// <summary>A block of medium length near article text, kept. <see cref="DecisionKind.Context"/>.</summary>
    NearGoodNearContent,

    /// <summary>No clear article: the block is kept as it is not boilerplate on its own. <see cref="DecisionKind.Context"/>.</summary>
    NoArticleFallback,

    /// <summary>A small region of text away from the article. <see cref="DecisionKind.Structure"/>.</summary>
    OutsideMainRegion,

    /// <summary>Kept text outside the element that holds the article. <see cref="DecisionKind.Structure"/>.</summary>
    OutsideMainContainer,

    /// <summary>A sentence between the article's paragraphs, kept. <see cref="DecisionKind.Structure"/>.</summary>
    SentenceInsideArticle,

    /// <summary>A short gap between the article's paragraphs, kept. <see cref="DecisionKind.Structure"/>.</summary>
    ShortGapInsideArticle,

    /// <summary>A list or table between the article's paragraphs, kept. <see cref="DecisionKind.Structure"/>.</summary>
    ListInsideArticle,

    /// <summary>A date or repeated line in a list between the article's paragraphs, kept. <see cref="DecisionKind.Structure"/>.</summary>
    DateOrRepeatInsideArticle,

    /// <summary>A block inside the element that holds the article, kept. <see cref="DecisionKind.Structure"/>.</summary>
    InsideMainContainer,

    /// <summary>An author's byline or bio. <see cref="DecisionKind.Structure"/>.</summary>
    Byline,

    /// <summary>An image caption or credit. <see cref="DecisionKind.Structure"/>.</summary>
    Caption,

    /// <summary>A heading announcing related articles, or what follows it in its container. <see cref="DecisionKind.Structure"/>.</summary>
    RelatedHeading,

    /// <summary>An item of the listing of a page without an article, kept. <see cref="DecisionKind.Structure"/>.</summary>
    ListingItem,

    /// <summary>An item of a list of teasers for other articles. <see cref="DecisionKind.Structure"/>.</summary>
    Teaser,

    /// <summary>The other filters kept nothing: the block's visible text is kept. <see cref="DecisionKind.Fallback"/>.</summary>
    EmptyArticleRescue,
}
