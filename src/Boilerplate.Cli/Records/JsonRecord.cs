using System.Buffers;
using System.Text.Json;

namespace Boilerplate.Cli.Records;

/// <summary>
/// One JSON Lines object as ranges into its UTF-8 bytes: its top-level fields found in one pass of a
/// <see cref="Utf8JsonReader"/>, without building a document, and a value decoded only when it is asked for.
/// </summary>
/// <remarks>
/// Reads and writes as <see cref="JsonDocument"/> did before it, so the batch's output stays byte for byte the same:
/// the same errors for invalid JSON, the last of repeated names wins a lookup, and a copied field is written as
/// <see cref="JsonProperty.WriteTo"/> writes it (names and strings unescaped and escaped again by the writer's
/// encoder, numbers as written).
/// </remarks>
internal sealed class JsonRecord
{
    private readonly ReadOnlyMemory<byte> _json;
    private readonly List<JsonRecordField> _fields;

    private JsonRecord(ReadOnlyMemory<byte> json, JsonValueKind kind, List<JsonRecordField> fields)
    {
        _json = json;
        Kind = kind;
        _fields = fields;
    }

    /// <summary>The kind of the line's value; only an <see cref="JsonValueKind.Object"/> has fields.</summary>
    public JsonValueKind Kind { get; }

    /// <summary>The top-level fields in input order.</summary>
    public IReadOnlyList<JsonRecordField> Fields => _fields;

    /// <summary>Reads the line's top-level structure, validating all of it.</summary>
    /// <exception cref="JsonException">The line is not one JSON value (the message <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> gives).</exception>
    public static JsonRecord Parse(ReadOnlyMemory<byte> json)
    {
        try
        {
            return Read(json);
        }
        catch (JsonException)
        {
            // The error as JsonDocument words it, the one batch has always reported.
            JsonDocument.Parse(json).Dispose();
            throw;
        }
    }

