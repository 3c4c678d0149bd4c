using Boilerplate.Internal;

namespace Boilerplate.Filters.LineDeduplication;

/// <summary>Options of <see cref="LineDeduplicationFilter"/>.</summary>
public sealed class LineDeduplicationOptions
{
    /// <summary>
    /// Repeated lines with at most this many words are page furniture (site name, "Last Updated", share labels) and go
    /// in every copy. Longer repeated lines are article text printed twice: the first copy stays.
    /// </summary>
    /// <value>The default value is 12.</value>
    public int MaxBoilerplateWords { get; set; } = 12;

    internal void Validate(ICollection<string> errors) =>
        OptionCheck.Require(errors, MaxBoilerplateWords >= 0, nameof(LineDeduplicationOptions), nameof(MaxBoilerplateWords), "at least 0", MaxBoilerplateWords);

    internal LineDeduplicationOptions Clone() => (LineDeduplicationOptions)MemberwiseClone();
}
