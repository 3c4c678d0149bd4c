namespace Boilerplate;

/// <summary>Bounds on the input a pipeline accepts, so that a hostile page fails fast instead of exhausting memory.</summary>
public sealed class PipelineLimits
{
    /// <summary>Largest input, in UTF-16 characters. Longer input throws <see cref="InputTooLargeException"/>.</summary>
    /// <value>The default value is 256 Mi characters (512 MiB of memory).</value>
    public int MaxInputChars { get; set; } = 256 * 1024 * 1024;

    /// <summary>
    /// Deepest element nesting of HTML input. Elements opened deeper are flattened before parsing: their tags are
    /// ignored and their text is kept, so hostile nesting costs linear time.
    /// </summary>
    /// <value>The default value is 256.</value>
    public int MaxHtmlDepth { get; set; } = 256;

    internal void Validate(ICollection<string> errors)
    {
        if (MaxHtmlDepth < 8)
        {
            errors.Add($"{nameof(PipelineLimits)}.{nameof(MaxHtmlDepth)} must be at least 8 (was {MaxHtmlDepth}).");
        }

        if (MaxInputChars < 1)
        {
            errors.Add($"{nameof(PipelineLimits)}.{nameof(MaxInputChars)} must be at least 1 (was {MaxInputChars}).");
        }
    }

    internal PipelineLimits Clone() => new() { MaxInputChars = MaxInputChars, MaxHtmlDepth = MaxHtmlDepth };
}
