namespace Boilerplate;

/// <summary>
/// A step of the pipeline: reads a <see cref="PageDocument"/>'s blocks and labels some of them.
/// Subclass it to add your own rules and add it with <see cref="BoilerplatePipelineBuilder.Use(BoilerplateFilter)"/>.
/// </summary>
/// <remarks>
/// A filter instance is shared by every call of a pipeline, possibly from many threads at once:
/// keep per-page state in locals, never in fields. Label blocks through
/// <see cref="PageDocument.Drop(int, string, string)"/>, <see cref="PageDocument.Keep(int, string, string)"/>
/// and <see cref="PageDocument.MarkTitle(int, string, string)"/>: they leave blocks an earlier filter decided alone.
/// </remarks>
public abstract class BoilerplateFilter
{
    /// <summary>Creates a filter with a name.</summary>
    /// <param name="name">Short name shown with every block the filter labels, for example <c>dedup</c>.</param>
    protected BoilerplateFilter(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>Short name shown with every block the filter labels.</summary>
    public string Name { get; }

    /// <summary>Labels blocks of <paramref name="document"/>.</summary>
    /// <param name="document">The page; owned by the current call.</param>
    public abstract void Apply(PageDocument document);

    /// <summary>Adds a line to <paramref name="errors"/> for every invalid option; called once by <see cref="BoilerplatePipelineBuilder.Build"/>.</summary>
    /// <param name="errors">Where to add problems, one sentence each.</param>
    protected internal virtual void Validate(ICollection<string> errors)
    {
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
