namespace Boilerplate.Cli.Records;

/// <summary>What an <see cref="InputRecord"/> holds, and so how it is cleaned.</summary>
internal enum RecordKind
{
    /// <summary>A <c>*.txt</c> text dump, read from <see cref="InputRecord.Path"/> by the worker.</summary>
    TextFile,

    /// <summary>A <c>*.html</c> page, read from <see cref="InputRecord.Path"/> by the worker.</summary>
    HtmlFile,

    /// <summary>A text dump as UTF-8 bytes: a WET <c>conversion</c> record.</summary>
    Text,

    /// <summary>HTML bytes without HTTP headers: a WARC <c>resource</c> record of an HTML page.</summary>
    Html,

    /// <summary>A WARC <c>response</c> record's block: an HTTP response whose body is cleaned when it is HTML.</summary>
    HttpResponse,

    /// <summary>One JSON Lines object with a <c>text</c> or <c>html</c> field, parsed by the worker.</summary>
    JsonLine,

    /// <summary>A record the reader could not take apart; <see cref="InputRecord.Error"/> says why.</summary>
    Malformed,
}

/// <summary>
/// One unit of work of <c>batch</c>: a page file, a WARC or WET record or a JSON Lines object. Readers make them in
/// input order; workers clean them in parallel; the writer puts the results back in input order.
/// </summary>
internal sealed class InputRecord
{
    public required RecordKind Kind { get; init; }

    /// <summary>The record's bytes, or <see langword="null"/> for files, which the worker reads.</summary>
    public byte[]? Content { get; init; }

    /// <summary>The full path of a page file.</summary>
    public string? Path { get; init; }

    /// <summary>Where the record is, for reports: a file as the user named it, <c>crawl.warc.gz record 12</c>, <c>pages.jsonl line 7</c>.</summary>
    public required string Location { get; init; }

    /// <summary>The record's id for reports, when the reader knows it (a JSON Lines record's is found by the worker).</summary>
    public string? Id { get; init; }

    /// <summary>
    /// Relative path, without extension, of the record's output in a folder. A JSON Lines record with an <c>id</c>
    /// field is named <see cref="NamePrefix"/> plus that id instead.
    /// </summary>
    public required string OutputName { get; init; }

    /// <summary>The folder, relative to the output, of the records of one container file (empty for a single input file).</summary>
    public string NamePrefix { get; init; } = string.Empty;

    /// <summary>Fields written before <c>title</c> and <c>text</c> in JSON Lines output (WARC headers, a file's id).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; init; } = [];

    /// <summary>The step at which a <see cref="RecordKind.Malformed"/> record failed: <c>read</c> or <c>parse</c>.</summary>
    public string ErrorStage { get; init; } = "parse";

    /// <summary>Why a <see cref="RecordKind.Malformed"/> record could not be read.</summary>
    public string? Error { get; init; }

    /// <summary>The template of the record's site (<c>--sites</c>, <c>--templates</c>), set on the reader thread before the record is queued.</summary>
    public SiteTemplate? Template { get; set; }
}
