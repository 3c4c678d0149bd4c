namespace Boilerplate.Cli.CommandLine;

/// <summary>A command's arguments once parsed: the flags given, the option values and the positional arguments.</summary>
internal sealed class ParsedArguments
{
    private readonly HashSet<string> _flags;
    private readonly Dictionary<string, string> _values;

    public ParsedArguments(HashSet<string> flags, Dictionary<string, string> values, List<string> arguments)
    {
        _flags = flags;
        _values = values;
        Arguments = arguments;
    }

    public IReadOnlyList<string> Arguments { get; }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? GetValue(string option) => _values.GetValueOrDefault(option);
}
