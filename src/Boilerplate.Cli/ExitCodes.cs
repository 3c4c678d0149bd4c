namespace Boilerplate.Cli;

/// <summary>Process exit codes; part of the CLI's public contract.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A file could not be read, cleaned or written.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong: unknown command or option, missing or invalid value.</summary>
    public const int Usage = 2;
}
