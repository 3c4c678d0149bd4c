using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Boilerplate.Cli.CommandLine;
using Boilerplate.Cli.Input;
using Boilerplate.Cli.Output;

namespace Boilerplate.Cli.Commands;

/// <summary><c>boilerplate batch --input DIR --output DIR</c>: cleans every known page file under a folder, in parallel.</summary>
internal static class BatchCommand
{
    private const string InputOption = "--input";
    private const string OutputOption = "--output";
    private const string ThreadsOption = "--threads";
    private const string NoTitle = "--no-title";

    public static Command Definition { get; } = new()
    {
        Name = "batch",
        Summary = "Clean every *.txt under a folder into another folder, in parallel.",
        Flags = [NoTitle],
        ValueOptions = [InputOption, OutputOption, ThreadsOption],
        Execute = Execute,
        Help = """
            Usage: boilerplate batch --input DIR --output DIR [--threads N] [--no-title]

            Cleans every *.txt file under DIR (recursively; hidden files and folders are
            skipped) and writes each article to the output folder at the same relative
            path, in the same format as 'boilerplate clean'. Each output is written under a
            temporary name and then renamed, so an interrupted run leaves no partial file.
            A file that fails is reported on stderr and the others go on; a one-line
            summary is printed on stderr at the end.

            Options:
              --input DIR   Folder to read.
              --output DIR  Folder to write (created if needed; must not be the input folder).
              --threads N   Files cleaned at once (default: the number of cores).
              --no-title    Leave the title out of the outputs.
              -h, --help    Show this help.

            Exit code: 0 when every file was cleaned, 1 when any failed, 2 for a usage error.
            """,
    };

    private static int Execute(ParsedArguments arguments, ConsoleStreams console)
    {
        string input = arguments.GetValue(InputOption) ?? throw new UsageException($"missing '{InputOption} DIR'", "batch");
        string output = arguments.GetValue(OutputOption) ?? throw new UsageException($"missing '{OutputOption} DIR'", "batch");
        int threads = ParseThreads(arguments.GetValue(ThreadsOption));

        string inputRoot = Path.GetFullPath(input);
        string outputRoot = Path.GetFullPath(output);
        if (string.Equals(Path.TrimEndingDirectorySeparator(inputRoot), Path.TrimEndingDirectorySeparator(outputRoot), StringComparison.Ordinal))
        {
            // Outputs keep the inputs' names, so this would overwrite every input with its article.
            throw new UsageException("the output folder must differ from the input folder", "batch");
        }

        if (!Directory.Exists(inputRoot))
        {
            console.Error.WriteLine($"boilerplate: cannot read '{input}': directory not found");
            return ExitCodes.Failure;
        }

        List<BatchItem> items;
        try
        {
            items = FindInputs(input, inputRoot, outputRoot);
            Directory.CreateDirectory(outputRoot);
        }
        catch (Exception ex) when (FileErrors.IsFileError(ex))
        {
            console.Error.WriteLine($"boilerplate: batch failed: {FileErrors.Describe(ex)}");
            return ExitCodes.Failure;
        }

        // Several threads report failures; a synchronized writer keeps each report on its own line.
        TextWriter errors = TextWriter.Synchronized(console.Error);
        bool includeTitle = !arguments.Has(NoTitle);
        long bytesRead = 0;
        int failed = 0;
        long started = Stopwatch.GetTimestamp();

        // Load balancing hands out files one by one, so a few large files do not leave the other cores idle.
        Parallel.ForEach(
            Partitioner.Create(items, loadBalance: true),
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            item =>
            {
                if (TryClean(item, includeTitle, errors, out long size))
                {
                    Interlocked.Add(ref bytesRead, size);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            });

        double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        double megabytes = bytesRead / 1_000_000.0;
        errors.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"boilerplate: {items.Count} {Plural(items.Count, "file")}, {megabytes:0.00} MB in {seconds:0.00} s ({megabytes / Math.Max(seconds, 1e-6):0.0} MB/s), {failed} {Plural(failed, "error")}"));
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static int ParseThreads(string? value)
    {
        if (value is null)
        {
            return Environment.ProcessorCount;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int threads) || threads < 1)
        {
            throw new UsageException($"'{ThreadsOption}' needs a whole number of at least 1 (was '{value}')", "batch");
        }

        return threads;
    }

    private static List<BatchItem> FindInputs(string input, string inputRoot, string outputRoot)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        string outputPrefix = Path.TrimEndingDirectorySeparator(outputRoot) + Path.DirectorySeparatorChar;
        var items = new List<BatchItem>();
        foreach (string path in Directory.EnumerateFiles(inputRoot, "*", options))
        {
            // An output folder inside the input folder must not be read back as input.
            if (path.StartsWith(outputPrefix, StringComparison.Ordinal) || InputKinds.FromPath(path) is not InputKind kind)
            {
                continue;
            }

            string relative = Path.GetRelativePath(inputRoot, path);
            items.Add(new BatchItem(
                kind,
                path,
                Path.Combine(input, relative),
                Path.Combine(outputRoot, Path.ChangeExtension(relative, ".txt"))));
        }

        // A stable order makes error reports and reruns easier to compare.
        items.Sort((a, b) => string.CompareOrdinal(a.Source, b.Source));
        return items;
    }

    private static bool TryClean(BatchItem item, bool includeTitle, TextWriter errors, out long size)
    {
        size = 0;
        byte[] content;
        try
        {
            content = FileErrors.ReadAllBytes(item.Source);
        }
        catch (Exception ex) when (FileErrors.IsFileError(ex))
        {
            errors.WriteLine($"boilerplate: cannot read '{item.DisplayPath}': {FileErrors.Describe(ex)}");
            return false;
        }

        string article;
        try
        {
            article = ArticleText.Format(InputKinds.Clean(item.Kind, content), includeTitle);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Any failure on one page (too large, or a bug the page triggers) is that file's failure; the batch goes on.
            errors.WriteLine($"boilerplate: cannot clean '{item.DisplayPath}': {CleanErrors.Describe(ex)}");
            return false;
        }

        try
        {
            AtomicFile.WriteAllText(item.Destination, article);
        }
        catch (Exception ex) when (FileErrors.IsFileError(ex))
        {
            errors.WriteLine($"boilerplate: cannot write '{item.Destination}': {FileErrors.Describe(ex)}");
            return false;
        }

        size = content.Length;
        return true;
    }

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";

    /// <param name="Kind">How to clean the file.</param>
    /// <param name="Source">Full path of the input.</param>
    /// <param name="DisplayPath">The input's path as the user would write it, for error reports.</param>
    /// <param name="Destination">Full path of the output.</param>
    private sealed record BatchItem(InputKind Kind, string Source, string DisplayPath, string Destination);
}
