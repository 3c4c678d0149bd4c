namespace Boilerplate.Cli.CommandLine;

/// <summary>
/// A deliberately small parser for the few options the CLI has: <c>--flag</c>, <c>--option value</c>,
/// <c>--option=value</c>, <c>-h</c>, a lone <c>-</c> (stdin) as an argument and <c>--</c> to end options.
/// </summary>
internal static class ArgumentParser
{
    public const string HelpFlag = "--help";

    public static ParsedArguments Parse(Command command, ReadOnlySpan<string> args)
    {
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var arguments = new List<string>();
        bool optionsEnded = false;

        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                if (arguments.Count == command.MaxArguments)
                {
                    throw new UsageException($"unexpected argument '{arg}' for '{command.Name}'", command.Name);
                }

                arguments.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            string name = arg == "-h" ? HelpFlag : arg;
            string? inlineValue = null;
            int equals = name.IndexOf('=', StringComparison.Ordinal);
            if (name.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                inlineValue = name[(equals + 1)..];
                name = name[..equals];
            }

            if (name == HelpFlag || command.Flags.Contains(name))
            {
                if (inlineValue is not null)
                {
                    throw new UsageException($"option '{name}' takes no value", command.Name);
                }

                flags.Add(name);
            }
            else if (command.ValueOptions.Contains(name))
            {
                if (inlineValue is null && i + 1 >= args.Length)
                {
                    throw new UsageException($"option '{name}' needs a value", command.Name);
                }

                values[name] = inlineValue ?? args[++i];
            }
            else
            {
                throw new UsageException($"unknown option '{name}' for '{command.Name}'", command.Name);
            }
        }

        return new ParsedArguments(flags, values, arguments);
    }
}
