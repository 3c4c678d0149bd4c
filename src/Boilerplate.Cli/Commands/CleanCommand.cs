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
    private const string Html = "--html";
    private const string Text = "--text";

    public static Command Definition { get; } = new()
    {
        Name = "clean",
        Summary = "Print the article of one page, HTML or text dump (a file, or stdin).",
        Flags = [Explain, Json, NoTitle, Html, Text],
        ValueOptions = [OutputFormats.Option, PipelineOptions.Preset, PipelineOptions.Options],
        MaxArguments = 1,
        Execute = Execute,
        Help = $"""
            Usage: boilerplate clean [FILE|-] [--format text|markdown|json|html | --explain] [--html | --text] [--no-title]
                                  [--preset P | --options F]

            Prints the article of a web page: the title on the first line, a blank line,
            then the body, one block per line. The page is HTML or a text dump (the page's
            visible text, one block per line). Without FILE, or with '-', it is read from
            stdin.

            A *.html, *.htm or *.xhtml file is HTML, a *.txt file a text dump; stdin and
            other files are HTML when they open with <!doctype html>, <html>, <head> or
            <body>, else a text dump. HTML is decoded as a browser does (byte order mark,
            <meta charset>, else UTF-8 or windows-1252); a text dump is read as UTF-8 (a
            byte order mark is honoured; invalid bytes become U+FFFD).

            Options:
              --format F  text (default), markdown (headings, lists, quotes, code and
                          tables kept), json: title, text, language, keptCount,
                          removedCount, metadata (title, authors, datePublished,
                          dateModified, siteName, description, canonicalUrl,
                          language, image, categories, tags, license, pageType)
                          and removed (line, text, filter, reason), or html: the
                          body as clean HTML (allowlisted elements, absolute links).
              --json      Same as --format json.
              --explain   Print every block of the page instead: KEEP or DROP, the filter
                          that decided and its reason, then the block's text.
              --html      Read the input as HTML, whatever its name or content.
              --text      Read the input as a text dump, whatever its name or content.
              --no-title  Leave the title out (in JSON, "title" is null).
            {PipelineOptions.Help}
              -h, --help  Show this help.

            Examples:
              boilerplate clean page.txt
              boilerplate clean page.html --format markdown
              boilerplate clean page.html --format html
              curl -s https://example.org/ | boilerplate clean --json
              boilerplate clean page.txt --explain | grep '^DROP'
            """,
    };

    private static int Execute(ParsedArguments arguments, ConsoleStreams console)
    {
        OutputFormat? format = ParseFormat(arguments);
        bool explain = arguments.Has(Explain);
        if (explain && format is not null)
        {
            throw new UsageException($"'{Explain}' and '{(arguments.Has(Json) ? Json : OutputFormats.Option)}' cannot be combined", "clean");
        }

        if (arguments.Has(Html) && arguments.Has(Text))
        {
            throw new UsageException($"'{Html}' and '{Text}' cannot be combined", "clean");
        }

        BoilerplatePipeline? pipeline = PipelineOptions.Build(arguments, "clean");
        InputKind? forced = arguments.Has(Html) ? InputKind.Html : arguments.Has(Text) ? InputKind.TextDump : null;
        string? path = arguments.Arguments.Count == 0 || arguments.Arguments[0] == "-" ? null : arguments.Arguments[0];
        string source = path ?? "stdin";

        byte[] content;
        try
        {
            content = path is null ? ReadStandardInput(console) : FileErrors.ReadAllBytes(path);
        }
        catch (Exception ex) when (FileErrors.IsFileError(ex))
        {
            console.Error.WriteLine($"boilerplate: cannot read '{source}': {FileErrors.Describe(ex)}");
            return ExitCodes.Failure;
        }

        CleanResult result;
        try
        {
            // The extension decides first; stdin and unknown extensions are told by their first markup.
            InputKind kind = forced ?? (path is null ? null : InputKinds.FromPath(path)) ?? InputKinds.Sniff(content);
            result = InputKinds.Clean(kind, content, pipeline);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            console.Error.WriteLine($"boilerplate: cannot clean '{source}': {CleanErrors.Describe(ex)}");
            return ExitCodes.Failure;
        }

        bool includeTitle = !arguments.Has(NoTitle);
        if (explain)
        {
            ExplainWriter.Write(result, console.Out);
        }
        else if (format == OutputFormat.Json)
        {
            JsonResultWriter.Write(result, includeTitle, console.Out);
        }
        else
        {
            console.Out.Write(ArticleText.Format(result, includeTitle, format ?? OutputFormat.Text));
        }

        return ExitCodes.Success;
    }

    /// <summary>The format asked for by <c>--format</c> or <c>--json</c>, or <see langword="null"/> when neither was given.</summary>
    private static OutputFormat? ParseFormat(ParsedArguments arguments)
    {
        string? value = arguments.GetValue(OutputFormats.Option);
        OutputFormat? format = value is null ? null : OutputFormats.Parse(value, "clean");
        if (arguments.Has(Json))
        {
            if (format is not null and not OutputFormat.Json)
            {
                throw new UsageException($"'{Json}' is '{OutputFormats.Option} json' and cannot be combined with '{OutputFormats.Option} {value}'", "clean");
            }

            format = OutputFormat.Json;
        }

        return format;
    }

    private static byte[] ReadStandardInput(ConsoleStreams console)
    {
        // Bytes rather than text: an HTML page on stdin may declare a charset other than UTF-8.
        using var buffer = new MemoryStream();
        console.OpenInputBytes().CopyTo(buffer);
        return buffer.ToArray();
    }
}
