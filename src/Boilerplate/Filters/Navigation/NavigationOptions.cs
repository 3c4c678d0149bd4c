using Boilerplate.Internal;

namespace Boilerplate.Filters.Navigation;

/// <summary>Options of <see cref="NavigationFilter"/>.</summary>
public sealed class NavigationOptions
{
    /// <summary>Lines with more words than this are never judged by the lexicon: long prose that mentions "privacy policy" stays.</summary>
    /// <value>The default value is 25.</value>
    public int MaxLexiconWords { get; set; } = 25;

    /// <summary>Share of a line's words that lexicon phrases must cover for the line to go.</summary>
    /// <value>The default value is 0.5.</value>
    public double MinLexiconCoverage { get; set; } = 0.5;

    /// <summary>Most words a form-field label ("Name *", "Security Code*") may have.</summary>
    /// <value>The default value is 5.</value>
    public int MaxFormLabelWords { get; set; } = 5;

    /// <summary>Most blocks between two form labels for both to belong to one form; everything between them goes with the form.</summary>
    /// <value>The default value is 6.</value>
    public int MaxFormGap { get; set; } = 6;

    /// <summary>Fewest form labels that make a form region.</summary>
    /// <value>The default value is 3.</value>
    public int MinFormLabels { get; set; } = 3;

    /// <summary>Most words of a headline in a dated link list (a date stamp, a headline, a date stamp, …).</summary>
    /// <value>The default value is 20.</value>
    public int MaxLinkListHeadlineWords { get; set; } = 20;

    /// <summary>Fewest consecutive very short lines (see <see cref="MaxMenuItemWords"/>) that make a menu.</summary>
    /// <value>The default value is 5.</value>
    public int MinMenuRun { get; set; } = 5;

    /// <summary>Most words of a menu item.</summary>
    /// <value>The default value is 3.</value>
    public int MaxMenuItemWords { get; set; } = 3;

    /// <summary>Blocks with at least this many words count as prose when checking how much of it boilerplate containers hold (HTML input).</summary>
    /// <value>The default value is 20.</value>
    public int MinProseWords { get; set; } = 20;

    /// <summary>
    /// Smallest share of the page's prose that must lie outside containers marked as boilerplate (nav, footer, aside,
    /// class "sidebar", "comments", …) for those containers to be dropped; below it the markup is not trusted (HTML input).
    /// </summary>
    /// <value>The default value is 0.05: a short article under a long comment thread still loses the thread.</value>
    public double MinProseOutsideContainers { get; set; } = 0.05;

    /// <summary>
    /// Most prose words outside a comment section for the page to be a discussion thread, whose posts are its content: a
    /// question or an opening post under a thread that holds at least three times its prose keeps the thread (HTML input).
    /// </summary>
    /// <value>The default value is 200; 0 drops comment sections whatever stands outside them.</value>
    public int MaxOpeningPostWords { get; set; } = 200;

    internal void Validate(ICollection<string> errors)
    {
        Check(errors, MinProseWords >= 1, nameof(MinProseWords), "at least 1", MinProseWords);
        Check(errors, MaxOpeningPostWords >= 0, nameof(MaxOpeningPostWords), "at least 0", MaxOpeningPostWords);
        Check(errors, MinProseOutsideContainers is >= 0 and <= 1, nameof(MinProseOutsideContainers), "in [0, 1]", MinProseOutsideContainers);
        Check(errors, MaxLexiconWords >= 1, nameof(MaxLexiconWords), "at least 1", MaxLexiconWords);
        Check(errors, MinLexiconCoverage is > 0 and <= 1, nameof(MinLexiconCoverage), "in (0, 1]", MinLexiconCoverage);
        Check(errors, MaxFormLabelWords >= 1, nameof(MaxFormLabelWords), "at least 1", MaxFormLabelWords);
        Check(errors, MaxFormGap >= 0, nameof(MaxFormGap), "at least 0", MaxFormGap);
        Check(errors, MinFormLabels >= 2, nameof(MinFormLabels), "at least 2", MinFormLabels);
        Check(errors, MaxLinkListHeadlineWords >= 1, nameof(MaxLinkListHeadlineWords), "at least 1", MaxLinkListHeadlineWords);
        Check(errors, MinMenuRun >= 2, nameof(MinMenuRun), "at least 2", MinMenuRun);
        Check(errors, MaxMenuItemWords >= 1, nameof(MaxMenuItemWords), "at least 1", MaxMenuItemWords);
    }

    internal NavigationOptions Clone() => (NavigationOptions)MemberwiseClone();

    private static void Check(ICollection<string> errors, bool valid, string name, string rule, object value) =>
        OptionCheck.Require(errors, valid, nameof(NavigationOptions), name, rule, value);
}