    private static JsonRecord Read(ReadOnlyMemory<byte> json)
    {
        var reader = new Utf8JsonReader(json.Span);
        if (!reader.Read())
        {
            throw new JsonException("No JSON value.");
        }

        var fields = new List<JsonRecordField>();
        JsonValueKind kind = KindOf(reader.TokenType);
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                JsonFieldName name = NameOf(ref reader);
                byte[]? unescapedName = reader.ValueIsEscaped ? Unescape(ref reader) : null;
                int nameStart = (int)reader.TokenStartIndex + 1;
                int nameLength = reader.ValueSpan.Length;
                reader.Read();
                int valueStart = (int)reader.TokenStartIndex;
                JsonValueKind valueKind = KindOf(reader.TokenType);
                reader.Skip();
                fields.Add(new JsonRecordField(name, valueKind, nameStart, nameLength, unescapedName, valueStart, (int)reader.BytesConsumed - valueStart));
            }
        }
        else
        {
            reader.Skip();
        }

        // Past the value: anything but white space after it is an error, as for JsonDocument.
        reader.Read();
        return new JsonRecord(json, kind, fields);
    }

    /// <summary>The value of the last field named <paramref name="name"/>, as JsonDocument's lookup finds it.</summary>
    public bool TryGetField(JsonFieldName name, out JsonRecordField field)
    {
        for (int i = _fields.Count - 1; i >= 0; i--)
        {
            if (_fields[i].Name == name)
            {
                field = _fields[i];
                return true;
            }
        }

        field = default;
        return false;
    }

    /// <summary>A string field's value, decoded once, without reading the value a second time.</summary>
    /// <exception cref="InvalidOperationException">The string holds an unpaired surrogate escape or invalid UTF-8.</exception>
    public string GetString(JsonRecordField field)
    {
        ReadOnlySpan<byte> quoted = ValueOf(field);
        if (TryDecode(quoted[1..^1]) is { } text)
        {
            return text;
        }

        // Not valid text: the reader throws the exception JsonDocument's GetString threw.
        var reader = new Utf8JsonReader(quoted);
        reader.Read();
        return reader.GetString()!;
    }

    /// <summary>A validated JSON string's content unescaped and decoded; <see langword="null"/> when it is not valid text.</summary>
    private static string? TryDecode(ReadOnlySpan<byte> escaped)
    {
        if (escaped.IndexOf((byte)'\\') < 0)
        {
            return TryDecodeUtf8(escaped);
        }

        // Unescaping never lengthens a string.
        byte[] rented = ArrayPool<byte>.Shared.Rent(escaped.Length);
        try
        {
            Span<byte> buffer = rented;
            int written = 0;
            while (true)
            {
                int backslash = escaped.IndexOf((byte)'\\');
                if (backslash < 0)
                {
                    escaped.CopyTo(buffer[written..]);
                    written += escaped.Length;
                    return TryDecodeUtf8(buffer[..written]);
                }

                escaped[..backslash].CopyTo(buffer[written..]);
                written += backslash;
                byte kind = escaped[backslash + 1];
                escaped = escaped[(backslash + 2)..];
                if (kind != (byte)'u')
                {
                    buffer[written++] = kind switch
                    {
                        (byte)'n' => (byte)'\n',
                        (byte)'t' => (byte)'\t',
                        (byte)'r' => (byte)'\r',
                        (byte)'b' => (byte)'\b',
                        (byte)'f' => (byte)'\f',
                        _ => kind, // '"', '\\' and '/': the reader allows no other escape.
                    };
                    continue;
                }

                int scalar = Hex(escaped);
                escaped = escaped[4..];
                if (char.IsLowSurrogate((char)scalar))
                {
                    return null;
                }

                if (char.IsHighSurrogate((char)scalar))
                {
                    if (escaped.Length < 6 || escaped[0] != (byte)'\\' || escaped[1] != (byte)'u' || !char.IsLowSurrogate((char)Hex(escaped[2..])))
                    {
                        return null;
                    }

                    scalar = char.ConvertToUtf32((char)scalar, (char)Hex(escaped[2..]));
                    escaped = escaped[6..];
                }

                written += new System.Text.Rune(scalar).EncodeToUtf8(buffer[written..]);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static string? TryDecodeUtf8(ReadOnlySpan<byte> utf8) =>
        System.Text.Unicode.Utf8.IsValid(utf8) ? System.Text.Encoding.UTF8.GetString(utf8) : null;

    /// <summary>Four hexadecimal digits, which the reader has validated.</summary>
    private static int Hex(ReadOnlySpan<byte> digits)
    {
        int value = 0;
        for (int i = 0; i < 4; i++)
        {
            int digit = digits[i];
            value = (value << 4) | (digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10);
        }

        return value;
    }

    /// <summary>A field's value as it is written in the line.</summary>
    public string GetRawText(JsonRecordField field) => System.Text.Encoding.UTF8.GetString(ValueOf(field));

    /// <summary>Writes the field, name and value, as <see cref="JsonProperty.WriteTo"/> does.</summary>
    public void WriteTo(Utf8JsonWriter writer, JsonRecordField field)
    {
        writer.WritePropertyName(field.UnescapedName ?? _json.Span.Slice(field.NameStart, field.NameLength));
        var reader = new Utf8JsonReader(ValueOf(field));
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    writer.WriteStartObject();
                    break;
                case JsonTokenType.EndObject:
                    writer.WriteEndObject();
                    break;
                case JsonTokenType.StartArray:
                    writer.WriteStartArray();
                    break;
                case JsonTokenType.EndArray:
                    writer.WriteEndArray();
                    break;
                case JsonTokenType.PropertyName:
                    WriteUnescaped(ref reader, writer, isName: true);
                    break;
                case JsonTokenType.String:
                    WriteUnescaped(ref reader, writer, isName: false);
                    break;
                case JsonTokenType.Number:
                    writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                    break;
                case JsonTokenType.True:
                    writer.WriteBooleanValue(true);
                    break;
                case JsonTokenType.False:
                    writer.WriteBooleanValue(false);
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }
    }

    private ReadOnlySpan<byte> ValueOf(JsonRecordField field) => _json.Span.Slice(field.ValueStart, field.ValueLength);

    private static void WriteUnescaped(ref Utf8JsonReader reader, Utf8JsonWriter writer, bool isName)
    {
        if (!reader.ValueIsEscaped)
        {
            Write(writer, reader.ValueSpan, isName);
            return;
        }

        // Unescaping never lengthens a string.
        byte[] rented = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            int length = reader.CopyString(rented);
            Write(writer, rented.AsSpan(0, length), isName);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8, bool isName)
    {
        if (isName)
        {
            writer.WritePropertyName(utf8);
        }
        else
        {
            writer.WriteStringValue(utf8);
        }
    }

    private static byte[] Unescape(ref Utf8JsonReader reader)
    {
        byte[] name = new byte[reader.ValueSpan.Length];
        return name.AsSpan(0, reader.CopyString(name)).ToArray();
    }

    private static JsonFieldName NameOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("text"u8) ? JsonFieldName.Text
        : reader.ValueTextEquals("html"u8) ? JsonFieldName.Html
        : reader.ValueTextEquals("id"u8) ? JsonFieldName.Id
        : reader.ValueTextEquals("url"u8) ? JsonFieldName.Url
        : reader.ValueTextEquals("title"u8) ? JsonFieldName.Title
        : reader.ValueTextEquals("metadata"u8) ? JsonFieldName.Metadata
        : reader.ValueTextEquals("removed"u8) ? JsonFieldName.Removed
        : JsonFieldName.Other;

    private static JsonValueKind KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        _ => JsonValueKind.Null,
    };
}

/// <summary>The top-level names the batch reads or replaces.</summary>
internal enum JsonFieldName
{
    Other,
    Id,
    Url,
    Text,
    Html,
    Title,
    Metadata,
    Removed,
}

/// <summary>One top-level field of a <see cref="JsonRecord"/>: its name and where its name and value are in the line.</summary>
/// <param name="Name">Which of the names the batch reads it is.</param>
/// <param name="Kind">The kind of its value.</param>
/// <param name="NameStart">Where the name's characters start, after the quote.</param>
/// <param name="NameLength">The name's length in bytes, as written.</param>
/// <param name="UnescapedName">The name unescaped, when it was written with escapes.</param>
/// <param name="ValueStart">Where the value starts.</param>
/// <param name="ValueLength">The value's length in bytes, as written.</param>
internal readonly record struct JsonRecordField(JsonFieldName Name, JsonValueKind Kind, int NameStart, int NameLength, byte[]? UnescapedName, int ValueStart, int ValueLength);
