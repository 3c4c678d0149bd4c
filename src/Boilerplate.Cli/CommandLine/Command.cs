namespace Boilerplate.Cli.CommandLine;

/// <summary>One subcommand: its name, help, accepted options and what it does.</summary>
internal sealed class Command
{
    public required string Name { get; init; }

    /// <summary>One line for the top-level help.</summary>
    public required string Summary { get; init; }

    /// <summary>The full text printed by <c>boilerplate NAME --help</c>.</summary>
    public required string Help { get; init; }

    /// <summary>Options that take no value, such as <c>--json</c>. <c>--help</c> is accepted by every command.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>Options followed by a value, such as <c>--threads 4</c> (or <c>--threads=4</c>).</summary>
    public IReadOnlyList<string> ValueOptions { get; init; } = [];

    /// <summary>How many positional arguments the command takes at most.</summary>
    public int MaxArguments { get; init; }

    public required Func<ParsedArguments, ConsoleStreams, int> Execute { get; init; }
}
