using System.Buffers;

namespace Boilerplate.Filters.SiteTemplates;

/// <summary>
/// Drops the blocks that recur on enough of a site's pages, when the call passes the site's
/// <see cref="SiteTemplate"/> (<see cref="BoilerplatePipeline.Process(string, SiteTemplate?)"/>); the reason says on how
/// many pages they occur. A site description, a newsletter pitch or a footer in full sentences looks like prose on one
/// page and gives itself away across pages. Without a template, or with one learnt from fewer than
/// <see cref="SiteTemplateOptions.MinPages"/> pages, the filter changes nothing.
/// </summary>
public sealed class SiteTemplateFilter : BoilerplateFilter
{
    /// <summary>The filter's name.</summary>
    public const string FilterName = "site-template";

    private readonly SiteTemplateOptions _options;

    /// <summary>Creates the filter.</summary>
    /// <param name="options">Options, copied; <see langword="null"/> for the defaults.</param>
    public SiteTemplateFilter(SiteTemplateOptions? options = null)
        : base(FilterName)
    {
        _options = (options ?? new SiteTemplateOptions()).Clone();
    }

    /// <inheritdoc/>
    public override void Apply(PageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        SiteTemplate? template = document.SiteTemplate;
        if (template is null)
        {
            return;
        }

        // An HTML page is matched by place against the template's HTML pages, a dump by text against all of them.
        bool byPlace = _options.MatchPlaceInHtml && document.Outline is not null && template.HtmlPageCount > 0;
        int sitePages = byPlace ? template.HtmlPageCount : template.PageCount;
        if (sitePages < _options.MinPages || document.Count == 0)
        {
            return;
        }

        int threshold = Math.Max(_options.MinRecurringPages, (int)Math.Ceiling(_options.MinShare * sitePages));
        int[] pages = ArrayPool<int>.Shared.Rent(document.Count);
        try
        {
            int ownWords = 0;
            for (int i = 0; i < document.Count; i++)
            {
                pages[i] = template.PagesHolding(document, i, byPlace);
                ownWords += pages[i] < threshold ? document[i].WordCount : 0;
            }

            if (ownWords < _options.MinOwnWords)
            {
                return;
            }

            for (int i = 0; i < document.Count; i++)
            {
                if (pages[i] >= threshold && !(_options.KeepInsideArticle && IsInsideArticle(document, pages, threshold, i)))
                {
                    document.Decide(i, BlockLabel.Boilerplate, Name, DecisionCode.SiteTemplateRepeat, template.Reason(pages[i]));
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(pages);
        }
    }

    /// <inheritdoc/>
    protected internal override void Validate(ICollection<string> errors) => _options.Validate(errors);

    private bool IsInsideArticle(PageDocument document, int[] pages, int threshold, int index) =>
        IsOwnProse(document, pages, threshold, Neighbour(document, index, -1))
        && IsOwnProse(document, pages, threshold, Neighbour(document, index, +1));

    private bool IsOwnProse(PageDocument document, int[] pages, int threshold, int index) =>
        index >= 0 && pages[index] < threshold && document[index].WordCount >= _options.MinProseWords;

    private static int Neighbour(PageDocument document, int index, int step)
    {
        for (int i = index + step; i >= 0 && i < document.Count; i += step)
        {
            if (document[i].WordCount > 0)
            {
                return i;
            }
        }

        return -1;
    }
}
