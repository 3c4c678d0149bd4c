using Boilerplate.Cli.CommandLine;
using Boilerplate.Cli.Input;
using Boilerplate.Cli.Output;
using Boilerplate.Cli.Records;
using Boilerplate.Cli.Sites;

namespace Boilerplate.Cli.Commands;

/// <summary>
/// <c>boilerplate batch --input IN --output OUT</c>: cleans page files, JSON Lines, WARC and WET records in
/// parallel, into a folder of files or into JSON Lines, by streaming.
/// </summary>
internal static class BatchCommand
{
    private const string InputOption = "--input";
    private const string OutputOption = "--output";
    private const string ThreadsOption = "--threads";
    private const string ErrorsOption = "--errors";
    private const string NoTitle = "--no-title";
    private const string Explain = "--explain";
    private const string Quiet = "--quiet";
    private const string AllowRecordErrors = "--allow-record-errors";
    private const string Sites = "--sites";
    private const string SiteWindowPages = "--site-window-pages";
    private const string SiteWindowMegabytes = "--site-window-mb";
    private const string Templates = "--templates";

    /// <summary>Largest record cleaned (a WARC block, a JSON line, a decompressed HTTP body); larger ones are reported and skipped.</summary>
    public const int MaxRecordBytes = 64 * 1024 * 1024;

    public static Command Definition { get; } = new()
    {
        Name = "batch",
        Summary = "Clean many pages in parallel: folders, JSON Lines, WARC/WET, stdin to stdout.",
        Flags = [NoTitle, Explain, Quiet, AllowRecordErrors, Sites],
        ValueOptions = [InputOption, OutputOption, ThreadsOption, ErrorsOption, OutputFormats.Option, LearnCommand.UrlFieldOption, SiteWindowPages, SiteWindowMegabytes, Templates, PipelineOptions.Preset, PipelineOptions.Options],
        Execute = Execute,
        Help = """
            Usage: boilerplate batch --input DIR --output DIR [--threads N] [--no-title] [options]

            Inputs (--input):
              DIR           Every *.txt, *.html, *.htm, *.xhtml, *.jsonl, *.warc and *.wet
                            file under DIR, recursively (hidden files and folders are
                            skipped); the last three may be gzip-compressed (*.gz).
              'GLOB'        The files matching a quoted pattern: * and ? within a name,
                            ** across folders, e.g. 'crawl/**/*.warc.gz'.
              FILE          One file of those kinds.
              -             Standard input: JSON Lines, or WARC/WET, gzip-compressed or not.

            JSON Lines inputs hold one object per line with an 'html' or 'text' field;
            other fields are passed through. WARC 'response' records (HTML over HTTP, 2xx
            status; others are counted as skipped) and 'resource' records of HTML are
            cleaned as HTML; WET 'conversion' records as text dumps. Records are read by
            streaming: memory stays flat however large the input.

            Outputs (--output):
              DIR           A file per page or record: a page file's relative path, a WARC
                            record's UUID, a JSON Lines record's 'id' (else its line number),
                            with .txt (or .md); records of a container file in a folder
                            input go to a folder named after it. Must not be the input.
              FILE.jsonl    JSON Lines (FILE.jsonl.gz: compressed), in input order: each
                            input record with all its fields, 'text' set to the article
                            ('html' dropped) and 'title' added; WARC and WET records keyed
                            by WARC-Record-ID and WARC-Target-URI; page files by 'id'.
              -             JSON Lines on standard output, record by record.
            Files are written under a temporary name and renamed when complete, so an
            interrupted run never leaves a partial file that looks whole.

            Options:
              --input IN     See above.
              --output OUT   See above.
              --threads N    Records cleaned at once (default: the number of cores).
              --format F     text (default), markdown or html (the body as clean HTML),
                             for the files and the 'text' field. JSON Lines records
                             also get 'metadata' (see 'clean --help').
              --explain      JSON Lines only: add 'removed', the removed blocks with their
                             line, text, filter and reason.
              --no-title     Leave the title out.
              --preset P     balanced (default), precision (drops more) or recall (keeps
                             more): the pipeline every record is cleaned with.
              --options F    A JSON file of options (a preset, limits and each filter's
                             options; see 'clean --help'). Not with --preset.
              --errors FILE  Also write each failed record as a JSON line: id, source,
                             stage and error.
              --quiet        No live progress line (there is none unless stderr is a
                             terminal); the summary line is always printed.
              --allow-record-errors
                             Exit 0 even when some records failed (they are still
                             reported): for map steps, where a non-zero exit fails the
                             task. A truncated input or a failed output still exits 1.
              -h, --help     Show this help.

            Site templates (records with a URL: the JSON Lines 'url' field, WARC-Target-URI):
              --sites        Learn each site's template from its records that arrive
                             together and drop the blocks recurring on its pages. Records
                             of one host (lower-cased, without 'www.') in a row are
                             buffered up to a window, learnt (3 records or more) and
                             cleaned, in input order. A host that comes back later, or
                             whose run exceeds the window, starts a new window learnt on
                             its own: partition or sort the input by host.
              --site-window-pages N
                             Most records in a window (default 1000).
              --site-window-mb N
                             Most megabytes of records in a window (default 64).
              --url-field NAME
                             The JSON Lines field holding the URL (default url).
              --templates FILE
                             Use the templates 'boilerplate learn' wrote instead (two
                             passes: unsorted input, clusters); not with --sites.

            A record that cannot be read, parsed, cleaned or written is reported on stderr
            with its id and reason, and the others go on. An input that ends inside a record
            (a truncated or corrupt file) stops the batch with a message, after everything
            before it was written.

            Examples:
              boilerplate batch --input pages/ --output articles/
              boilerplate batch --input 'crawl/*.warc.gz' --output articles.jsonl.gz
              zcat CC-MAIN-*.warc.wet.gz | boilerplate batch --input - --output - --threads 1

            Exit code: 0 when every record was cleaned (or skipped), 1 when any failed
            (unless --allow-record-errors) or an input was truncated, 2 for a usage error.
            """,
    };

