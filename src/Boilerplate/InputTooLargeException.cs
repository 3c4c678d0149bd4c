namespace Boilerplate;

/// <summary>Thrown when an input exceeds <see cref="PipelineLimits"/>.</summary>
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
}
