using Boilerplate.Metadata;
using HtmlAgilityPack;

namespace Boilerplate.Html;

/// <summary>
/// Reads the metadata an HTML page declares in its markup: &lt;html lang&gt;, &lt;meta&gt; (name, property, itemprop),
/// &lt;link rel=canonical|license&gt;, &lt;base href&gt;, rel=author links, &lt;time datetime&gt;, microdata author and
/// dates, and the JSON-LD scripts of the source. One pass over the elements, without recursion; text is read only for the
/// few elements that name an author.
/// </summary>
internal static class MarkupMetadataReader
{
    private const int MaxAuthorElementChars = 300;

    public static MarkupMetadata Read(HtmlDocument dom, string source)
    {
        var facts = new MarkupMetadata { JsonLd = JsonLdReader.Read(source) };
        var stack = new Stack<HtmlNode>();
        stack.Push(dom.DocumentNode);
        while (stack.Count > 0)
        {
            HtmlNode node = stack.Pop();
            HtmlNodeCollection children = node.ChildNodes;
            for (int i = children.Count - 1; i >= 0; i--)
            {
                HtmlNode child = children[i];
                if (child.NodeType == HtmlNodeType.Element && child.Name is not ("script" or "style" or "svg" or "template"))
                {
                    stack.Push(child);
                }
            }

            if (node.NodeType == HtmlNodeType.Element && node.HasAttributes)
            {
                Visit(node, facts);
            }
        }

        return facts;
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
                ReadRel(element, facts, Attribute(element, "href"));
                break;
            case "base":
                facts.BaseHref ??= Attribute(element, "href");
                break;
            case "a":
                if (Attribute(element, "rel") is { } rel && Has(rel, "author") && element.InnerLength <= MaxAuthorElementChars)
                {
                    facts.LinkAuthors.Add(element.InnerText);
                }

                ReadRel(element, facts, Attribute(element, "href"));
                break;
            case "time":
                if (Attribute(element, "datetime") is { } datetime)
                {
                    facts.FirstTime ??= datetime;
                }

                break;
        }

        if (Attribute(element, "itemprop") is not { } itemprop)
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
        string? key = Attribute(element, "property") ?? Attribute(element, "name") ?? Attribute(element, "itemprop");
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

    private static void ReadRel(HtmlNode element, MarkupMetadata facts, string? href)
    {
        if (href is null || Attribute(element, "rel") is not { } rel)
        {
            return;
        }

        if (Has(rel, "canonical") && element.Name == "link")
        {
            facts.Canonical ??= href;
        }
        else if (Has(rel, "license"))
        {
            facts.License ??= href;
        }
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