    private static int Execute(ParsedArguments arguments, ConsoleStreams console)
    {
        string input = arguments.GetValue(InputOption) ?? throw new UsageException($"missing '{InputOption} DIR'", "batch");
        string output = arguments.GetValue(OutputOption) ?? throw new UsageException($"missing '{OutputOption} DIR'", "batch");
        int threads = ParseThreads(arguments.GetValue(ThreadsOption));
        OutputFormat format = arguments.GetValue(OutputFormats.Option) is { } value ? OutputFormats.Parse(value, "batch") : OutputFormat.Text;
        if (format == OutputFormat.Json)
        {
            throw new UsageException($"'{OutputFormats.Option} json' is not a batch format: write JSON Lines with '{OutputOption} FILE.jsonl' or '{OutputOption} -'", "batch");
        }

        bool jsonLines = output == "-" || IsJsonLinesPath(output);
        if (arguments.Has(Explain) && !jsonLines)
        {
            throw new UsageException($"'{Explain}' needs JSON Lines output ('{OutputOption} FILE.jsonl' or '{OutputOption} -')", "batch");
        }

        string? outputRoot = jsonLines ? null : Path.GetFullPath(output);
        if (outputRoot is not null && input != "-"
            && string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)), Path.TrimEndingDirectorySeparator(outputRoot), StringComparison.Ordinal))
        {
            // Outputs keep the inputs' names, so this would overwrite every input with its article.
            throw new UsageException("the output folder must differ from the input folder", "batch");
        }

        InputSet inputs;
        try
        {
            inputs = InputSet.Resolve(input, outputRoot);
        }
        catch (Exception ex) when (FileErrors.IsFileError(ex))
        {
            string reason = ex switch
            {
                DirectoryNotFoundException => "directory not found",
                FileNotFoundException => "file not found",
                _ => FileErrors.Describe(ex),
            };
            console.Error.WriteLine($"boilerplate: cannot read '{input}': {reason}");
            return ExitCodes.Failure;
        }

        SiteTemplating sites;
        try
        {
            sites = SiteTemplating.FromArguments(arguments, Sites, SiteWindowPages, SiteWindowMegabytes, Templates, MaxRecordBytes, threads);
        }
        catch (Exception ex) when (FileErrors.IsFileError(ex) || ex is InvalidDataException)
        {
            console.Error.WriteLine($"boilerplate: cannot read '{arguments.GetValue(Templates)}': {(ex is InvalidDataException ? ex.Message : FileErrors.Describe(ex))}");
            return ExitCodes.Failure;
        }

        var options = new BatchOptions(!arguments.Has(NoTitle), format, jsonLines, arguments.Has(Explain), MaxRecordBytes)
        {
            Pipeline = PipelineOptions.Build(arguments, "batch") ?? Cleaner.DefaultPipeline,
        };
        string? errorsPath = arguments.GetValue(ErrorsOption);
        IRecordSink sink;
        ErrorLog? errorLog = null;
        try
        {
            sink = output == "-" ? JsonLinesSink.ToStandardOutput(console.OpenOutputBytes())
                : jsonLines ? JsonLinesSink.ToFile(output)
                : CreateFolder(outputRoot!, format);
            errorLog = errorsPath is null ? null : ErrorLog.Create(errorsPath);
        }
        catch (Exception ex) when (FileErrors.IsFileError(ex))
        {
            console.Error.WriteLine($"boilerplate: batch failed: {FileErrors.Describe(ex)}");
            return ExitCodes.Failure;
        }

        using (sink)
        using (errorLog)
        {
            var reader = new RecordReader(inputs, console.OpenInputBytes, MaxRecordBytes);
            bool live = console.ErrorIsTerminal && !arguments.Has(Quiet);
            string unit = inputs.AllPages ? "file" : "record";
            using var progress = new BatchProgress(console.Error, live, inputs.TotalBytes, () => reader.ConsumedBytes, unit);
            var pipeline = new BatchPipeline(new RecordProcessor(options), sink, progress, errorLog, threads);
            string? failure = pipeline.Run(sites.Apply(reader.Read()), () => reader.CurrentInput);

            bool outputFailed = failure?.StartsWith("cannot write", StringComparison.Ordinal) == true;
            try
            {
                // A truncated input still leaves a complete output of everything before it; a failed output is not kept.
                if (!outputFailed)
                {
                    sink.Complete();
                }

                errorLog?.Complete();
            }
            catch (Exception ex) when (FileErrors.IsFileError(ex))
            {
                failure ??= $"cannot write the output: {FileErrors.Describe(ex)}";
            }

            if (failure is not null)
            {
                progress.WriteLine($"boilerplate: {failure}; stopped after {progress.Records} {(progress.Records == 1 ? unit : unit + "s")}");
            }

            progress.Summary();
            bool recordsOk = progress.Errors == 0 || arguments.Has(AllowRecordErrors);
            return failure is null && recordsOk ? ExitCodes.Success : ExitCodes.Failure;
        }
    }

    private static bool IsJsonLinesPath(string path)
    {
        string name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);
    }

    private static FolderSink CreateFolder(string root, OutputFormat format)
    {
        Directory.CreateDirectory(root);
        return new FolderSink(root, format switch { OutputFormat.Markdown => ".md", OutputFormat.Html => ".html", _ => ".txt" });
    }

    private static int ParseThreads(string? value)
    {
        if (value is null)
        {
            return Environment.ProcessorCount;
        }

        if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int threads) || threads < 1)
        {
            throw new UsageException($"'{ThreadsOption}' needs a whole number of at least 1 (was '{value}')", "batch");
        }

        return threads;
    }
}
