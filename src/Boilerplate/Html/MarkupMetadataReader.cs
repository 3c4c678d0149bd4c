using Boilerplate.Metadata;
using HtmlAgilityPack;

namespace Boilerplate.Html;

/// <summary>
/// Reads the metadata an HTML page declares in its markup: &lt;html lang&gt;, &lt;meta&gt; (name, property, itemprop),
/// &lt;link rel=canonical|license&gt;, &lt;base href&gt;, rel=author links, &lt;time datetime&gt;, microdata author and
/// dates, and the JSON-LD scripts of the source. Text is read only for the few elements that name an author.
/// </summary>
internal sealed class MarkupMetadataReader
{
    private const int MaxAuthorElementChars = 300;

    private readonly MarkupMetadata _facts = new();

    /// <summary>
    /// Reads what an element declares. The HTML parser calls it for every element it meets, hidden ones included, in its
    /// one walk of the DOM, so metadata costs no second pass over the tree.
    /// </summary>
    public void Visit(HtmlNode element)
    {
        if (element.HasAttributes)
        {
            Visit(element, _facts);
        }

        // The parser does not walk noscript and template content, where forum software puts its crawler view and microdata.
        if (element.Name is "noscript" or "template")
        {
            VisitInside(element);
        }
    }

    /// <summary>Visits the elements below <paramref name="root"/> in page order (the first value of a field wins), without recursion.</summary>
    private void VisitInside(HtmlNode root)
    {
        var stack = new Stack<HtmlNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            HtmlNode node = stack.Pop();
            if (node != root && node.HasAttributes)
            {
                Visit(node, _facts);
            }

            for (int i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                if (node.ChildNodes[i].NodeType == HtmlNodeType.Element)
                {
                    stack.Push(node.ChildNodes[i]);
                }
            }
        }
    }

    /// <summary>What the elements declared, with the JSON-LD scripts of <paramref name="source"/> (read from the page as given, before its scripts were emptied).</summary>
    public MarkupMetadata Finish(string source)
    {
        _facts.JsonLd = JsonLdReader.Read(source);
        return _facts;
    }

    private static void Visit(HtmlNode element, MarkupMetadata facts)
    {
        switch (element.Name)
        {
            case "html":
                facts.Language ??= Attribute(element, "lang") ?? Attribute(element, "xml:lang");
                break;
            case "meta":
                ReadMeta(element, facts);
                return; // a meta's itemprop is read with its content
            case "link":
                ReadRel(element, facts);
                break;
            case "base":
                facts.BaseHref ??= Attribute(element, "href");
                break;
            case "a":
                ReadRel(element, facts);
                break;
            case "time":
                if (Attribute(element, "datetime") is { } datetime)
                {
                    facts.FirstTime ??= datetime;
                }

                break;
        }

        if (ItemProp(element) is not { } itemprop)
        {
            return;
        }

        switch (itemprop)
        {
            case "author" or "creator":
                if (element.InnerLength <= MaxAuthorElementChars * 4)
                {
                    HtmlNode? name = FindItemprop(element, "name");
                    string? text = name is not null ? Attribute(name, "content") ?? name.InnerText : element.InnerLength <= MaxAuthorElementChars ? element.InnerText : null;
                    if (text is not null)
                    {
                        facts.ItemAuthors.Add(text);
                    }
                }

                break;
            case "datePublished":
                facts.ItemPublished ??= Attribute(element, "datetime") ?? Attribute(element, "content") ?? Short(element);
                break;
            case "dateModified":
                facts.ItemModified ??= Attribute(element, "datetime") ?? Attribute(element, "content") ?? Short(element);
                break;
            case "headline":
                facts.ItemHeadline ??= Short(element);
                break;
        }
    }

    private static void ReadMeta(HtmlNode element, MarkupMetadata facts)
    {
        string? key = Attribute(element, "property") ?? Attribute(element, "name") ?? Attribute(element, "itemprop") ?? Attribute(element, "http-equiv");
        string? content = Attribute(element, "content");
        if (key is null || content is null)
        {
            return;
        }

        key = key.Trim().ToLowerInvariant();
        switch (key)
        {
            case "author" or "article:author" or "citation_author" or "dc.creator" or "dcterms.creator" or "parsely-author"
                or "sailthru.author" or "byl":
                facts.MetaAuthors.Add(content);
                break;
            case "article:tag" or "keywords" or "news_keywords" or "parsely-tags" or "sailthru.tags":
                foreach (string tag in MetadataText.SplitList(content))
                {
                    MetadataText.AddDistinct(key == "keywords" ? facts.Keywords : facts.Tags, tag);
                }

                break;
            case "article:section" or "parsely-section":
                MetadataText.AddDistinct(facts.Sections, content);
                break;
            default:
                facts.Meta.TryAdd(key, content);
                break;
        }
    }

    /// <summary>rel=canonical links, rel=license links and anchors, and the names of rel=author anchors; one lookup for the many links without rel.</summary>
    private static void ReadRel(HtmlNode element, MarkupMetadata facts)
    {
        if (Attribute(element, "rel") is not { } rel)
        {
            return;
        }

        if (element.Name == "a" && Has(rel, "author") && element.InnerLength <= MaxAuthorElementChars)
        {
            facts.LinkAuthors.Add(element.InnerText);
        }
        else if (element.Name == "link" && Has(rel, "canonical"))
        {
            facts.Canonical ??= Attribute(element, "href");
        }
        else if (Has(rel, "license"))
        {
            facts.License ??= Attribute(element, "href");
        }
    }

    /// <summary>
    /// An element's itemprop, found by walking its few attributes rather than hashing the name, as most elements have none;
    /// by index, as the collection's enumerator is an allocated interface.
    /// </summary>
    private static string? ItemProp(HtmlNode element)
    {
        HtmlAttributeCollection attributes = element.Attributes;
        for (int i = 0; i < attributes.Count; i++)
        {
            HtmlAttribute attribute = attributes[i];
            string? name = attribute.OriginalName;
            if (name is { Length: 8 } && name.Equals("itemprop", StringComparison.OrdinalIgnoreCase))
            {
                return string.IsNullOrWhiteSpace(attribute.Value) ? null : attribute.Value.Trim();
            }
        }

        return null;
    }

    private static bool Has(string rel, string word)
    {
        foreach (string one in rel.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (one.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first element below <paramref name="element"/> with the given itemprop, searched breadth-first a few levels deep.</summary>
    private static HtmlNode? FindItemprop(HtmlNode element, string itemprop)
    {
        var level = new List<HtmlNode> { element };
        for (int depth = 0; depth < 4 && level.Count > 0; depth++)
        {
            var next = new List<HtmlNode>();
            foreach (HtmlNode node in level)
            {
                foreach (HtmlNode child in node.ChildNodes)
                {
                    if (child.NodeType != HtmlNodeType.Element)
                    {
                        continue;
                    }

                    if (string.Equals(Attribute(child, "itemprop"), itemprop, StringComparison.Ordinal))
                    {
                        return child;
                    }

                    next.Add(child);
                }
            }

            level = next;
        }

        return null;
    }

    private static string? Short(HtmlNode element) => element.InnerLength <= MaxAuthorElementChars ? element.InnerText : null;

    private static string? Attribute(HtmlNode element, string name)
    {
        string? value = element.GetAttributeValue(name, null);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
