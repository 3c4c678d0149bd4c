using System.Text.Json;
using Boilerplate.Cli.Input;
using Boilerplate.Cli.Records;

namespace Boilerplate.Cli.Sites;

/// <summary>What site learning reads of a record: the host of its URL, and its page, parsed as cleaning will parse it.</summary>
internal sealed class SitePages(string urlField, int maxRecordBytes)
{
    /// <summary>The record's site: a JSON Lines record's URL field, a WARC/WET record's <c>WARC-Target-URI</c>; else <see langword="null"/>.</summary>
    public string? HostOf(InputRecord record)
    {
        switch (record.Kind)
        {
            case RecordKind.JsonLine:
                return JsonLineHost(record.Content);

            case RecordKind.Text or RecordKind.Html or RecordKind.HttpResponse:
                foreach (KeyValuePair<string, string> field in record.Fields)
                {
                    if (field.Key == "WARC-Target-URI")
                    {
                        return SiteHost.Of(field.Value);
                    }
                }

                return null;

            default:
                return null;
        }
    }

    /// <summary>The host of a JSON line's URL field, read without building the document (the line is parsed again to be learnt and cleaned).</summary>
    private string? JsonLineHost(byte[]? line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isUrl = reader.ValueTextEquals(urlField);
                reader.Read();
                if (isUrl)
                {
                    return reader.TokenType == JsonTokenType.String ? SiteHost.Of(reader.GetString()) : null;
                }

                reader.Skip();
            }

            return null;
        }
        catch (JsonException)
        {
            // Reported when the record is cleaned.
            return null;
        }
    }

    /// <summary>Adds the record's page to <paramref name="builder"/>; a record that will not be cleaned (skipped or failing) is left out.</summary>
    public void Learn(InputRecord record, SiteTemplateBuilder builder)
    {
        try
        {
            switch (record.Kind)
            {
                case RecordKind.Text:
                    builder.AddText(TextDecoding.Decode(record.Content));
                    break;
                case RecordKind.Html:
                    builder.AddHtml(record.Content);
                    break;
                case RecordKind.HttpResponse:
                    HttpResponse response = HttpResponse.Parse(record.Content!, maxRecordBytes);
                    if (response.Status is >= 200 and <= 299 && response.IsHtml)
                    {
                        if (response.DecodeByHttpCharset() is { } decoded)
                        {
                            builder.AddHtml(decoded);
                        }
                        else
                        {
                            builder.AddHtml(response.Body.Span);
                        }
                    }

                    break;
                case RecordKind.JsonLine:
                    JsonRecord json = JsonRecord.Parse(record.Content);
                    if (json.Kind == JsonValueKind.Object && RecordProcessor.TryGetPage(json, out string? page, out bool isHtml, out _))
                    {
                        _ = isHtml ? builder.AddHtml(page!) : builder.AddText(page!);
                    }

                    break;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or InputTooLargeException)
        {
            // The record's own cleaning reports it; a page that cannot be read teaches nothing about its site.
        }
    }
}
