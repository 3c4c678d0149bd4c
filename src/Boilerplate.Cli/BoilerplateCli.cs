using System.Reflection;
using Boilerplate.Cli.CommandLine;
using Boilerplate.Cli.Commands;

namespace Boilerplate.Cli;

/// <summary>The <c>boilerplate</c> command line: dispatches to a command, prints help and version, maps errors to exit codes.</summary>
internal static class BoilerplateCli
{
    private static readonly Command[] s_commands = [CleanCommand.Definition, BatchCommand.Definition, LearnCommand.Definition];

    /// <summary>Runs the CLI in-process on the given streams; <c>Main</c> passes the console's.</summary>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    /// <remarks>
    /// Commands that read bytes (HTML, gzip, WARC on stdin) take them from under <paramref name="stdin"/> when it is a
    /// <see cref="StreamReader"/> nothing has read from yet, else <paramref name="stdin"/>'s text as UTF-8.
    /// </remarks>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, new ConsoleStreams(stdin, stdout, stderr));

    /// <summary>Runs the CLI on the given console: <c>Main</c> says there whether stderr is a terminal.</summary>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, ConsoleStreams console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        TextWriter stderr = console.Error;
        try
        {
            return Dispatch(args, console);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"boilerplate: {ex.Message}");
            stderr.WriteLine(ex.Command is null
                ? "Run 'boilerplate --help' for usage."
                : $"Run 'boilerplate {ex.Command} --help' for usage.");
            return ExitCodes.Usage;
        }
    }

    private static int Dispatch(string[] args, ConsoleStreams console)
    {
        if (args.Length == 0)
        {
            console.Error.Write(MainHelp());
            return ExitCodes.Usage;
        }

        string first = args[0];
        if (first is "--help" or "-h" or "help")
        {
            // 'boilerplate help clean' is the same as 'boilerplate clean --help'.
            if (args.Length > 1)
            {
                console.Out.Write(FindCommand(args[1]).Help + "\n");
            }
            else
            {
                console.Out.Write(MainHelp());
            }

            return ExitCodes.Success;
        }

        if (first == "--version")
        {
            console.Out.Write($"boilerplate {Version}\n");
            return ExitCodes.Success;
        }

        Command command = FindCommand(first);
        ParsedArguments arguments = ArgumentParser.Parse(command, args.AsSpan(1));
        if (arguments.Has(ArgumentParser.HelpFlag))
        {
            console.Out.Write(command.Help + "\n");
            return ExitCodes.Success;
        }

        return command.Execute(arguments, console);
    }

    private static Command FindCommand(string name)
    {
        foreach (Command command in s_commands)
        {
            if (command.Name == name)
            {
                return command;
            }
        }

        throw new UsageException(name.StartsWith('-') ? $"unknown option '{name}'" : $"unknown command '{name}'", command: null);
    }

    /// <summary>The tool's version without the source-revision suffix (<c>0.1.0</c>, not <c>0.1.0+3f2a…</c>).</summary>
    private static string Version
    {
        get
        {
            string? version = typeof(BoilerplateCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            return version?.Split('+')[0] ?? "unknown";
        }
    }

    private static string MainHelp()
    {
        var help = new System.Text.StringBuilder();
        help.Append("boilerplate - turns web pages (HTML or text dumps) into their article\n\n");
        help.Append("Usage:\n");
        foreach (Command command in s_commands)
        {
            // The first line of each command's help is its usage line.
            help.Append("  ").Append(command.Help.AsSpan(0, command.Help.IndexOf('\n', StringComparison.Ordinal))["Usage: ".Length..]).Append('\n');
        }

        help.Append("  boilerplate --help | --version\n\nCommands:\n");
        foreach (Command command in s_commands)
        {
            help.Append("  ").Append(command.Name.PadRight(8)).Append(command.Summary).Append('\n');
        }

        help.Append("\nRun 'boilerplate <command> --help' for a command's options.\n");
        help.Append("Exit codes: 0 success, 1 a file could not be read, cleaned or written, 2 usage error.\n");
        return help.ToString();
    }
}
