using Boilerplate.Cli.CommandLine;

namespace Boilerplate.Cli.Records;

/// <summary>The formats of the files <c>batch</c> reads.</summary>
internal enum FileFormat
{
    /// <summary>A <c>*.txt</c> page text dump.</summary>
    TextPage,

    /// <summary>A <c>*.html</c>, <c>*.htm</c> or <c>*.xhtml</c> page.</summary>
    HtmlPage,

    /// <summary>JSON Lines (<c>*.jsonl</c>, <c>*.ndjson</c>), one object with <c>text</c> or <c>html</c> per line.</summary>
    JsonLines,

    /// <summary>WARC or WET (<c>*.warc</c>, <c>*.wet</c>): HTML <c>response</c> records and text <c>conversion</c> records.</summary>
    Warc,
}

/// <param name="FullPath">The file's full path.</param>
/// <param name="DisplayPath">The path as the user would write it, for reports.</param>
/// <param name="RelativeName">Path relative to the input root, without the format's extensions, with the platform's separators.</param>
/// <param name="Format">How to read it.</param>
/// <param name="Gzip">Whether it is gzip-compressed (<c>*.gz</c>).</param>
/// <param name="Size">Size on disk, for progress.</param>
internal sealed record InputFile(string FullPath, string DisplayPath, string RelativeName, FileFormat Format, bool Gzip, long Size)
{
    /// <summary>Whether the file holds one page rather than records.</summary>
    public bool IsPage => Format is FileFormat.TextPage or FileFormat.HtmlPage;
}

/// <summary>What <c>--input</c> names: standard input, one file, a folder (read recursively) or a glob.</summary>
internal sealed class InputSet
{
    private InputSet(List<InputFile> files, bool isStandardInput, bool isSingleFile)
    {
        Files = files;
        IsStandardInput = isStandardInput;
        IsSingleFile = isSingleFile;
        TotalBytes = files.Sum(f => f.Size);
    }

    public IReadOnlyList<InputFile> Files { get; }

    /// <summary>Records come from stdin (<c>--input -</c>): JSON Lines, or WARC, gzip-compressed or not.</summary>
    public bool IsStandardInput { get; }

    /// <summary>One file was named: its records' outputs go straight into the output folder.</summary>
    public bool IsSingleFile { get; }

    /// <summary>Bytes on disk of all the input files (0 for stdin), for the progress line's ETA.</summary>
    public long TotalBytes { get; }

    /// <summary>Whether every input is a page file, so that reports count files rather than records.</summary>
    public bool AllPages => !IsStandardInput && Files.All(f => f.IsPage);

    /// <summary>The format a file's name gives, with whether it is gzip-compressed; <see langword="null"/> for other files.</summary>
    public static (FileFormat Format, bool Gzip, int ExtensionLength)? FormatOf(string path)
    {
        string name = Path.GetFileName(path);
        bool gzip = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        string inner = gzip ? name[..^3] : name;
        string extension = Path.GetExtension(inner).ToUpperInvariant();
        FileFormat? format = extension switch
        {
            ".TXT" when !gzip => FileFormat.TextPage,
            ".HTML" or ".HTM" or ".XHTML" when !gzip => FileFormat.HtmlPage,
            ".JSONL" or ".NDJSON" => FileFormat.JsonLines,
            ".WARC" or ".WET" => FileFormat.Warc,
            _ => null,
        };
        if (format is null)
        {
            return null;
        }

        // x.warc.gz and Common Crawl's x.warc.wet.gz name the folders of their records x and x.warc, which do not clash.
        int length = extension.Length + (gzip ? 3 : 0);
        return (format.Value, gzip, length);
    }

    /// <summary>Resolves <c>--input</c>.</summary>
    /// <param name="input">The option's value.</param>
    /// <param name="excludedFolder">The output folder, whose files are never inputs (it may lie inside the input folder).</param>
    /// <exception cref="UsageException">A single file of unknown format.</exception>
    /// <exception cref="IOException">Nothing is at that path.</exception>
    public static InputSet Resolve(string input, string? excludedFolder)
    {
        if (input == "-")
        {
            return new InputSet([], isStandardInput: true, isSingleFile: false);
        }

        if (File.Exists(input))
        {
            if (FormatOf(input) is not var (format, gzip, extensionLength))
            {
                throw new UsageException($"cannot tell the format of '{input}' from its name: use .txt, .html, .jsonl, .warc or .wet (the last three optionally .gz)", "batch");
            }

            string name = Path.GetFileName(input);
            var file = new InputFile(Path.GetFullPath(input), input, name[..^extensionLength], format, gzip, new FileInfo(input).Length);
            return new InputSet([file], isStandardInput: false, isSingleFile: true);
        }

        if (Directory.Exists(input))
        {
            return new InputSet(FindFiles(input, glob: null, excludedFolder), isStandardInput: false, isSingleFile: false);
        }

        if (Glob.HasWildcards(input))
        {
            var glob = Glob.Parse(input);
            if (!Directory.Exists(glob.Root))
            {
                throw new DirectoryNotFoundException(glob.Root);
            }

            return new InputSet(FindFiles(glob.Root, glob, excludedFolder), isStandardInput: false, isSingleFile: false);
        }

        throw FormatOf(input) is null ? new DirectoryNotFoundException(input) : new FileNotFoundException(null, input);
    }

    private static List<InputFile> FindFiles(string root, Glob? glob, string? excludedFolder)
    {
        string fullRoot = Path.GetFullPath(root);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        string? excludedPrefix = excludedFolder is null ? null : Path.TrimEndingDirectorySeparator(excludedFolder) + Path.DirectorySeparatorChar;
        var files = new List<InputFile>();
        foreach (string path in Directory.EnumerateFiles(fullRoot, "*", options))
        {
            // An output folder inside the input folder must not be read back as input.
            if (excludedPrefix is not null && path.StartsWith(excludedPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            string relative = Path.GetRelativePath(fullRoot, path);
            if (FormatOf(path) is not var (format, gzip, extensionLength)
                || (glob is not null && !glob.IsMatch(relative.Replace('\\', '/'))))
            {
                continue;
            }

            files.Add(new InputFile(path, Path.Combine(root, relative), relative[..^extensionLength], format, gzip, FileSize(path)));
        }

        // A stable order: outputs in input order, and reruns comparable.
        files.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        return files;
    }

    private static long FileSize(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
