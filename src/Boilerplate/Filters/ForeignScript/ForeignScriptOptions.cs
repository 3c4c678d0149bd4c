using Boilerplate.Internal;

namespace Boilerplate.Filters.ForeignScript;

/// <summary>Options of <see cref="ForeignScriptFilter"/>.</summary>
public sealed class ForeignScriptOptions
{
    /// <summary>Fewest letters a page needs before its main script is trusted.</summary>
    /// <value>The default value is 50.</value>
    public int MinPageLetters { get; set; } = 50;

    /// <summary>Smallest share of the page's letters its main script must hold; a page more mixed than this is left alone.</summary>
    /// <value>The default value is 0.6.</value>
    public double MinMainScriptShare { get; set; } = 0.6;

    /// <summary>Fewest letters a line needs to be judged; shorter lines (a brand name, a symbol) are left to other filters.</summary>
    /// <value>The default value is 3.</value>
    public int MinLineLetters { get; set; } = 3;

    /// <summary>
    /// Fewest words of the main-script prose that must stand on both sides of a foreign line for it to stay as a quotation
    /// inside the article (an English quote in an Arabic article). The neighbours must be undecided or kept.
    /// </summary>
    /// <value>The default value is 10.</value>
    public int MinQuoteContextWords { get; set; } = 10;

    internal void Validate(ICollection<string> errors)
    {
        const string type = nameof(ForeignScriptOptions);
        OptionCheck.Require(errors, MinPageLetters >= 0, type, nameof(MinPageLetters), "at least 0", MinPageLetters);
        OptionCheck.Require(errors, MinMainScriptShare is > 0.5 and <= 1, type, nameof(MinMainScriptShare), "in (0.5, 1]", MinMainScriptShare);
        OptionCheck.Require(errors, MinLineLetters >= 1, type, nameof(MinLineLetters), "at least 1", MinLineLetters);
        OptionCheck.Require(errors, MinQuoteContextWords >= 0, type, nameof(MinQuoteContextWords), "at least 0", MinQuoteContextWords);
    }

    internal ForeignScriptOptions Clone() => (ForeignScriptOptions)MemberwiseClone();
}
