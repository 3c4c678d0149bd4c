using Boilerplate.Internal;

namespace Boilerplate.Filters.SiteTemplates;

/// <summary>Options of <see cref="SiteTemplateFilter"/>.</summary>
public sealed class SiteTemplateOptions
{
    /// <summary>Templates learnt from fewer pages change nothing: two pages cannot tell a site's furniture from a shared story.</summary>
    /// <value>The default value is 3.</value>
    public int MinPages { get; set; } = 3;

    /// <summary>
    /// A block is furniture when it occurs on at least this share of the template's pages (and on at least
    /// <see cref="MinRecurringPages"/>).
    /// The page being cleaned counts when the template was learnt from it too, as the CLI and the harness do.
    /// </summary>
    /// <value>
    /// The default value is 0.2: on news sites a footer or pitch often runs on only some sections' pages, and a higher
    /// share left them in.
    /// </value>
    public double MinShare { get; set; } = 0.2;

    /// <summary>
    /// Whether a recurring block stays when the blocks with words right before and after it are both the page's own
    /// prose (not recurring, at least <see cref="MinProseWords"/> words): a standard line inside every article.
    /// </summary>
    /// <value>
    /// The default value is <see langword="true"/>: such a line is most often part of the article (a standard notice).
    /// </value>
    public bool KeepInsideArticle { get; set; } = true;

    /// <summary>Words a neighbour needs to count as the page's own prose for <see cref="KeepInsideArticle"/>.</summary>
    /// <value>The default value is 10.</value>
    public int MinProseWords { get; set; } = 10;

    /// <summary>
    /// A block recurs only when it occurs on at least this many of the template's pages, whatever <see cref="MinShare"/>
    /// says: on a small site, two pages sharing a line may be one story published twice.
    /// </summary>
    /// <value>The default value is 3 (the page itself and two others): two pages of a small site often share one story or product.</value>
    public int MinRecurringPages { get; set; } = 3;

    /// <summary>
    /// The page keeps every block when fewer than this many of its words are its own (in blocks that do not recur):
    /// the page is then a copy of other pages of the site, or all furniture, and the template cannot tell which part
    /// is its article.
    /// </summary>
    /// <value>The default value is 50.</value>
    public int MinOwnWords { get; set; } = 50;

    /// <summary>Whether an HTML block must recur at the same place (its text under the same element path) rather than with the same text anywhere.</summary>
    /// <value>The default value is <see langword="true"/>: a line that is furniture elsewhere stays when it sits in this page's article.</value>
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
