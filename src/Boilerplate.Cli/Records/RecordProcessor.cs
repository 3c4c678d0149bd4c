using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Boilerplate.Cli.Input;
using Boilerplate.Cli.Output;

namespace Boilerplate.Cli.Records;

/// <summary>What became of one record.</summary>
internal enum OutcomeStatus
{
    /// <summary>Cleaned; its output is ready.</summary>
    Cleaned,

    /// <summary>Not a page to clean (an HTTP error, an image): counted, not written, not an error.</summary>
    Skipped,

    /// <summary>Could not be read, parsed, cleaned or written: reported, counted, and the batch goes on.</summary>
    Failed,
}

/// <summary>The result of one record, filled in by a worker and written by the writer in input order.</summary>
internal sealed class RecordOutcome
{
    public OutcomeStatus Status { get; init; }

    /// <summary>The record's id, for reports: a file's relative path, a WARC-Record-ID, a JSON Lines <c>id</c>.</summary>
    public string? Id { get; init; }

    /// <summary>Relative path, without extension, of the output in a folder.</summary>
    public string OutputName { get; init; } = string.Empty;

    /// <summary>The article as text or Markdown, for folder output.</summary>
    public string? Article { get; init; }

    /// <summary>The JSON Lines output, newline included, for JSON Lines output.</summary>
    public byte[]? JsonLine { get; init; }

    /// <summary>The step that failed (<c>read</c>, <c>parse</c>, <c>clean</c>, <c>write</c>), or why the record was skipped.</summary>
    public string? Stage { get; init; }

    public string? Error { get; init; }

    /// <summary>Bytes of page content cleaned (HTML or text, uncompressed), for throughput.</summary>
    public long Bytes { get; init; }
}

/// <summary>What a batch writes for each record.</summary>
/// <param name="IncludeTitle">Whether the title is written (<c>--no-title</c> leaves it out).</param>
/// <param name="Format">Text or Markdown, for folder files and the JSON Lines <c>text</c> field.</param>
/// <param name="JsonLines">Whether the output is JSON Lines rather than a folder of files.</param>
/// <param name="Explain">Whether JSON Lines records carry the removed blocks with their filter and reason.</param>
/// <param name="MaxRecordBytes">Largest record (or decompressed HTTP body) cleaned.</param>
internal sealed record BatchOptions(bool IncludeTitle, OutputFormat Format, bool JsonLines, bool Explain, int MaxRecordBytes)
{
    /// <summary>The pipeline records are cleaned with (<c>--preset</c>, <c>--options</c>); the default one unless set.</summary>
    public BoilerplatePipeline Pipeline { get; init; } = Cleaner.DefaultPipeline;
}

