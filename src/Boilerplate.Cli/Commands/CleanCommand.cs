using Boilerplate.Cli.CommandLine;
using Boilerplate.Cli.Input;
using Boilerplate.Cli.Output;

namespace Boilerplate.Cli.Commands;

/// <summary><c>boilerplate clean [FILE|-]</c>: prints one page's article, its per-line explanation or its JSON result.</summary>
internal static class CleanCommand
{
    private const string Explain = "--explain";
    private const string Json = "--json";
    private const string NoTitle = "--no-title";

    public static Command Definition { get; } = new()
    {
        Name = "clean",
        Summary = "Print the article of one text dump (a file, or stdin).",
        Flags = [Explain, Json, NoTitle],
        MaxArguments = 1,
        Execute = Execute,
        Help = """
            Usage: boilerplate clean [FILE|-] [--explain | --json] [--no-title]

            Prints the article of a web page text dump (the page's visible text, one block
            per line): the title on the first line, a blank line, then the body, one block
            per line. Without FILE, or with '-', the dump is read from stdin. Files are read
            as UTF-8 (a byte order mark is honoured; invalid bytes become U+FFFD).

            Options:
              --explain   Print every line of the page instead: KEEP or DROP, the filter
                          that decided and its reason, then the line's text.
              --json      Print the result as JSON: title, text, language, keptCount,
                          removedCount and removed (line, text, filter, reason).
              --no-title  Leave the title out (in JSON, "title" is null).
              -h, --help  Show this help.

            Examples:
              boilerplate clean page.txt
              curl -s https://example.org/dump.txt | boilerplate clean --json
              boilerplate clean page.txt --explain | grep '^DROP'
            """,
    };

    private static int Execute(ParsedArguments arguments, ConsoleStreams console)
    {
        if (arguments.Has(Explain) && arguments.Has(Json))
        {
            throw new UsageException($"'{Explain}' and '{Json}' cannot be combined", "clean");
        }

        string? path = arguments.Arguments.Count == 0 || arguments.Arguments[0] == "-" ? null : arguments.Arguments[0];
        string source = path is null ? "stdin" : path;

        byte[]? content = null;
        string? standardInput = null;
        try
        {
            if (path is null)
            {
                standardInput = console.In.ReadToEnd();
            }
            else
            {
                content = FileErrors.ReadAllBytes(path);
            }
        }
        catch (Exception ex) when (FileErrors.IsFileError(ex))
        {
            console.Error.WriteLine($"boilerplate: cannot read '{source}': {FileErrors.Describe(ex)}");
            return ExitCodes.Failure;
        }

        CleanResult result;
        try
        {
            // A file's kind comes from its extension; anything unknown, and stdin, is taken as a text dump.
            result = content is null
                ? Cleaner.Process(standardInput!)
                : InputKinds.Clean(InputKinds.FromPath(path!) ?? InputKind.TextDump, content);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            console.Error.WriteLine($"boilerplate: cannot clean '{source}': {CleanErrors.Describe(ex)}");
            return ExitCodes.Failure;
        }

        bool includeTitle = !arguments.Has(NoTitle);
        if (arguments.Has(Explain))
        {
            ExplainWriter.Write(result, console.Out);
        }
        else if (arguments.Has(Json))
        {
            JsonResultWriter.Write(result, includeTitle, console.Out);
        }
        else
        {
            console.Out.Write(ArticleText.Format(result, includeTitle));
        }

        return ExitCodes.Success;
    }
}
