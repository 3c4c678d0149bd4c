namespace Boilerplate.Filters.Fallback;

/// <summary>
/// The last filter: when the others kept no word of a page, the blocks they dropped only for their context (a container
/// named like furniture, a place among boilerplate) come back if they hold text (at least
/// <see cref="EmptyArticleOptions.MinWords"/> words, mostly not link text), so that a page whose article sits in
/// containers we call boilerplate never gives an empty result. Lines dropped for what they say (menu words, form
/// labels, a copyright line, a repeat) and every decision of a user's filter stand, so a page of menus, links or a
/// comment form stays empty. Pages that keep anything are left as they are.
/// </summary>
public sealed class EmptyArticleFilter : BoilerplateFilter
{
    /// <summary>The reason given to the blocks it brings back.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.EmptyArticleRescue) or DecisionCode.EmptyArticleRescue.GetReason().")]
    public const string RescuedReason = "the other filters kept nothing: visible text kept";

    private readonly EmptyArticleOptions _options;

    /// <summary>Creates the filter.</summary>
    /// <param name="options">Options, copied; <see langword="null"/> for the defaults.</param>
    public EmptyArticleFilter(EmptyArticleOptions? options = null)
        : base("fallback")
    {
        _options = (options ?? new EmptyArticleOptions()).Clone();
    }

    /// <inheritdoc/>
    public override void Apply(PageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (ref readonly Block block in document.Blocks)
        {
            if (!block.IsRemoved && block.WordCount > 0)
            {
                return;
            }
        }

        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (block.Label == BlockLabel.Boilerplate && block.WordCount >= _options.MinWords && block.LinkDensity <= _options.MaxLinkDensity
                && IsContextDrop(block))
            {
                document.Relabel(i, BlockLabel.Content, Name, DecisionCode.EmptyArticleRescue);
            }
        }
    }

    /// <summary>
    /// Whether the block was dropped for where it sits (a container named like furniture, or among boilerplate), which a
    /// page can get wrong as a whole; lines dropped for what they say (a copyright line, a repeat) and every decision of
    /// a user's filter stand.
    /// </summary>
    private static bool IsContextDrop(in Block block) =>
        block.Kind is DecisionKind.Context or DecisionKind.Structure
        || block.Code is DecisionCode.BoilerplateContainer or DecisionCode.CommentSection;

    /// <inheritdoc/>
    protected internal override void Validate(ICollection<string> errors) => _options.Validate(errors);
}
