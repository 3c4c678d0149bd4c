using Boilerplate.Internal;

namespace Boilerplate.Filters.Fallback;

/// <summary>Options of <see cref="EmptyArticleFilter"/>.</summary>
public sealed class EmptyArticleOptions
{
    /// <summary>Fewest words a block needs to come back when the other filters kept nothing.</summary>
    /// <value>The default value is 5: a menu item or a button stays out, a product name or a sentence comes back.</value>
    public int MinWords { get; set; } = 5;

    /// <summary>Largest share of a block's characters inside links for it to come back: link lists stay out.</summary>
    /// <value>The default value is 0.5.</value>
    public double MaxLinkDensity { get; set; } = 0.5;

    internal void Validate(ICollection<string> errors)
    {
        const string type = nameof(EmptyArticleOptions);
        OptionCheck.Require(errors, MinWords >= 1, type, nameof(MinWords), "at least 1", MinWords);
        OptionCheck.Require(errors, MaxLinkDensity is >= 0 and <= 1, type, nameof(MaxLinkDensity), "in [0, 1]", MaxLinkDensity);
    }

    internal EmptyArticleOptions Clone() => (EmptyArticleOptions)MemberwiseClone();
}
