using Boilerplate.Cli.CommandLine;
using Boilerplate.Cli.Input;
using Boilerplate.Cli.Output;
using Boilerplate.Cli.Records;
using Boilerplate.Cli.Sites;

namespace Boilerplate.Cli.Commands;

/// <summary>
/// <c>boilerplate learn --input IN --output TEMPLATES</c>: the first pass of the two-pass site mode. Learns one template
/// per host from all of the input's records of that host, wherever they are, and writes them to one file for
/// <c>batch --templates</c>.
/// </summary>
internal static class LearnCommand
{
    public const string UrlFieldOption = "--url-field";
    private const string InputOption = "--input";
    private const string OutputOption = "--output";

    public static Command Definition { get; } = new()
    {
        Name = "learn",
        Summary = "Learn each site's template (its recurring blocks) from files, for batch --templates.",
        ValueOptions = [InputOption, OutputOption, UrlFieldOption],
        Execute = Execute,
        Help = """
            Usage: boilerplate learn --input IN --output TEMPLATES [--url-field NAME]

            Reads the records of IN (a folder, a quoted glob or a file of JSON Lines, WARC or
            WET, as batch reads them; not stdin) and learns, for every host with at least 3
            pages, which blocks recur on its pages and on how many: hashes and counts, no
            text. Hosts are the URL's host lower-cased without a leading 'www.': the JSON
            Lines 'url' field (or --url-field NAME), the WARC-Target-URI of WARC and WET
            records. Then 'boilerplate batch --input IN --output OUT --templates TEMPLATES'
            cleans every page with its site's template, in any order, on any machine.

            Options:
              --input IN         See above.
              --output TEMPLATES The templates file (written under a temporary name, then
                                 renamed).
              --url-field NAME   The JSON Lines field holding the page's URL (default url).
              -h, --help         Show this help.

            Memory grows with the number of distinct blocks of each host (about 28 bytes
            each, at most 256 Ki per host). Exit code: 0 done, 1 an input could not be read
            or the output written, 2 usage error.
            """,
    };

    private static int Execute(ParsedArguments arguments, ConsoleStreams console)
    {
        string input = arguments.GetValue(InputOption) ?? throw new UsageException($"missing '{InputOption} IN'", "learn");
        string output = arguments.GetValue(OutputOption) ?? throw new UsageException($"missing '{OutputOption} TEMPLATES'", "learn");
        if (input == "-")
        {
            throw new UsageException("learn reads files, not stdin: the second pass must read the same records again", "learn");
        }

        var pages = new SitePages(arguments.GetValue(UrlFieldOption) ?? "url", BatchCommand.MaxRecordBytes);
        var builders = new Dictionary<string, SiteTemplateBuilder>(StringComparer.Ordinal);
        int records = 0;
        try
        {
            var reader = new RecordReader(InputSet.Resolve(input, excludedFolder: null), console.OpenInputBytes, BatchCommand.MaxRecordBytes);
            foreach (InputRecord record in reader.Read())
            {
                records++;
                if (pages.HostOf(record) is { } host)
                {
                    if (!builders.TryGetValue(host, out SiteTemplateBuilder? builder))
                    {
                        builders[host] = builder = new SiteTemplateBuilder();
                    }

                    pages.Learn(record, builder);
                }
            }
        }
        catch (Exception ex) when (FileErrors.IsFileError(ex) || ex is TruncatedInputException or InvalidDataException)
        {
            console.Error.WriteLine($"boilerplate: cannot read '{input}': {(ex is TruncatedInputException ? ex.Message : FileErrors.Describe(ex))}");
            return ExitCodes.Failure;
        }

        int minPages = new Filters.SiteTemplates.SiteTemplateOptions().MinPages;
        Dictionary<string, SiteTemplate> templates = builders
            .Where(b => b.Value.PageCount >= minPages)
            .ToDictionary(b => b.Key, b => b.Value.Build(), StringComparer.Ordinal);
        string temporary = AtomicFile.TemporaryPath(Path.GetFullPath(output));
        try
        {
            using (FileStream file = File.Create(temporary))
            {
                TemplateFile.Write(file, templates);
            }

            File.Move(temporary, output, overwrite: true);
        }
        catch (Exception ex) when (FileErrors.IsFileError(ex))
        {
            AtomicFile.TryDelete(temporary);
            console.Error.WriteLine($"boilerplate: cannot write '{output}': {FileErrors.Describe(ex)}");
            return ExitCodes.Failure;
        }

        console.Error.WriteLine($"boilerplate: learnt {templates.Count} site templates ({builders.Count} hosts, {records} records) into {output}");
        return ExitCodes.Success;
    }
}
