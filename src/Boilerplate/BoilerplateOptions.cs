using Boilerplate.Filters.ContentClassifier;
using Boilerplate.Filters.Fallback;
using Boilerplate.Filters.ForeignScript;
using Boilerplate.Filters.LineDeduplication;
using Boilerplate.Filters.MainRegion;
using Boilerplate.Filters.Navigation;
using Boilerplate.Filters.SiteTemplates;
using Boilerplate.Filters.Title;
using Boilerplate.Internal;

namespace Boilerplate;

/// <summary>
/// Every option of a default pipeline in one object, for binding from configuration or a JSON file: a preset, the
/// limits, metadata and each built-in filter's options. <see cref="BoilerplatePipelineBuilderExtensions.UseOptions"/>
/// applies it to a builder.
/// </summary>
/// <remarks>
/// Start from <see cref="ForPreset"/> and then bind or set individual options: a filter's options start as the preset's,
/// so setting one option keeps the preset's others. A <see cref="Preset"/> set afterwards does not change filter options
/// already filled in. Not thread-safe; the pipeline built from it copies every value.
/// </remarks>
public sealed class BoilerplateOptions
{
    /// <summary>The preset the filter options were filled from.</summary>
    /// <value>The default value is <see cref="BoilerplatePreset.Balanced"/>.</value>
    public BoilerplatePreset Preset { get; set; }

    /// <summary>Whether results carry the page's metadata; see <see cref="BoilerplatePipelineBuilder.ExtractMetadata"/>.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool ExtractMetadata { get; set; } = true;

    /// <summary>The limits; see <see cref="PipelineLimits"/> and, for servers, <see cref="PipelineLimits.WebService"/>.</summary>
    public PipelineLimits Limits { get; set; } = new();

    /// <summary>Options of <see cref="TitleFilter"/>.</summary>
    public TitleOptions Title { get; set; } = new();

    /// <summary>Options of <see cref="SiteTemplateFilter"/>.</summary>
    public SiteTemplateOptions SiteTemplate { get; set; } = new();

    /// <summary>Options of <see cref="LineDeduplicationFilter"/>.</summary>
    public LineDeduplicationOptions LineDeduplication { get; set; } = new();

    /// <summary>Options of <see cref="NavigationFilter"/>.</summary>
    public NavigationOptions Navigation { get; set; } = new();

    /// <summary>Options of <see cref="ForeignScriptFilter"/>.</summary>
    public ForeignScriptOptions ForeignScript { get; set; } = new();

    /// <summary>Options of <see cref="ContentClassifierFilter"/>.</summary>
    public ContentClassifierOptions ContentClassifier { get; set; } = new();

    /// <summary>Options of <see cref="MainRegionFilter"/>.</summary>
    public MainRegionOptions MainRegion { get; set; } = new();

    /// <summary>Options of <see cref="EmptyArticleFilter"/>.</summary>
    public EmptyArticleOptions EmptyArticleFallback { get; set; } = new();

    /// <summary>Options with every filter's options set as <paramref name="preset"/> sets them.</summary>
    /// <param name="preset">The preset.</param>
    /// <returns>New options; change any of them before building.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="preset"/> is not a member of <see cref="BoilerplatePreset"/>.</exception>
    public static BoilerplateOptions ForPreset(BoilerplatePreset preset) => new BoilerplateOptions().UsePreset(preset);

    /// <summary>
    /// Sets <see cref="Preset"/> and replaces every filter's options with the preset's; <see cref="Limits"/> and
    /// <see cref="ExtractMetadata"/> are left as they are. Set individual filter options after this call.
    /// </summary>
    /// <param name="preset">The preset.</param>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="preset"/> is not a member of <see cref="BoilerplatePreset"/>.</exception>
    public BoilerplateOptions UsePreset(BoilerplatePreset preset)
    {
        if (!Enum.IsDefined(preset))
        {
            throw new ArgumentOutOfRangeException(nameof(preset), preset, "Not a preset.");
        }

        Preset = preset;
        Title = new();
        SiteTemplate = new();
        LineDeduplication = new();
        Navigation = new();
        ForeignScript = new();
        ContentClassifier = new();
        MainRegion = new();
        EmptyArticleFallback = new();
        Presets.Apply(this, preset);
        return this;
    }

    /// <summary>
    /// Reads options from JSON shaped as this class (property names in any case, enums as names, comments allowed):
    /// <c>{ "Preset": "Precision", "Limits": { "MaxInputChars": 1000000 }, "ContentClassifier": { "LengthLow": 60 } }</c>.
    /// The filters' options start as <see cref="Preset"/> sets them, whatever the order of the properties; the others
    /// keep their defaults.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.Text.Json.JsonException">The JSON is malformed, names an unknown option or gives an option a value of the wrong type.</exception>
    public static BoilerplateOptions FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return OptionsJson.Read(json);
    }
}
