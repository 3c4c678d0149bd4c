using System.Globalization;
using System.Text;

namespace Boilerplate.Cli.Records;

/// <summary>One WARC record: its named fields and, when it was asked for, its block.</summary>
/// <param name="Number">1-based position in the file, for reports.</param>
/// <param name="Fields">The named fields in file order (names as written).</param>
/// <param name="Block">The block, or <see langword="null"/> when it was skipped (not wanted, or over the size limit).</param>
/// <param name="Error">Why the record is unusable (no Content-Length, over the size limit, garbage before it), or <see langword="null"/>.</param>
internal sealed record WarcRecord(long Number, IReadOnlyList<KeyValuePair<string, string>> Fields, byte[]? Block, string? Error)
{
    public string? Type => Get("WARC-Type");

    public string? RecordId => Get("WARC-Record-ID");

    public string? ContentType => Get("Content-Type");

    public string? Get(string name)
    {
        foreach (KeyValuePair<string, string> field in Fields)
        {
            if (field.Key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return field.Value;
            }
        }

        return null;
    }
}

/// <summary>
/// Reads WARC records (ISO 28500, WARC 1.0 and 1.1; WET files are WARC) one at a time from a stream, never holding
/// more than one record's block: a version line, named fields up to a blank line, <c>Content-Length</c> bytes of
/// block, then two CRLFs. Blocks of unwanted records are skipped without being kept.
/// </summary>
/// <remarks>
/// Garbage between records (a bad Content-Length, junk bytes) is reported once as an unusable record and reading
/// goes on at the next line that starts with <c>WARC/</c>. An input that ends inside a record's fields or block
/// throws <see cref="TruncatedInputException"/>: everything before it has been read.
/// </remarks>
internal sealed class WarcReader(Stream stream, string displayName, Func<string?, string?, bool> wantsBlock, int maxBlockBytes)
{
    private const int MaxLineBytes = 64 * 1024;
    private const int MaxFields = 1024;

    private readonly ByteReader _reader = new(stream);
    private long _number;

    // The version line of the next record has been read already (it ended a stretch of garbage).
    private bool _atVersionLine;

    // The last record was unusable: what is left of it is skipped without being reported a second time.
    private bool _resynchronizing;

    /// <summary>Bytes of the input consumed so far.</summary>
    public long Position => _reader.Position;

    /// <summary>Reads the next record, or returns <see langword="null"/> at the end of the input.</summary>
    /// <exception cref="TruncatedInputException">The input ends inside a record.</exception>
    public WarcRecord? Next()
    {
        if (!_atVersionLine)
        {
            // Past the blank lines that end the previous record, and past anything that is not a record.
            string? garbage = FindVersionLine();
            if (garbage is not null && !_resynchronizing)
            {
                return new WarcRecord(_number + 1, [], null, garbage);
            }

            _resynchronizing = false;
            if (!_atVersionLine)
            {
                return null;
            }
        }

        _atVersionLine = false;
        long number = ++_number;
        var fields = new List<KeyValuePair<string, string>>();
        while (true)
        {
            LineStatus status = _reader.ReadLine(MaxLineBytes, out ReadOnlySpan<byte> line);
            if (status == LineStatus.End || (status == LineStatus.Line && !_reader.LastLineEndedWithNewline))
            {
                throw new TruncatedInputException($"{displayName}: the input ends inside the header of record {number} (truncated file?)");
            }

            if (status == LineStatus.TooLong || fields.Count == MaxFields)
            {
                return Unusable(number, fields, $"a header line over {MaxLineBytes / 1024} KB or over {MaxFields} header lines");
            }

            line = TrimCarriageReturn(line);
            if (line.IsEmpty)
            {
                break;
            }

            string text = Encoding.UTF8.GetString(line);
            if (text[0] is ' ' or '\t' && fields.Count > 0)
            {
                // A continuation line (WARC 1.0 allows folded fields).
                fields[^1] = new(fields[^1].Key, fields[^1].Value + " " + text.Trim());
                continue;
            }

            int colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return Unusable(number, fields, $"a header line without a name: '{Shorten(text)}'");
            }

            fields.Add(new(text[..colon].Trim(), text[(colon + 1)..].Trim()));
        }

        var record = new WarcRecord(number, fields, null, null);
        if (!long.TryParse(record.Get("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out long length))
        {
            return Unusable(number, fields, "no valid Content-Length");
        }

        bool wanted = wantsBlock(record.Type, record.ContentType);
        if (wanted && length <= maxBlockBytes)
        {
            byte[] block = new byte[length];
            int read = _reader.ReadBlock(block);
            if (read < length)
            {
                throw Truncated(record, read, length);
            }

            return record with { Block = block };
        }

        long skipped = _reader.Skip(length);
        if (skipped < length)
        {
            throw Truncated(record, skipped, length);
        }

        return wanted
            ? record with { Error = $"a block of {length} bytes, over the {maxBlockBytes / (1024 * 1024)} MiB limit" }
            : record;
    }

    /// <summary>
    /// Moves to the next version line, past the blank lines that end the previous record. Returns a description of
    /// anything else skipped on the way, or <see langword="null"/> when there was nothing else.
    /// </summary>
    private string? FindVersionLine()
    {
        long skippedFrom = -1;
        while (true)
        {
            long lineStart = _reader.Position;
            LineStatus status = _reader.ReadLine(MaxLineBytes, out ReadOnlySpan<byte> line);
            if (status == LineStatus.End)
            {
                _atVersionLine = false;
                return skippedFrom < 0 ? null : Garbage(skippedFrom, _reader.Position, atEnd: true);
            }

            if (status == LineStatus.Line && TrimCarriageReturn(line).IsEmpty)
            {
                continue;
            }

            if (status == LineStatus.Line && line.StartsWith("WARC/"u8))
            {
                _atVersionLine = true;
                return skippedFrom < 0 ? null : Garbage(skippedFrom, lineStart, atEnd: false);
            }

            if (skippedFrom < 0)
            {
                skippedFrom = lineStart;
            }
        }
    }

    private static string Garbage(long from, long to, bool atEnd) =>
        $"{to - from} bytes that are not a WARC record at offset {from}" + (atEnd ? ", at the end of the input" : string.Empty);

    private WarcRecord Unusable(long number, List<KeyValuePair<string, string>> fields, string error)
    {
        _resynchronizing = true;
        return new(number, fields, null, error + "; reading goes on at the next WARC/ line");
    }

    private TruncatedInputException Truncated(WarcRecord record, long read, long length) => new(
        $"{displayName}: the input ends inside record {record.Number}" + (record.RecordId is { } id ? $" ({id})" : string.Empty) +
        $" after {read} of its {length} bytes (truncated file?)");

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
