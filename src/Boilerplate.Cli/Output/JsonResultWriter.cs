using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Boilerplate.Cli.Output;

/// <summary>
/// The <c>--json</c> output, written with <see cref="Utf8JsonWriter"/> (no reflection, so the tool stays trimmable):
/// <c>{ "title", "text", "language", "keptCount", "removedCount", "metadata": { … }, "removed": [{ "line", "text", "filter", "reason", "kind", "code" }] }</c>.
/// </summary>
internal static class JsonResultWriter
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        NewLine = "\n",

        // Keeps non-ASCII text readable (the output is never embedded in HTML, which is what the default escaping guards).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(CleanResult result, bool includeTitle, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            json.WriteStartObject();
            json.WriteString("title", includeTitle ? result.Title : null);
            json.WriteString("text", result.Text);
            json.WriteString("language", result.Document.Language);
            json.WriteNumber("keptCount", result.KeptCount);
            json.WriteNumber("removedCount", result.RemovedCount);
            MetadataJson.Write(json, result.Metadata);
            WriteRemoved(json, result);
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    /// <summary>The "removed" array: every line left out of the text, with its line number, filter, reason, and the decision's kind and code.</summary>
    internal static void WriteRemoved(Utf8JsonWriter json, CleanResult result)
    {
        json.WriteStartArray("removed");
        foreach (BlockDecision decision in result.Explain())
        {
            if (decision.IsKept)
            {
                continue;
            }

            json.WriteStartObject();
            json.WriteNumber("line", decision.LineNumber);
            json.WriteString("text", decision.Text);
            json.WriteString("filter", decision.Filter);
            json.WriteString("reason", decision.Reason);
            json.WriteString("kind", decision.Kind.ToString());
            json.WriteString("code", decision.Code.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
