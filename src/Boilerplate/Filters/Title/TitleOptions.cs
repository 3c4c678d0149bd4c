using Boilerplate.Internal;

namespace Boilerplate.Filters.Title;

/// <summary>Options of <see cref="TitleFilter"/>.</summary>
public sealed class TitleOptions
{
    /// <summary>Most words of a page title; a longer first line is taken as text, not as a title.</summary>
    /// <value>The default value is 30.</value>
    public int MaxTitleWords { get; set; } = 30;

    internal void Validate(ICollection<string> errors) =>
        OptionCheck.Require(errors, MaxTitleWords >= 1, nameof(TitleOptions), nameof(MaxTitleWords), "at least 1", MaxTitleWords);

    internal TitleOptions Clone() => (TitleOptions)MemberwiseClone();
}
