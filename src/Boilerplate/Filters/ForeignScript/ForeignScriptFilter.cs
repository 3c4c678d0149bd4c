namespace Boilerplate.Filters.ForeignScript;

/// <summary>
/// Strips lines written mostly in another script than the page's: an Arabic address on an English page goes,
/// while an Arabic or Chinese article keeps all its lines. Chinese, Japanese and Korean count as one writing system,
/// and a foreign line between paragraphs of the page's script stays as a quotation.
/// </summary>
public sealed class ForeignScriptFilter : BoilerplateFilter
{
    /// <summary>Reason: the line's letters are mostly another script than the page's.</summary>
    [Obsolete("Reason texts may change: read Block.Code (DecisionCode.ForeignScript) or DecisionCode.ForeignScript.GetReason().")]
    public const string ForeignScriptReason = "foreign script";

    private readonly ForeignScriptOptions _options;

    /// <summary>Creates the filter.</summary>
    /// <param name="options">Options, copied; <see langword="null"/> for the defaults.</param>
    public ForeignScriptFilter(ForeignScriptOptions? options = null)
        : base("foreign-script")
    {
        _options = (options ?? new ForeignScriptOptions()).Clone();
    }

    /// <inheritdoc/>
    public override void Apply(PageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Script main = document.MainScript;
        if (main == Script.Unknown || document.LetterCount < _options.MinPageLetters || document.MainScriptShare < _options.MinMainScriptShare)
        {
            return;
        }

        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (block.Label != BlockLabel.Undecided || block.LetterCount < _options.MinLineLetters || !IsForeign(block, main))
            {
                continue;
            }

            if (!IsQuotation(document, i, main))
            {
                document.Drop(i, Name, DecisionCode.ForeignScript);
            }
        }
    }

    /// <inheritdoc/>
    protected internal override void Validate(ICollection<string> errors) => _options.Validate(errors);

    // A line is foreign when the main script holds at most half its letters.
    private static bool IsForeign(in Block block, Script main) => block.Script != main;

    private bool IsQuotation(PageDocument document, int index, Script main) =>
        HasProse(document, index, -1, main) && HasProse(document, index, +1, main);

    /// <summary>Whether the nearest main-script line in <paramref name="step"/>'s direction is kept prose.</summary>
    private bool HasProse(PageDocument document, int index, int step, Script main)
    {
        for (int k = index + step; k >= 0 && k < document.Count; k += step)
        {
            ref readonly Block neighbour = ref document[k];
            if (neighbour.LetterCount < _options.MinLineLetters || IsForeign(neighbour, main))
            {
                continue;
            }

            return !neighbour.IsRemoved && neighbour.WordCount >= _options.MinQuoteContextWords;
        }

        return false;
    }
}
