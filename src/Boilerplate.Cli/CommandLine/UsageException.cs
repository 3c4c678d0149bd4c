namespace Boilerplate.Cli.CommandLine;

/// <summary>A command-line mistake: reported in one line with a hint to <c>--help</c>, exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UsageException(string message, string? command)
        : base(message)
    {
        Command = command;
    }

    /// <summary>The command whose help the hint points to, or <see langword="null"/> for the top-level help.</summary>
    public string? Command { get; }
}
