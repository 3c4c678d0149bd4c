using System.IO.Compression;
using Boilerplate.Cli.Input;
using Boilerplate.Cli.Output;

namespace Boilerplate.Cli.Records;

/// <summary>Where cleaned records go, written in input order by the batch's writer thread.</summary>
internal interface IRecordSink : IDisposable
{
    /// <summary>Writes one cleaned record; returns where and why it could not be written (<c>to 'a.txt': reason</c>), or <see langword="null"/>.</summary>
    /// <exception cref="IOException">The output as a whole failed (disk full, pipe closed): the batch stops.</exception>
    string? Write(RecordOutcome outcome);

    /// <summary>Called when the writer is about to wait for the next record: a pipe reader gets what is done so far.</summary>
    void Idle();

    /// <summary>Finishes the output: flushed, and renamed to its final name.</summary>
    void Complete();
}

/// <summary>A folder of <c>&lt;name&gt;.txt</c> (or <c>.md</c>) files, each written under a temporary name and renamed.</summary>
internal sealed class FolderSink(string root, string extension) : IRecordSink
{
    // Two records that would write the same file (a.txt and a.html, or a repeated id): the first one wins, in input order.
    private readonly Dictionary<string, string> _written = new(StringComparer.Ordinal);

    public string? Write(RecordOutcome outcome)
    {
        string relative = outcome.OutputName + extension;
        if (!_written.TryAdd(relative, outcome.Id ?? relative))
        {
            return $"to '{relative}': already written for '{_written[relative]}'";
        }

        string path = Path.Combine(root, relative);
        try
        {
            AtomicFile.WriteAllText(path, outcome.Article!);
            return null;
        }
        catch (Exception ex) when (FileErrors.IsFileError(ex))
        {
            return $"to '{path}': {FileErrors.Describe(ex)}";
        }
    }

    public void Idle()
    {
    }

    public void Complete()
    {
    }

    public void Dispose()
    {
    }
}

/// <summary>JSON Lines on a stream: standard output, or a <see cref="JsonLinesFile"/>.</summary>
internal sealed class JsonLinesSink : IRecordSink
{
    private readonly Stream _stream;
    private readonly JsonLinesFile? _file;

    private JsonLinesSink(Stream stream, JsonLinesFile? file)
    {
        _stream = stream;
        _file = file;
    }

    public static JsonLinesSink ToStandardOutput(Stream stdout) => new(stdout, null);

    /// <exception cref="IOException">The file cannot be created.</exception>
    public static JsonLinesSink ToFile(string path)
    {
        var file = JsonLinesFile.Create(path);
        return new JsonLinesSink(file.Stream, file);
    }

    public string? Write(RecordOutcome outcome)
    {
        _stream.Write(outcome.JsonLine);
        return null;
    }

    public void Idle()
    {
        // A pipe's reader (Spark, Hadoop Streaming) gets each record as soon as it is done, not when a buffer fills.
        if (_file is null)
        {
            _stream.Flush();
        }
    }

    public void Complete()
    {
        if (_file is null)
        {
            _stream.Flush();
        }
        else
        {
            _file.Complete();
        }
    }

    public void Dispose() => _file?.Dispose();
}

/// <summary>
/// An output file (gzip-compressed for <c>*.gz</c>) written under a temporary name in its folder and renamed when
/// complete, so a killed or failed run never leaves a half file that looks whole.
/// </summary>
internal sealed class JsonLinesFile : IDisposable
{
    private readonly FileStream _file;
    private readonly string _path;
    private readonly string _temporary;
    private bool _completed;

    private JsonLinesFile(FileStream file, Stream stream, string path, string temporary)
    {
        _file = file;
        Stream = stream;
        _path = path;
        _temporary = temporary;
    }

    /// <summary>Where to write: the file, or a gzip stream over it.</summary>
    public Stream Stream { get; }

    /// <exception cref="IOException">The file cannot be created.</exception>
    public static JsonLinesFile Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        string temporary = AtomicFile.TemporaryPath(path);
        var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true)
            : file;
        return new JsonLinesFile(file, stream, path, temporary);
    }

    /// <summary>Flushes, closes and renames the file to its final name.</summary>
    public void Complete()
    {
        if (!ReferenceEquals(Stream, _file))
        {
            Stream.Dispose();
        }

        _file.Flush(flushToDisk: true);
        _file.Dispose();
        File.Move(_temporary, _path, overwrite: true);
        _completed = true;
    }

    public void Dispose()
    {
        if (_completed)
        {
            return;
        }

        // Not completed: the batch failed; no partial file is left behind under any name.
        try
        {
            Stream.Dispose();
            _file.Dispose();
        }
        catch (IOException)
        {
            // The error that stopped the batch is the one worth reporting.
        }

        AtomicFile.TryDelete(_temporary);
    }
}
