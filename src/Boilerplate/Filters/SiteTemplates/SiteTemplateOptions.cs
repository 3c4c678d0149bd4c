using Boilerplate.Internal;

namespace Boilerplate.Filters.SiteTemplates;

/// <summary>Options of <see cref="SiteTemplateFilter"/>.</summary>
public sealed class SiteTemplateOptions
{
    /// <summary>Templates learnt from fewer pages change nothing: two pages cannot tell a site's furniture from a shared story.</summary>
    /// <value>The default value is 3.</value>
    public int MinPages { get; set; } = 3;

    /// <summary>
    /// A block is furniture when it occurs on at least this share of the template's pages (and on at least two).
    /// The page being cleaned counts when the template was learnt from it too, as the CLI and the harness do.
    /// </summary>
    /// <value>
    /// The default value is 0.2: on cleanportaleval's four news sites (12–30 pages) 0.3 left footers and pitches found
    /// on a fifth to a third of a site's pages (text-dump F1 0.918 against 0.922), while cleaneval and modern did not move.
    /// </value>
    public double MinShare { get; set; } = 0.2;

    /// <summary>
    /// Whether a recurring block stays when the blocks with words right before and after it are both the page's own
    /// prose (not recurring, at least <see cref="MinProseWords"/> words): a standard line inside every article.
    /// </summary>
    /// <value>
    /// The default value is <see langword="true"/>: F1 is the same both ways on the evaluation sets, and it keeps 143 gold
    /// lines of modern's text dumps (of 251) that would otherwise go.
    /// </value>
    public bool KeepInsideArticle { get; set; } = true;

    /// <summary>Words a neighbour needs to count as the page's own prose for <see cref="KeepInsideArticle"/>.</summary>
    /// <value>The default value is 10.</value>
    public int MinProseWords { get; set; } = 10;

    /// <summary>
    /// A block recurs only when it occurs on at least this many of the template's pages, whatever <see cref="MinShare"/>
    /// says: on a small site, two pages sharing a line may be one story published twice.
    /// </summary>
    /// <value>The default value is 3 (the page itself and two others): with 2, small sites of modern, where two pages of a product or a story share much of their text, lost it (HTML F1 0.739 against 0.742).</value>
    public int MinRecurringPages { get; set; } = 3;

    /// <summary>
    /// The page keeps every block when fewer than this many of its words are its own (in blocks that do not recur):
    /// the page is then a copy of other pages of the site, or all furniture, and the template cannot tell which part
    /// is its article.
    /// </summary>
    /// <value>The default value is 50.</value>
    public int MinOwnWords { get; set; } = 50;

    /// <summary>Whether an HTML block must recur at the same place (its text under the same element path) rather than with the same text anywhere.</summary>
    /// <value>The default value is <see langword="true"/> (the same F1 as by text on the evaluation sets; a line that is furniture elsewhere stays when it sits in this page's article).</value>
    public bool MatchPlaceInHtml { get; set; } = true;

    internal void Validate(ICollection<string> errors)
    {
        const string type = nameof(SiteTemplateOptions);
        OptionCheck.Require(errors, MinPages >= 2, type, nameof(MinPages), "at least 2", MinPages);
        OptionCheck.Require(errors, MinShare is > 0 and <= 1, type, nameof(MinShare), "above 0 and at most 1", MinShare);
        OptionCheck.Require(errors, MinProseWords >= 0, type, nameof(MinProseWords), "at least 0", MinProseWords);
        OptionCheck.Require(errors, MinRecurringPages >= 2, type, nameof(MinRecurringPages), "at least 2", MinRecurringPages);
        OptionCheck.Require(errors, MinOwnWords >= 0, type, nameof(MinOwnWords), "at least 0", MinOwnWords);
    }

    internal SiteTemplateOptions Clone() => (SiteTemplateOptions)MemberwiseClone();
}
