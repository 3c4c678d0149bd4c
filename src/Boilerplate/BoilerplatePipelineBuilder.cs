using Microsoft.Extensions.Logging;

namespace Boilerplate;

/// <summary>
/// Assembles a <see cref="BoilerplatePipeline"/>: add filters with the <c>UseXxx()</c> extensions of
/// <see cref="BoilerplatePipelineBuilderExtensions"/> and your own with <see cref="Use(BoilerplateFilter)"/>, then call <see cref="Build"/>.
/// </summary>
/// <remarks>
/// The builder is mutable and not thread-safe; the pipeline it builds is immutable and thread-safe.
/// Built-in filters keep their canonical order (title, deduplication, navigation, foreign script, classifier)
/// whatever order they are added in, and adding one again replaces it (the last options win).
/// </remarks>
public sealed class BoilerplatePipelineBuilder
{
    /// <summary>The filters, in the order they will run.</summary>
    public OrderedFilterList Filters { get; } = new();

    /// <summary>Where the pipeline logs. </summary>
    /// <value>The default value is <see langword="null"/>, which logs nothing.</value>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Whether results carry the page's metadata (<see cref="CleanResult.Metadata"/>): title, authors, dates, site, URLs and more.</summary>
    /// <value>The default value is <see langword="true"/>. Turning it off saves reading the markup's meta, link and JSON-LD elements.</value>
    public bool ExtractMetadata { get; set; } = true;

    /// <summary>Limits that protect the pipeline from hostile input.</summary>
    public PipelineLimits Limits { get; } = new();

    /// <summary>The class and id words by which HTML input tells furniture, comments, the article, captions and bylines apart; each list starts with the built-in words.</summary>
    public ContainerWords ContainerWords { get; } = new();

    /// <summary>
    /// Adds a filter, as <see cref="OrderedFilterList.Add"/> does. A filter of your own runs after the built-in rule filters
    /// and before the content classifier, so the blocks it drops count as boilerplate context for the classifier's decisions;
    /// this holds whatever the order of calls. A built-in filter takes its canonical place and replaces one of its type, as
    /// its <c>UseXxx()</c> method does. Adding the same instance twice has no effect.
    /// </summary>
    /// <param name="filter">The filter.</param>
    /// <returns>This builder.</returns>
    public BoilerplatePipelineBuilder Use(BoilerplateFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Filters.Add(filter);
        return this;
    }

    /// <summary>Validates every option and freezes the filters into a pipeline.</summary>
    /// <returns>An immutable, thread-safe pipeline; build it once and reuse it.</returns>
    /// <exception cref="ArgumentException">One or more options are invalid; the message lists them all.</exception>
    public BoilerplatePipeline Build()
    {
        var errors = new List<string>();
        Limits.Validate(errors);
        ContainerWords.Validate(errors);
        foreach (BoilerplateFilter filter in Filters)
        {
            filter.Validate(errors);
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid Boilerplate options:" + Environment.NewLine + "- " + string.Join(Environment.NewLine + "- ", errors));
        }

        return new BoilerplatePipeline([.. Filters], Limits.Clone(), LoggerFactory, ExtractMetadata)
        {
            ContainerWords = Html.ContainerHints.WordsOf(ContainerWords),
        };
    }
}