/// <summary>Cleans one record into its output. Thread-safe: the workers share one.</summary>
internal sealed class RecordProcessor(BatchOptions options)
{
    private static readonly JsonWriterOptions s_jsonOptions = new()
    {
        // Keeps non-ASCII text readable, as clean --json does.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const int KeptBufferBytes = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public RecordOutcome Process(InputRecord record)
    {
        string? id = record.Id;
        string outputName = record.OutputName;
        JsonRecord? json = null;
        byte[] content;
        switch (record.Kind)
        {
            case RecordKind.Malformed:
                return Failed(record, id, record.ErrorStage, record.Error ?? "unreadable record");

            case RecordKind.TextFile or RecordKind.HtmlFile:
                try
                {
                    content = FileErrors.ReadAllBytes(record.Path!);
                }
                catch (Exception ex) when (FileErrors.IsFileError(ex))
                {
                    return Failed(record, id, "read", FileErrors.Describe(ex));
                }

                break;

            case RecordKind.JsonLine:
                try
                {
                    json = JsonRecord.Parse(record.Content);
                }
                catch (JsonException ex)
                {
                    return Failed(record, id, "parse", "invalid JSON: " + ex.Message);
                }

                if (json.Kind != JsonValueKind.Object)
                {
                    return Failed(record, id, "parse", $"a JSON {json.Kind.ToString().ToLowerInvariant()}, not an object");
                }

                if (json.TryGetField(JsonFieldName.Id, out JsonRecordField idField) && idField.Kind is JsonValueKind.String or JsonValueKind.Number)
                {
                    id = idField.Kind == JsonValueKind.String ? json.GetString(idField) : json.GetRawText(idField);
                    outputName = record.NamePrefix + OutputNames.FromId(id!);
                }

                content = record.Content!;
                break;

            default:
                content = record.Content!;
                break;
        }

        CleanResult result;
        long bytes = content.Length;
        try
        {
            switch (record.Kind)
            {
                case RecordKind.TextFile:
                    result = InputKinds.Clean(InputKind.TextDump, content);
                    break;
                case RecordKind.HtmlFile:
                    result = InputKinds.Clean(InputKind.Html, content);
                    break;
                case RecordKind.Text:
                    result = options.Pipeline.Process(TextDecoding.Decode(content), record.Template);
                    break;
                case RecordKind.Html:
                    result = options.Pipeline.ProcessHtml(content.AsSpan(), record.Template);
                    break;
                case RecordKind.HttpResponse:
                    HttpResponse response;
                    try
                    {
                        response = HttpResponse.Parse(content, options.MaxRecordBytes);
                    }
                    catch (InvalidDataException ex)
                    {
                        return Failed(record, id, "parse", ex.Message);
                    }

                    if (response.Status is < 200 or > 299)
                    {
                        return Skipped(id, outputName, $"HTTP status {response.Status}");
                    }

                    if (!response.IsHtml)
                    {
                        return Skipped(id, outputName, $"not HTML ({response.MediaType})");
                    }

                    bytes = response.Body.Length;
                    Uri? target = TargetUri(record);
                    result = response.DecodeByHttpCharset() is { } decoded
                        ? options.Pipeline.ProcessHtml(decoded, target, record.Template)
                        : options.Pipeline.ProcessHtml(response.Body.Span, target, record.Template);
                    break;
                default:
                    if (!TryGetPage(json!, out string? page, out bool isHtml, out string? problem))
                    {
                        return Failed(record, id, "parse", problem!);
                    }

                    bytes = System.Text.Encoding.UTF8.GetByteCount(page!);
                    result = isHtml
                        ? options.Pipeline.ProcessHtml(page!, UrlField(json!), record.Template)
                        : options.Pipeline.Process(page!, record.Template);
                    break;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Any failure on one page (too large, or a bug the page triggers) is that record's failure; the batch goes on.
            return Failed(record, id, "clean", CleanErrors.Describe(ex));
        }

        // In JSON Lines the title has a field of its own, so "text" is the body alone.
        string article = !options.JsonLines ? ArticleText.Format(result, options.IncludeTitle, options.Format)
            : options.Format == OutputFormat.Markdown ? ArticleText.FormatMarkdown(result, includeTitle: false).TrimEnd('\n')
            : options.Format == OutputFormat.Html ? result.ToHtml().TrimEnd('\n')
            : result.Text;
        if (!options.JsonLines)
        {
            return new RecordOutcome { Status = OutcomeStatus.Cleaned, Id = id, OutputName = outputName, Article = article, Bytes = bytes };
        }

        byte[] line;
        try
        {
            line = WriteJsonLine(record, json, result, article);
        }
        catch (ArgumentException ex)
        {
            // Text the JSON writer refuses (an unpaired surrogate from a broken entity).
            return Failed(record, id, "write", ex.Message);
        }

        return new RecordOutcome { Status = OutcomeStatus.Cleaned, Id = id, OutputName = outputName, JsonLine = line, Bytes = bytes };
    }

    /// <summary>A JSON Lines record's <c>url</c> field, the base of the page's relative URLs.</summary>
    private static Uri? UrlField(JsonRecord record) =>
        record.TryGetField(JsonFieldName.Url, out JsonRecordField url) && url.Kind == JsonValueKind.String && Uri.TryCreate(record.GetString(url), UriKind.Absolute, out Uri? uri) ? uri : null;

    /// <summary>A WARC record's target URI, the base of the page's relative URLs.</summary>
    private static Uri? TargetUri(InputRecord record)
    {
        foreach (KeyValuePair<string, string> field in record.Fields)
        {
            if (field.Key == "WARC-Target-URI" && Uri.TryCreate(field.Value, UriKind.Absolute, out Uri? uri))
            {
                return uri;
            }
        }

        return null;
    }

    /// <summary>The page of a JSON Lines record: its <c>html</c> field if it has one, else its <c>text</c> field.</summary>
    internal static bool TryGetPage(JsonRecord record, out string? page, out bool isHtml, out string? problem)
    {
        page = null;
        problem = null;
        isHtml = record.TryGetField(JsonFieldName.Html, out JsonRecordField field) && field.Kind != JsonValueKind.Null;
        if (!isHtml && !(record.TryGetField(JsonFieldName.Text, out field) && field.Kind != JsonValueKind.Null))
        {
            problem = "no 'text' or 'html' field";
            return false;
        }

        if (field.Kind != JsonValueKind.String)
        {
            problem = $"'{(isHtml ? "html" : "text")}' is a {field.Kind.ToString().ToLowerInvariant()}, not a string";
            return false;
        }

        page = record.GetString(field);
        return true;
    }

    /// <summary>
    /// The record as one JSON line: every input field in input order (<c>html</c> dropped, <c>text</c> replaced by the
    /// article in place, <c>metadata</c> replaced by the page's), or the reader's fields; then <c>title</c> if the input had
    /// none, <c>metadata</c>, then with <c>--explain</c> <c>removed</c>.
    /// </summary>
    private byte[] WriteJsonLine(InputRecord record, JsonRecord? source, CleanResult result, string article)
    {
        // Each worker thread keeps its buffer and writer: a record costs only its output line.
        ArrayBufferWriter<byte> buffer = t_buffer ??= new ArrayBufferWriter<byte>(1 << 16);
        buffer.ResetWrittenCount();
        Utf8JsonWriter json = t_writer ??= new Utf8JsonWriter(buffer, s_jsonOptions);
        json.Reset(buffer);
        json.WriteStartObject();
        bool wroteText = false, wroteTitle = false, wroteMetadata = false;
        if (source is not null)
        {
            foreach (JsonRecordField field in source.Fields)
            {
                if (field.Name is JsonFieldName.Text or JsonFieldName.Html)
                {
                    if (!wroteText)
                    {
                        json.WriteString("text", article);
                        wroteText = true;
                    }
                }
                else if (field.Name == JsonFieldName.Title && options.IncludeTitle)
                {
                    WriteTitle(json, result);
                    wroteTitle = true;
                }
                else if (field.Name == JsonFieldName.Metadata)
                {
                    // The page's metadata takes the place of an input field of that name.
                    MetadataJson.Write(json, result.Metadata);
                    wroteMetadata = true;
                }
                else if (!(field.Name == JsonFieldName.Removed && options.Explain))
                {
                    source.WriteTo(json, field);
                }
            }
        }
        else
        {
            foreach (KeyValuePair<string, string> field in record.Fields)
            {
                json.WriteString(field.Key, field.Value);
            }
        }

        if (options.IncludeTitle && !wroteTitle)
        {
            WriteTitle(json, result);
        }

        if (!wroteText)
        {
            json.WriteString("text", article);
        }

        if (!wroteMetadata)
        {
            MetadataJson.Write(json, result.Metadata);
        }

        if (options.Explain)
        {
            JsonResultWriter.WriteRemoved(json, result);
        }

        json.WriteEndObject();
        json.Flush();

        byte[] line = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(line);
        line[^1] = (byte)'\n';
        if (buffer.Capacity > KeptBufferBytes)
        {
            // A huge record's buffer is not kept for the rest of the run.
            t_buffer = null;
        }

        return line;
    }

    private static void WriteTitle(Utf8JsonWriter json, CleanResult result) =>
        json.WriteString("title", string.IsNullOrEmpty(result.Title) ? null : result.Title);

    private static RecordOutcome Failed(InputRecord record, string? id, string stage, string error) =>
        new() { Status = OutcomeStatus.Failed, Id = id, OutputName = record.OutputName, Stage = stage, Error = error };

    private static RecordOutcome Skipped(string? id, string outputName, string reason) =>
        new() { Status = OutcomeStatus.Skipped, Id = id, OutputName = outputName, Stage = reason };
}
