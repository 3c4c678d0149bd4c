namespace Boilerplate.Metadata;

/// <summary>The raw metadata an HTML page's markup declares, as read; <see cref="MetadataBuilder"/> weighs and cleans it.</summary>
internal sealed class MarkupMetadata
{
    /// <summary>&lt;meta&gt; contents by lower-case name, property or itemprop; the first of each.</summary>
    public Dictionary<string, string> Meta { get; } = new(StringComparer.Ordinal);

    public List<string> MetaAuthors { get; } = [];

    public List<string> LinkAuthors { get; } = [];

    public List<string> ItemAuthors { get; } = [];

    public List<string> Tags { get; } = [];

    public List<string> Keywords { get; } = [];

    public List<string> Sections { get; } = [];

    public string? Language { get; set; }

    public string? Canonical { get; set; }

    public string? License { get; set; }

    public string? BaseHref { get; set; }

    public string? ItemPublished { get; set; }

    public string? ItemModified { get; set; }

    public string? ItemHeadline { get; set; }

    public string? FirstTime { get; set; }

    public JsonLdFacts? JsonLd { get; set; }

    public string? MetaValue(string key) => Meta.TryGetValue(key, out string? value) ? value : null;
}
