namespace Boilerplate;

/// <summary>
/// A starting set of filter options, chosen by measurement on the evaluation sets (the README gives the figures of each
/// for every data set and form). <see cref="BoilerplateOptions.ForPreset"/> and
/// <see cref="BoilerplatePipelineBuilderExtensions.UseDefaults(BoilerplatePipelineBuilder, BoilerplatePreset)"/> apply one.
/// </summary>
public enum BoilerplatePreset
{
    /// <summary>The default options: the best F1 over the evaluation sets.</summary>
    Balanced = 0,

    /// <summary>Drops more: less boilerplate in the article, at the cost of some article text. Higher precision than <see cref="Balanced"/> on every evaluation set.</summary>
    Precision,

    /// <summary>Keeps more: less article text lost, at the cost of some boilerplate. Higher recall than <see cref="Balanced"/> on every evaluation set.</summary>
    Recall,
}
