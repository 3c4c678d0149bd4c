using Boilerplate.Internal;

namespace Boilerplate.Filters.LineDeduplication;

/// <summary>
/// Finds lines repeated on the page, exactly or after normalisation (case, white space and punctuation ignored).
/// Short repeated lines are boilerplate and go in every copy; long ones are article text printed twice and stay,
/// unless <see cref="LineDeduplicationOptions.DropRepeatedProse"/> asks to keep only the first copy.
/// Lines already taken as the title are left to the title filter, so a headline repeated as title is kept once.
/// </summary>
public sealed class LineDeduplicationFilter : BoilerplateFilter
{
    /// <summary>The filter's <see cref="BoilerplateFilter.Name"/>.</summary>
    internal const string FilterName = "dedup";

    /// <summary>Reason: a short line that appears more than once on the page.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.RepeatedShortLine) or DecisionCode.RepeatedShortLine.GetReason().")]
    public const string RepeatedShortLineReason = "repeated short line";

    /// <summary>Reason: a later copy of a long line.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.RepeatedLine) or DecisionCode.RepeatedLine.GetReason().")]
    public const string RepeatedLineReason = "repeat of an earlier line";

    private readonly LineDeduplicationOptions _options;

    /// <summary>Creates the filter.</summary>
    /// <param name="options">Options, copied; <see langword="null"/> for the defaults.</param>
    public LineDeduplicationFilter(LineDeduplicationOptions? options = null)
        : base(FilterName)
    {
        _options = (options ?? new LineDeduplicationOptions()).Clone();
    }

    /// <inheritdoc/>
    public override void Apply(PageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Value: index of the first copy, or ~index once a second copy was seen. Pooled: no allocation per page.
        using var seen = new PooledHashIndex(document.Count);
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (block.WordCount == 0 || IsArticleMarkup(block) || block.Has(BlockTraits.Preformatted))
            {
                continue;
            }

            ref int entry = ref seen.GetOrAdd(block.NormalizedHash, out bool exists);
            if (!exists)
            {
                entry = i;
                continue;
            }

            int first = entry;
            if (block.WordCount > _options.MaxBoilerplateWords || IsSentence(block))
            {
                if (_options.DropRepeatedProse)
                {
                    document.Drop(i, Name, DecisionCode.RepeatedLine);
                }

                continue;
            }

            document.Drop(i, Name, DecisionCode.RepeatedShortLine);
            if (first >= 0)
            {
                document.Drop(first, Name, DecisionCode.RepeatedShortLine);
                entry = ~first;
            }
        }
    }

    // In HTML, a repeated heading or label inside the article's container (a recipe's "Ingredients") is structure, not furniture.
    private static bool IsArticleMarkup(in Block block) =>
        block.Has(BlockTraits.InContentContainer) && block.LinkDensity < 0.5;

    // A repeated sentence is text printed twice (a pull quote, a summary), not furniture.
    private static bool IsSentence(in Block block) => block.WordCount >= 6 && block.Has(BlockTraits.TerminalPunctuation);

    /// <inheritdoc/>
    protected internal override void Validate(ICollection<string> errors) => _options.Validate(errors);
}
