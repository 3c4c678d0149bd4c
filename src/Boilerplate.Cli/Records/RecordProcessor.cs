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

/// <summary>
/// Cleans one record into its output in three steps (<see cref="Prepare"/>, <see cref="Clean"/>, <see cref="Finish"/>),
/// which may run on different threads. Thread-safe: the batch's threads share one.
/// </summary>
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

    /// <summary>
    /// The first step of a record: everything before cleaning a JSON line (parsing it, decoding its page).
    /// The reader thread takes it while the workers have records queued, so that a worker spends its time cleaning.
    /// </summary>
    public static RecordWork Prepare(InputRecord record)
    {
        var work = new RecordWork(record);
        if (record.Kind == RecordKind.Malformed)
        {
            work.Fail(record.ErrorStage, record.Error ?? "unreadable record");
        }
        else if (record.Kind == RecordKind.JsonLine)
        {
            try
            {
                PrepareJsonLine(work);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                work.Fail("clean", CleanErrors.Describe(ex));
            }
        }

        return work;
    }

    private static void PrepareJsonLine(RecordWork work)
    {
        InputRecord record = work.Record;
        JsonRecord json;
        try
        {
            json = JsonRecord.Parse(record.Content);
        }
        catch (JsonException ex)
        {
            work.Fail("parse", "invalid JSON: " + ex.Message);
            return;
        }

        if (json.Kind != JsonValueKind.Object)
        {
            work.Fail("parse", $"a JSON {json.Kind.ToString().ToLowerInvariant()}, not an object");
            return;
        }

        work.Json = json;
        if (json.TryGetField(JsonFieldName.Id, out JsonRecordField idField) && idField.Kind is JsonValueKind.String or JsonValueKind.Number)
        {
            work.Id = idField.Kind == JsonValueKind.String ? json.GetString(idField) : json.GetRawText(idField);
            work.OutputName = record.NamePrefix + OutputNames.FromId(work.Id!);
        }

        if (!TryGetPage(json, out string? page, out bool isHtml, out string? problem))
        {
            work.Fail("parse", problem!);
            return;
        }

        work.Page = page;
        work.PageIsHtml = isHtml;
        work.Bytes = System.Text.Encoding.UTF8.GetByteCount(page!);
        work.BaseUri = isHtml ? UrlField(json) : null;
    }

    /// <summary>Cleans a prepared record: its <see cref="RecordWork.Result"/>, or its failure or reason to skip.</summary>
    public void Clean(RecordWork work)
    {
        if (work.Outcome is not null)
        {
            return;
        }

        InputRecord record = work.Record;
        try
        {
            if (record.Kind is RecordKind.TextFile or RecordKind.HtmlFile && !TryReadFile(work))
            {
                return;
            }

            switch (record.Kind)
            {
                case RecordKind.TextFile:
                    work.Result = InputKinds.Clean(InputKind.TextDump, work.Content!);
                    break;
                case RecordKind.HtmlFile:
                    work.Result = InputKinds.Clean(InputKind.Html, work.Content!);
                    break;
                case RecordKind.Text:
                    work.Result = options.Pipeline.Process(TextDecoding.Decode(work.Content!), record.Template);
                    break;
                case RecordKind.Html:
                    work.Result = options.Pipeline.ProcessHtml(work.Content.AsSpan(), record.Template);
                    break;
                case RecordKind.HttpResponse:
                    CleanHttpResponse(work);
                    break;
                default:
                    work.Result = work.PageIsHtml
                        ? options.Pipeline.ProcessHtml(work.Page!, work.BaseUri, record.Template)
                        : options.Pipeline.Process(work.Page!, record.Template);
                    break;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Any failure on one page (too large, or a bug the page triggers) is that record's failure; the batch goes on.
            work.Fail("clean", CleanErrors.Describe(ex));
        }
    }

    private static bool TryReadFile(RecordWork work)
    {
        try
        {
            work.Content = FileErrors.ReadAllBytes(work.Record.Path!);
            work.Bytes = work.Content.Length;
            return true;
        }
        catch (Exception ex) when (FileErrors.IsFileError(ex))
        {
            work.Fail("read", FileErrors.Describe(ex));
            return false;
        }
    }

    private void CleanHttpResponse(RecordWork work)
    {
        HttpResponse response;
        try
        {
            response = HttpResponse.Parse(work.Content!, options.MaxRecordBytes);
        }
        catch (InvalidDataException ex)
        {
            work.Fail("parse", ex.Message);
            return;
        }

        if (response.Status is < 200 or > 299)
        {
            work.Skip($"HTTP status {response.Status}");
            return;
        }

        if (!response.IsHtml)
        {
            work.Skip($"not HTML ({response.MediaType})");
            return;
        }

        work.Bytes = response.Body.Length;
        Uri? target = TargetUri(work.Record);
        work.Result = response.DecodeByHttpCharset() is { } decoded
            ? options.Pipeline.ProcessHtml(decoded, target, work.Record.Template)
            : options.Pipeline.ProcessHtml(response.Body.Span, target, work.Record.Template);
    }

    /// <summary>
    /// The last step of a record: its article formatted and, for JSON Lines, its output line. The writer thread takes it
    /// while it keeps up with the workers.
    /// </summary>
    public RecordOutcome Finish(RecordWork work)
    {
        if (work.Outcome is { } outcome)
        {
            return outcome;
        }

        try
        {
            return Format(work, work.Result!);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Under the reader's id, as batch has always reported a failure outside the cleaning itself.
            return new RecordOutcome { Status = OutcomeStatus.Failed, Id = work.Record.Id, OutputName = work.Record.OutputName, Stage = "clean", Error = CleanErrors.Describe(ex) };
        }
    }

    private RecordOutcome Format(RecordWork work, CleanResult result)
    {
        // In JSON Lines the title has a field of its own, so "text" is the body alone.
        string article = !options.JsonLines ? ArticleText.Format(result, options.IncludeTitle, options.Format)
            : options.Format == OutputFormat.Markdown ? ArticleText.FormatMarkdown(result, includeTitle: false).TrimEnd('\n')
            : options.Format == OutputFormat.Html ? result.ToHtml().TrimEnd('\n')
            : result.Text;
        if (!options.JsonLines)
        {
            return new RecordOutcome { Status = OutcomeStatus.Cleaned, Id = work.Id, OutputName = work.OutputName, Article = article, Bytes = work.Bytes };
        }

        byte[] line;
        try
        {
            line = WriteJsonLine(work.Record, work.Json, result, article);
        }
        catch (ArgumentException ex)
        {
            // Text the JSON writer refuses (an unpaired surrogate from a broken entity).
            return work.Fail("write", ex.Message);
        }

        return new RecordOutcome { Status = OutcomeStatus.Cleaned, Id = work.Id, OutputName = work.OutputName, JsonLine = line, Bytes = work.Bytes };
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
}
