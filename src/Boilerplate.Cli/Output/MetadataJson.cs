using System.Text.Json;

namespace Boilerplate.Cli.Output;

/// <summary>
/// The <c>"metadata"</c> object of the JSON outputs: <c>{ "title", "authors", "datePublished", "dateModified", "siteName",
/// "description", "canonicalUrl", "language", "image", "categories", "tags", "license", "pageType" }</c>; a value the page
/// does not give is null (lists: empty).
/// </summary>
internal static class MetadataJson
{
    public static void Write(Utf8JsonWriter json, PageMetadata metadata)
    {
        json.WriteStartObject("metadata");
        json.WriteString("title", metadata.Title);
        WriteList(json, "authors", metadata.Authors);
        json.WriteString("datePublished", metadata.DatePublished);
        json.WriteString("dateModified", metadata.DateModified);
        json.WriteString("siteName", metadata.SiteName);
        json.WriteString("description", metadata.Description);
        json.WriteString("canonicalUrl", metadata.CanonicalUrl);
        json.WriteString("language", metadata.Language);
        json.WriteString("image", metadata.ImageUrl);
        WriteList(json, "categories", metadata.Categories);
        WriteList(json, "tags", metadata.Tags);
        json.WriteString("license", metadata.License);
        json.WriteString("pageType", metadata.PageType);
        json.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
