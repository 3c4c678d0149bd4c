using Boilerplate.Internal;

namespace Boilerplate.Filters.LineDeduplication;

/// <summary>Options of <see cref="LineDeduplicationFilter"/>.</summary>
public sealed class LineDeduplicationOptions
{
    /// <summary>
    /// Repeated lines with at most this many words are page furniture (site name, "Last Updated", share labels) and go
    /// in every copy. Longer repeated lines, and repeated sentences, are article text printed twice.
    /// </summary>
    /// <value>The default value is 12.</value>
    public int MaxBoilerplateWords { get; set; } = 12;

    /// <summary>Whether later copies of repeated article text (see <see cref="MaxBoilerplateWords"/>) are dropped, keeping the first.</summary>
    /// <value>
    /// The default value is <see langword="false"/>: pages repeat paragraphs on purpose (a summary, a pull quote), and
    /// readers expect them where the page puts them.
    /// </value>
    public bool DropRepeatedProse { get; set; }

    internal void Validate(ICollection<string> errors) =>
        OptionCheck.Require(errors, MaxBoilerplateWords >= 0, nameof(LineDeduplicationOptions), nameof(MaxBoilerplateWords), "at least 0", MaxBoilerplateWords);

    internal LineDeduplicationOptions Clone() => (LineDeduplicationOptions)MemberwiseClone();
}
