using System.Text.Json;
using Boilerplate.Text;

namespace Boilerplate.Metadata;

/// <summary>What a page's schema.org JSON-LD says about its main item.</summary>
internal sealed class JsonLdFacts
{
    public string? Headline { get; set; }

    public List<string> Authors { get; } = [];

    /// <summary>Whether every author is an organization (often the site itself): less telling than a person a byline names.</summary>
    public bool AuthorsAreOrganizations { get; set; }

    public string? DatePublished { get; set; }

    public string? DateModified { get; set; }

    public string? SiteName { get; set; }

    public string? Description { get; set; }

    public string? Url { get; set; }

    public string? Image { get; set; }

    public List<string> Sections { get; } = [];

    public List<string> Keywords { get; } = [];

    public string? License { get; set; }

    public string? PageType { get; set; }

    public string? Language { get; set; }

    /// <summary>The main item's full text (schema.org articleBody), when the page gives it.</summary>
    public string? ArticleBody { get; set; }
}

/// <summary>
/// Reads the <c>application/ld+json</c> scripts of a page with System.Text.Json. Real pages ship broken JSON-LD (raw line
/// breaks inside strings, trailing commas and semicolons, HTML comments or CDATA around the object), so each script is
/// repaired once before it is given up. The main item is the first whose type says article, product, recipe, posting or
/// question, else the first web page; the website and publisher give the site name.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxScriptChars = 1 << 20;
    private const int MaxNodes = 2_000;

    private static readonly IgnoreCaseNeedle s_jsonLdType = new("application/ld+json");

    private static readonly JsonDocumentOptions s_options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Reads the JSON-LD scripts of <paramref name="html"/>; returns <see langword="null"/> when it has none that parse.</summary>
    public static JsonLdFacts? Read(string html)
    {
        List<JsonDocument>? documents = null;
        try
        {
            int from = 0;
            while (true)
            {
                int type = s_jsonLdType.IndexIn(html, from);
                if (type < 0)
                {
                    break;
                }

                int open = html.IndexOf('>', type);
                if (open < 0)
                {
                    break;
                }

                int close = IgnoreCaseNeedle.ScriptEnd.IndexIn(html, open);
                if (close < 0)
                {
                    break;
                }

                from = close;
                if (close - open - 1 <= MaxScriptChars && Parse(html.AsSpan(open + 1, close - open - 1)) is { } document)
                {
                    (documents ??= []).Add(document);
                }
            }

            return documents is null ? null : Collect(documents);
        }
        finally
        {
            if (documents is not null)
            {
                foreach (JsonDocument document in documents)
                {
                    document.Dispose();
                }
            }
        }
    }

    private static JsonDocument? Parse(ReadOnlySpan<char> script)
    {
        script = script.Trim();
        if (script.IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(script.ToString(), s_options);
        }
        catch (JsonException)
        {
            try
            {
                return JsonDocument.Parse(Repair(script), s_options);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// The usual breakage: control characters (raw line breaks inside strings) become spaces, which is also right between
    /// tokens; HTML comment and CDATA markers and a trailing semicolon go.
    /// </summary>
    internal static string Repair(ReadOnlySpan<char> script)
    {
        var text = new System.Text.StringBuilder(script.Length);
        foreach (char c in script)
        {
            text.Append(c < ' ' ? ' ' : c);
        }

        text.Replace("<!--", " ").Replace("-->", " ").Replace("<![CDATA[", " ").Replace("]]>", " ");
        return text.ToString().Trim().TrimEnd(';').Trim();
    }

    private static JsonLdFacts Collect(List<JsonDocument> documents)
    {
        var nodes = new List<JsonElement>();
        foreach (JsonDocument document in documents)
        {
            AddNodes(document.RootElement, nodes, 0);
        }

        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (JsonElement node in nodes)
        {
            if (Text(node, "@id") is { } id)
            {
                byId.TryAdd(id, node);
            }
        }

        JsonElement? main = null, page = null;
        int mainRank = int.MaxValue;
        var facts = new JsonLdFacts();
        foreach (JsonElement node in nodes)
        {
            foreach (string type in Types(node))
            {
                int rank = MainRank(type);
                if (rank < mainRank)
                {
                    (main, mainRank) = (node, rank);
                }

                if (type is "WebPage" or "ItemPage" or "AboutPage" or "CollectionPage" or "ProfilePage" or "SearchResultsPage")
                {
                    page ??= node;
                }

                if (type == "WebSite" && facts.SiteName is null)
                {
                    facts.SiteName = Text(node, "name");
                }
            }
        }

        if (main is not { } item)
        {
            return facts;
        }

        facts.PageType = PageTypes.FromSchemaType(Types(item).FirstOrDefault(t => MainRank(t) == mainRank));
        facts.Headline = Text(item, "headline") ?? Text(item, "name");
        facts.AuthorsAreOrganizations = AddNames(item, "author", byId, facts.Authors);
        if (facts.Authors.Count == 0)
        {
            facts.AuthorsAreOrganizations = AddNames(item, "creator", byId, facts.Authors);
        }

        facts.DatePublished = Text(item, "datePublished") ?? Text(item, "dateCreated") ?? Text(item, "uploadDate");
        facts.DateModified = Text(item, "dateModified");
        facts.Description = Text(item, "description");
        facts.Url = Text(item, "url") ?? Url(item, "mainEntityOfPage");
        facts.Image = Url(item, "image") ?? Url(item, "thumbnailUrl");
        AddTexts(item, "articleSection", facts.Sections);
        AddKeywords(item, facts.Keywords);
        facts.License = Url(item, "license");
        facts.Language = Text(item, "inLanguage");
        facts.ArticleBody = Text(item, "articleBody");
        if (page is { } webPage)
        {
            facts.DatePublished ??= Text(webPage, "datePublished");
            facts.DateModified ??= Text(webPage, "dateModified");
            facts.Language ??= Text(webPage, "inLanguage");
        }

        if (Resolve(item, "publisher", byId) is { } publisher && Text(publisher, "name") is { } publisherName)
        {
            facts.SiteName ??= publisherName;
        }

        return facts;
    }

    /// <summary>Ranks a schema.org type as the page's main item: the article-like types first, a generic web page last.</summary>
    private static int MainRank(string type) => PageTypes.FromSchemaType(type) switch
    {
        "article" or "recipe" or "product" or "forum posting" or "question" or "video" or "event" => 0,
        "web page" or "listing" or "profile" => 1,
        _ => int.MaxValue,
    };

    private static void AddNodes(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > 8 || nodes.Count >= MaxNodes)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (JsonElement child in element.EnumerateArray())
                {
                    AddNodes(child, nodes, depth + 1);
                }

                break;
            case JsonValueKind.Object:
                nodes.Add(element);
                if (element.TryGetProperty("@graph", out JsonElement graph))
                {
                    AddNodes(graph, nodes, depth + 1);
                }

                // A main item nested as mainEntity of a web page is still the main item.
                if (element.TryGetProperty("mainEntity", out JsonElement entity))
                {
                    AddNodes(entity, nodes, depth + 1);
                }

                break;
        }
    }

    private static IEnumerable<string> Types(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out JsonElement type))
        {
            yield break;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            yield return type.GetString()!;
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String)
                {
                    yield return t.GetString()!;
                }
            }
        }
    }

    /// <summary>The node a property names, following an <c>@id</c> reference into the graph.</summary>
    private static JsonElement? Resolve(JsonElement node, string property, Dictionary<string, JsonElement> byId)
    {
        if (!node.TryGetProperty(property, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
        {
            value = value[0];
        }

        return value.ValueKind == JsonValueKind.Object ? Follow(value, byId) : null;
    }

    private static JsonElement Follow(JsonElement value, Dictionary<string, JsonElement> byId) =>
        value.ValueKind == JsonValueKind.Object && !value.TryGetProperty("name", out _) && Text(value, "@id") is { } id && byId.TryGetValue(id, out JsonElement target)
            ? target
            : value;

    /// <summary>Adds the names of a property's people or organizations; returns whether all it added are organizations.</summary>
    private static bool AddNames(JsonElement node, string property, Dictionary<string, JsonElement> byId, List<string> names)
    {
        if (!node.TryGetProperty(property, out JsonElement value))
        {
            return false;
        }

        bool organizations = true;
        foreach (JsonElement one in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Once(value))
        {
            JsonElement target = one.ValueKind == JsonValueKind.Object ? Follow(one, byId) : one;
            string? name = target.ValueKind switch
            {
                JsonValueKind.String => target.GetString(),
                JsonValueKind.Object => Text(target, "name"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name))
            {
                names.Add(name.Trim());
                organizations &= target.ValueKind == JsonValueKind.Object && Types(target).Any(t => t is "Organization" or "NewsMediaOrganization" or "Corporation" or "EducationalOrganization" or "LocalBusiness");
            }
        }

        return organizations && names.Count > 0;
    }

    private static void AddTexts(JsonElement node, string property, List<string> texts)
    {
        if (!node.TryGetProperty(property, out JsonElement value))
        {
            return;
        }

        foreach (JsonElement one in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Once(value))
        {
            if (one.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(one.GetString()))
            {
                texts.Add(one.GetString()!.Trim());
            }
        }
    }

    private static void AddKeywords(JsonElement node, List<string> keywords)
    {
        if (!node.TryGetProperty("keywords", out JsonElement value))
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            keywords.AddRange(MetadataText.SplitList(value.GetString()!));
        }
        else
        {
            AddTexts(node, "keywords", keywords);
        }
    }

    private static IEnumerable<JsonElement> Once(JsonElement value)
    {
        yield return value;
    }

    /// <summary>A property's string value (the first of an array), trimmed; <see langword="null"/> when absent or blank.</summary>
    private static string? Text(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
        {
            value = value[0];
        }

        string? text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>A URL property: a string, or an object's <c>url</c> or <c>@id</c> (ImageObject, WebPage).</summary>
    private static string? Url(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
        {
            value = value[0];
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim(),
            JsonValueKind.Object => Text(value, "url") ?? Text(value, "contentUrl") ?? Text(value, "@id"),
            _ => null,
        };
    }
}
