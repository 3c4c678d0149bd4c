namespace Boilerplate;

/// <summary>
/// Thrown by <see cref="BoilerplatePipeline.Process(ReadOnlySpan{byte}, InputKind, Uri?)"/> when content is binary data
/// (control bytes where text has none), whether it was declared a text dump, HTML or left to detection; nothing of it
/// was cleaned. The string and HTML entry points clean such content and set <see cref="CleanWarnings.BinaryInput"/>;
/// markup given as a text dump is cleaned and flagged with <see cref="CleanWarnings.MarkupInTextDump"/>, since a dump
/// may legitimately quote markup.
/// </summary>
public sealed class UnexpectedInputKindException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UnexpectedInputKindException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was wrong.</param>
    public UnexpectedInputKindException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The cause.</param>
    public UnexpectedInputKindException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for content declared as <paramref name="declared"/> and detected as <paramref name="detected"/>.</summary>
    /// <param name="declared">What the caller said the content is (<see cref="InputKind.Unknown"/> when it asked for detection).</param>
    /// <param name="detected">What <see cref="InputSniffer"/> found.</param>
    public UnexpectedInputKindException(InputKind declared, InputKind detected)
        : base(declared == InputKind.Unknown
            ? $"The input is {Describe(detected)}, which cannot be cleaned."
            : $"The input was given as {Describe(declared)} but is {Describe(detected)}.")
    {
        Declared = declared;
        Detected = detected;
    }

    /// <summary>What the caller said the content is; <see cref="InputKind.Unknown"/> when it asked for detection.</summary>
    public InputKind Declared { get; }

    /// <summary>What <see cref="InputSniffer"/> found.</summary>
    public InputKind Detected { get; }

    private static string Describe(InputKind kind) => kind switch
    {
        InputKind.TextDump => "a text dump",
        InputKind.Html => "HTML",
        InputKind.Binary => "binary data (a twentieth or more of its first 4 KB are control characters text does not use)",
        _ => "of unknown kind",
    };
}
