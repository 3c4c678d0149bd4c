using System.Text.Encodings.Web;
using System.Text.Json;

namespace Boilerplate.Cli.Records;

/// <summary>
/// <c>--errors FILE</c>: one JSON line per failed record, <c>{"id", "source", "stage", "error"}</c>, written under a
/// temporary name and renamed when the batch ends.
/// </summary>
internal sealed class ErrorLog : IDisposable
{
    private readonly JsonLinesFile _file;
    private readonly Utf8JsonWriter _json;

    private ErrorLog(JsonLinesFile file)
    {
        _file = file;
        _json = new Utf8JsonWriter(file.Stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <exception cref="IOException">The file cannot be created.</exception>
    public static ErrorLog Create(string path) => new(JsonLinesFile.Create(path));

    public void Write(string? id, string source, string stage, string error)
    {
        _json.Reset();
        _json.WriteStartObject();
        _json.WriteString("id", id);
        _json.WriteString("source", source);
        _json.WriteString("stage", stage);
        _json.WriteString("error", error);
        _json.WriteEndObject();
        _json.Flush();
        _file.Stream.WriteByte((byte)'\n');
    }

    public void Complete()
    {
        _json.Dispose();
        _file.Complete();
    }

    public void Dispose()
    {
        // After Complete the stream is closed, and disposing the writer again does nothing.
        _json.Dispose();
        _file.Dispose();
    }
}
