using System.IO.Compression;
using Boilerplate.Cli.Input;

namespace Boilerplate.Cli.Records;

/// <summary>
/// Turns the inputs of a batch into records, in input order and by streaming: page files as they are listed
/// (their bytes are read by the workers), JSON Lines line by line, WARC and WET record by record, gzip-compressed
/// or not. Runs on one thread.
/// </summary>
internal sealed class RecordReader(InputSet inputs, Func<Stream> openStandardInput, int maxRecordBytes)
{
    private long _finishedBytes;
    private long _currentBytes;

    /// <summary>Input bytes on disk read so far (compressed bytes for compressed files), for the progress line's ETA.</summary>
    public long ConsumedBytes => Volatile.Read(ref _finishedBytes) + Volatile.Read(ref _currentBytes);

    /// <summary>The input being read, for reports of a corrupt or truncated file.</summary>
    public string CurrentInput { get; private set; } = "stdin";

    /// <summary>The records of all inputs.</summary>
    /// <exception cref="TruncatedInputException">An input ends inside a record.</exception>
    /// <exception cref="InvalidDataException">A gzip input is corrupt.</exception>
    public IEnumerable<InputRecord> Read()
    {
        if (inputs.IsStandardInput)
        {
            return ReadStandardInput();
        }

        return ReadFiles();
    }

    private IEnumerable<InputRecord> ReadStandardInput()
    {
        Stream stream = openStandardInput();
        bool gzip = StartsWith(ref stream, [0x1F, 0x8B]);
        if (gzip)
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        bool warc = StartsWith(ref stream, "WARC/"u8);
        return ReadContainer(stream, "stdin", warc ? FileFormat.Warc : FileFormat.JsonLines, namePrefix: string.Empty);
    }

    private IEnumerable<InputRecord> ReadFiles()
    {
        foreach (InputFile file in inputs.Files)
        {
            CurrentInput = file.DisplayPath;
            if (file.IsPage)
            {
                string id = file.RelativeName.Replace('\\', '/');
                yield return new InputRecord
                {
                    Kind = file.Format == FileFormat.HtmlPage ? RecordKind.HtmlFile : RecordKind.TextFile,
                    Path = file.FullPath,
                    Location = file.DisplayPath,
                    Id = id,
                    OutputName = file.RelativeName,
                    Fields = [new("id", id)],
                };
                Interlocked.Add(ref _finishedBytes, file.Size);
                continue;
            }

            Stream? stream = null;
            string? openError = null;
            try
            {
                stream = File.OpenRead(file.FullPath);
            }
            catch (Exception ex) when (FileErrors.IsFileError(ex))
            {
                openError = FileErrors.Describe(ex);
            }

            if (stream is null)
            {
                yield return new InputRecord { Kind = RecordKind.Malformed, Path = file.FullPath, Location = file.DisplayPath, OutputName = file.RelativeName, ErrorStage = "read", Error = openError };
                continue;
            }

            Volatile.Write(ref _currentBytes, 0);
            stream = new CountingStream(stream, read => Volatile.Write(ref _currentBytes, Volatile.Read(ref _currentBytes) + read));
            if (file.Gzip)
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }

            using (stream)
            {
                string prefix = inputs.IsSingleFile ? string.Empty : file.RelativeName + Path.DirectorySeparatorChar;
                foreach (InputRecord record in ReadContainer(stream, file.DisplayPath, file.Format, prefix))
                {
                    yield return record;
                }
            }

            Volatile.Write(ref _currentBytes, 0);
            Interlocked.Add(ref _finishedBytes, file.Size);
        }
    }

    private IEnumerable<InputRecord> ReadContainer(Stream stream, string displayName, FileFormat format, string namePrefix)
    {
        if (format == FileFormat.JsonLines)
        {
            var lines = new JsonLinesReader(stream, displayName, namePrefix, maxRecordBytes);
            while (lines.Next() is { } record)
            {
                yield return record;
            }

            yield break;
        }

        var warc = new WarcReader(stream, displayName, WantsBlock, maxRecordBytes);
        while (warc.Next() is { } record)
        {
            if (ToInputRecord(record, displayName, namePrefix) is { } input)
            {
                yield return input;
            }
        }
    }

    /// <summary>Response records (HTML over HTTP), conversion records (WET text) and HTML resource records are cleaned; the rest are skipped unread.</summary>
    private static bool WantsBlock(string? type, string? contentType) => KindOf(type, contentType) is not null;

    private static RecordKind? KindOf(string? type, string? contentType) => type?.ToUpperInvariant() switch
    {
        "RESPONSE" when contentType is null || contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase) => RecordKind.HttpResponse,
        "CONVERSION" => RecordKind.Text,
        "RESOURCE" when contentType is not null && (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)) => RecordKind.Html,
        _ => null,
    };

    private static InputRecord? ToInputRecord(WarcRecord record, string displayName, string namePrefix)
    {
        string? id = record.RecordId;
        string location = $"{displayName} record {record.Number}";
        string outputName = namePrefix + OutputNames.FromId(id ?? "record-" + record.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (record.Error is not null)
        {
            return new InputRecord { Kind = RecordKind.Malformed, Location = location, Id = id, OutputName = outputName, Error = record.Error };
        }

        if (KindOf(record.Type, record.ContentType) is not RecordKind kind)
        {
            return null;
        }

        var fields = new List<KeyValuePair<string, string>>(5);
        foreach (string name in (ReadOnlySpan<string>)["WARC-Record-ID", "WARC-Target-URI", "WARC-Date", "WARC-Refers-To", "WARC-Identified-Content-Language"])
        {
            if (record.Get(name) is { } value)
            {
                // wget writes the target URI in angle brackets (the syntax of a WARC 1.1 draft); the URI is without them.
                fields.Add(new(name, name == "WARC-Target-URI" && value.StartsWith('<') && value.EndsWith('>') ? value[1..^1] : value));
            }
        }

        return new InputRecord { Kind = kind, Content = record.Block, Location = location, Id = id, OutputName = outputName, Fields = fields };
    }

    /// <summary>Whether the stream starts with <paramref name="prefix"/>; the stream is replaced by one that still yields the bytes looked at.</summary>
    private static bool StartsWith(ref Stream stream, ReadOnlySpan<byte> prefix)
    {
        byte[] head = new byte[prefix.Length];
        int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream = new PrefixedStream(head.AsMemory(0, read), stream);
        return head.AsSpan(0, read).SequenceEqual(prefix);
    }
}
