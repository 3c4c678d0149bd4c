namespace Boilerplate.Filters.MainRegion;

/// <summary>
/// Keeps the article's region, not every stray paragraph. A page with elements (<see cref="PageDocument.Outline"/>, as
/// HTML has) keeps the element holding the most kept text net of dropped text and drops captions, bylines and lists of
/// teasers; a page without (a text dump) keeps its largest region of kept blocks. Both keep the gaps between the
/// article's paragraphs that the classifier dropped for their context. Runs after the content classifier.
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

    private readonly MainRegionOptions _options;
    private readonly ElementMainRegion _elements;
    private readonly TextMainRegion _text;

    /// <summary>Creates the filter.</summary>
    /// <param name="options">Options, copied; <see langword="null"/> for the defaults.</param>
    public MainRegionFilter(MainRegionOptions? options = null)
        : base(FilterName)
    {
        _options = (options ?? new MainRegionOptions()).Clone();
        _elements = new ElementMainRegion(_options, Name);
        _text = new TextMainRegion(_options, Name);
    }

    /// <inheritdoc/>
    public override void Apply(PageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Outline is { } outline)
        {
            _elements.Apply(document, outline);
        }
        else
        {
            _text.Apply(document);
        }
    }

    /// <inheritdoc/>
    protected internal override void Validate(ICollection<string> errors) => _options.Validate(errors);
}
