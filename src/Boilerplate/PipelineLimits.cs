namespace Boilerplate;

/// <summary>Bounds on the input a pipeline accepts, so that a hostile page fails fast instead of exhausting memory.</summary>
public sealed class PipelineLimits
{
    /// <summary>Largest input, in UTF-16 characters. Longer input throws <see cref="InputTooLargeException"/>.</summary>
    /// <value>The default value is 256 Mi characters (512 MiB of memory).</value>
    public int MaxInputChars { get; set; } = 256 * 1024 * 1024;

    internal void Validate(ICollection<string> errors)
    {
        if (MaxInputChars < 1)
        {
            errors.Add($"{nameof(PipelineLimits)}.{nameof(MaxInputChars)} must be at least 1 (was {MaxInputChars}).");
        }
    }

    internal PipelineLimits Clone() => new() { MaxInputChars = MaxInputChars };
}
