using Boilerplate.Filters.Fallback;
using Boilerplate.Filters.ContentClassifier;
using Boilerplate.Filters.ForeignScript;
using Boilerplate.Filters.LineDeduplication;
using Boilerplate.Filters.MainRegion;
using Boilerplate.Filters.Navigation;
using Boilerplate.Filters.SiteTemplates;
using Boilerplate.Filters.Title;

namespace Boilerplate;

/// <summary>
/// The <c>UseXxx()</c> methods that add the built-in filters. Each is idempotent: calling it again replaces the
/// filter with one built from the new options, at the same place.
/// </summary>
public static class BoilerplatePipelineBuilderExtensions
{
    // The order built-in filters run in, whatever order they are added in:
    // the title is claimed first so deduplication keeps one headline (and a site's template never takes it); a site's
    // recurring blocks go before the page's own rules so that they carry the template's reason; rule filters run before
    // the classifier because their decisions are the bad anchors its context pass relies on; foreign-script lines are
    // judged after rules so that a quotation's neighbours are already known as prose or boilerplate.
    internal static readonly Type[] CanonicalOrder =
    [
        typeof(TitleFilter),
        typeof(SiteTemplateFilter),
        typeof(LineDeduplicationFilter),
        typeof(NavigationFilter),
        typeof(ForeignScriptFilter),
        typeof(ContentClassifierFilter),
        typeof(MainRegionFilter),
        typeof(EmptyArticleFilter),
    ];

    /// <summary>Adds every built-in filter with its default options.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static BoilerplatePipelineBuilder UseDefaults(this BoilerplatePipelineBuilder builder) => builder.UseFilters(new BoilerplateOptions());

    /// <summary>Adds every built-in filter with the options of <paramref name="preset"/>; <see cref="BoilerplatePreset.Balanced"/> is <see cref="UseDefaults(BoilerplatePipelineBuilder)"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="preset">The preset.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="preset"/> is not a member of <see cref="BoilerplatePreset"/>.</exception>
    public static BoilerplatePipelineBuilder UseDefaults(this BoilerplatePipelineBuilder builder, BoilerplatePreset preset) =>
        builder.UseFilters(BoilerplateOptions.ForPreset(preset));

    /// <summary>
    /// Adds every built-in filter with the filter options of <paramref name="options"/>, and takes its limits and
    /// <see cref="BoilerplateOptions.ExtractMetadata"/>: the pipeline <paramref name="options"/> describes.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The options, for example from <see cref="BoilerplateOptions.ForPreset"/>, <see cref="BoilerplateOptions.FromJson"/> or configuration.</param>
    /// <returns>The builder.</returns>
    public static BoilerplatePipelineBuilder UseOptions(this BoilerplatePipelineBuilder builder, BoilerplateOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.ExtractMetadata = options.ExtractMetadata;
        builder.Limits.CopyFrom(options.Limits);
        return builder.UseFilters(options);
    }

    /// <summary>Adds <see cref="TitleFilter"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    public static BoilerplatePipelineBuilder UseTitle(this BoilerplatePipelineBuilder builder, TitleOptions? options = null) =>
        builder.UseBuiltIn(new TitleFilter(options));

    /// <summary>Adds <see cref="LineDeduplicationFilter"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    public static BoilerplatePipelineBuilder UseLineDeduplication(this BoilerplatePipelineBuilder builder, LineDeduplicationOptions? options = null) =>
        builder.UseBuiltIn(new LineDeduplicationFilter(options));

    /// <summary>Adds <see cref="SiteTemplateFilter"/>, which acts only on calls that pass a <see cref="SiteTemplate"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    public static BoilerplatePipelineBuilder UseSiteTemplate(this BoilerplatePipelineBuilder builder, SiteTemplateOptions? options = null) =>
        builder.UseBuiltIn(new SiteTemplateFilter(options));

    /// <summary>Adds <see cref="NavigationFilter"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    public static BoilerplatePipelineBuilder UseNavigation(this BoilerplatePipelineBuilder builder, NavigationOptions? options = null) =>
        builder.UseBuiltIn(new NavigationFilter(options));

    /// <summary>Adds <see cref="ForeignScriptFilter"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    public static BoilerplatePipelineBuilder UseForeignScript(this BoilerplatePipelineBuilder builder, ForeignScriptOptions? options = null) =>
        builder.UseBuiltIn(new ForeignScriptFilter(options));

    /// <summary>Adds <see cref="ContentClassifierFilter"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    public static BoilerplatePipelineBuilder UseContentClassifier(this BoilerplatePipelineBuilder builder, ContentClassifierOptions? options = null) =>
        builder.UseBuiltIn(new ContentClassifierFilter(options));

    /// <summary>Adds <see cref="MainRegionFilter"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    public static BoilerplatePipelineBuilder UseMainRegion(this BoilerplatePipelineBuilder builder, MainRegionOptions? options = null) =>
        builder.UseBuiltIn(new MainRegionFilter(options));

    /// <summary>Adds <see cref="EmptyArticleFilter"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The builder.</returns>
    public static BoilerplatePipelineBuilder UseEmptyArticleFallback(this BoilerplatePipelineBuilder builder, EmptyArticleOptions? options = null) =>
        builder.UseBuiltIn(new EmptyArticleFilter(options));

    private static BoilerplatePipelineBuilder UseFilters(this BoilerplatePipelineBuilder builder, BoilerplateOptions options) => builder
        .UseTitle(options.Title)
        .UseSiteTemplate(options.SiteTemplate)
        .UseLineDeduplication(options.LineDeduplication)
        .UseNavigation(options.Navigation)
        .UseForeignScript(options.ForeignScript)
        .UseContentClassifier(options.ContentClassifier)
        .UseMainRegion(options.MainRegion)
        .UseEmptyArticleFallback(options.EmptyArticleFallback);

    private static BoilerplatePipelineBuilder UseBuiltIn(this BoilerplatePipelineBuilder builder, BoilerplateFilter filter)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Filters.ReplaceOrInsert(filter);
        return builder;
    }
}
