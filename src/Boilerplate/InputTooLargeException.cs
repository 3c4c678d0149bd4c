namespace Boilerplate;

/// <summary>Thrown when an input exceeds <see cref="PipelineLimits.MaxInputChars"/> or <see cref="PipelineLimits.MaxInputBytes"/>; nothing of it was cleaned.</summary>
public sealed class InputTooLargeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InputTooLargeException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was too large.</param>
    public InputTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What was too large.</param>
    /// <param name="innerException">The cause.</param>
    public InputTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an input of <paramref name="length"/> against <paramref name="limit"/>, both in <paramref name="unit"/>.</summary>
    /// <param name="length">The input's length, or how much of it was read when <paramref name="isLengthLowerBound"/>.</param>
    /// <param name="limit">The limit it exceeds.</param>
    /// <param name="unit">What both count.</param>
    /// <param name="isLengthLowerBound">Whether reading stopped past the limit, so the input is at least <paramref name="length"/> long.</param>
    public InputTooLargeException(long length, long limit, InputSizeUnit unit, bool isLengthLowerBound = false)
        : base(Describe(length, limit, unit, isLengthLowerBound))
    {
        Length = length;
        Limit = limit;
        Unit = unit;
        IsLengthLowerBound = isLengthLowerBound;
    }

    /// <summary>The input's length in <see cref="Unit"/>; a lower bound when <see cref="IsLengthLowerBound"/>. 0 when not known.</summary>
    public long Length { get; }

    /// <summary>The limit the input exceeds, in <see cref="Unit"/>. 0 when not known.</summary>
    public long Limit { get; }

    /// <summary>What <see cref="Length"/> and <see cref="Limit"/> count.</summary>
    public InputSizeUnit Unit { get; }

    /// <summary>Whether a stream was read only up to just past the limit, so that the input is at least <see cref="Length"/> long.</summary>
    public bool IsLengthLowerBound { get; }

    private static string Describe(long length, long limit, InputSizeUnit unit, bool isLengthLowerBound)
    {
        (string units, string option) = unit == InputSizeUnit.Bytes
            ? ("bytes", $"{nameof(PipelineLimits)}.{nameof(PipelineLimits.MaxInputBytes)}")
            : ("characters", $"{nameof(PipelineLimits)}.{nameof(PipelineLimits.MaxInputChars)}");
        string size = isLengthLowerBound ? $"at least {length}" : $"{length}";
        return $"The input has {size} {units}; the pipeline's limit is {limit} {units} ({option}).";
    }
}
