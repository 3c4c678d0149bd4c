namespace Boilerplate.Cli.Records;

/// <summary>
/// One record between the steps of <see cref="RecordProcessor"/>: prepared (its page found), cleaned (its result),
/// finished (its outcome). Each step may run on a different thread; the channels and locks between them order the writes.
/// </summary>
internal sealed class RecordWork(InputRecord record)
{
    public InputRecord Record { get; } = record;

    /// <summary>The record's id for reports: the reader's, or a JSON Lines record's <c>id</c> field.</summary>
    public string? Id { get; set; } = record.Id;

    public string OutputName { get; set; } = record.OutputName;

    /// <summary>The bytes to clean: the record's (a WARC or WET block), or a file's once the worker has read it.</summary>
    public byte[]? Content { get; set; } = record.Content;

    /// <summary>A JSON Lines record, whose fields are written back around the article.</summary>
    public JsonRecord? Json { get; set; }

    /// <summary>A JSON Lines record's page, decoded.</summary>
    public string? Page { get; set; }

    public bool PageIsHtml { get; set; }

    /// <summary>The base of a JSON Lines HTML page's relative URLs (its <c>url</c> field).</summary>
    public Uri? BaseUri { get; set; }

    /// <summary>Bytes of page content cleaned (HTML or text, uncompressed), for throughput.</summary>
    public long Bytes { get; set; } = record.Content?.Length ?? 0;

    public CleanResult? Result { get; set; }

    /// <summary>The record's outcome once it failed or was skipped; <see cref="RecordProcessor.Finish"/> makes it otherwise.</summary>
    public RecordOutcome? Outcome { get; private set; }

    public RecordOutcome Fail(string stage, string error) =>
        Outcome = new RecordOutcome { Status = OutcomeStatus.Failed, Id = Id, OutputName = Record.OutputName, Stage = stage, Error = error };

    public void Skip(string reason) =>
        Outcome = new RecordOutcome { Status = OutcomeStatus.Skipped, Id = Id, OutputName = OutputName, Stage = reason };
}
