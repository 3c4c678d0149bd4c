using System.Text.Json;

namespace Boilerplate.Cli.Records;

/// <summary>
/// Splits JSON Lines into one record per non-blank line, without parsing them (the workers do, in parallel). Memory
/// is one line at a time.
/// </summary>
internal sealed class JsonLinesReader(Stream stream, string displayName, string namePrefix, int maxLineBytes)
{
    private readonly ByteReader _reader = new(stream);
    private long _lineNumber;

    /// <summary>Reads the next record, or returns <see langword="null"/> at the end of the input.</summary>
    /// <exception cref="TruncatedInputException">The last line is cut off: it has no newline and is not complete JSON.</exception>
    public InputRecord? Next()
    {
        while (true)
        {
            LineStatus status = _reader.ReadLine(maxLineBytes, out ReadOnlySpan<byte> line);
            if (status == LineStatus.End)
            {
                return null;
            }

            long number = ++_lineNumber;
            string location = $"{displayName} line {number}";
            string outputName = namePrefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (status == LineStatus.TooLong)
            {
                return new InputRecord
                {
                    Kind = RecordKind.Malformed,
                    Location = location,
                    OutputName = outputName,
                    Error = $"a line over the {maxLineBytes / (1024 * 1024)} MiB limit",
                };
            }

            if (number == 1 && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                line = line[3..];
            }

            line = line.TrimEnd("\r \t"u8);
            if (line.TrimStart(" \t"u8).IsEmpty)
            {
                continue;
            }

            if (!_reader.LastLineEndedWithNewline && !IsCompleteJson(line))
            {
                throw new TruncatedInputException($"{displayName}: the input ends inside line {number}, which is not complete JSON (truncated file?)");
            }

            return new InputRecord
            {
                Kind = RecordKind.JsonLine,
                Content = line.ToArray(),
                Location = location,
                OutputName = outputName,
                NamePrefix = namePrefix,
            };
        }
    }

    private static bool IsCompleteJson(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            reader.Read();
            reader.Skip();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
