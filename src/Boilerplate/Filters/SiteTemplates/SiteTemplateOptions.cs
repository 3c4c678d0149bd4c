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
    /// <value>The default value is 0.3.</value>
    public double MinShare { get; set; } = 0.3;

    /// <summary>
    /// Whether a recurring block stays when the blocks with words right before and after it are both the page's own
    /// prose (not recurring, at least <see cref="MinProseWords"/> words): a standard line inside every article.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool KeepInsideArticle { get; set; } = true;

    /// <summary>Words a neighbour needs to count as the page's own prose for <see cref="KeepInsideArticle"/>.</summary>
    /// <value>The default value is 10.</value>
    public int MinProseWords { get; set; } = 10;

    internal void Validate(ICollection<string> errors)
    {
        const string type = nameof(SiteTemplateOptions);
        OptionCheck.Require(errors, MinPages >= 2, type, nameof(MinPages), "at least 2", MinPages);
        OptionCheck.Require(errors, MinShare is > 0 and <= 1, type, nameof(MinShare), "above 0 and at most 1", MinShare);
        OptionCheck.Require(errors, MinProseWords >= 0, type, nameof(MinProseWords), "at least 0", MinProseWords);
    }

    internal SiteTemplateOptions Clone() => (SiteTemplateOptions)MemberwiseClone();
}
