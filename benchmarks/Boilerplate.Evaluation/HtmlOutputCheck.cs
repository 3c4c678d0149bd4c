using System.Text;
using HtmlAgilityPack;

namespace Boilerplate.Evaluation;

/// <summary>
/// Reads <see cref="CleanResult.ToHtml"/> output back with HtmlAgilityPack: its text (one line per block element) for
/// scoring, and everything in it outside the allowlist the README gives: elements, attributes, and URLs whose scheme is not
/// http, https or mailto (data:image only where allowed).
/// </summary>
public static class HtmlOutputCheck
{
    private static readonly HashSet<string> s_elements = new(StringComparer.Ordinal)
    {
        "article", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "blockquote", "pre", "code", "table", "tr", "th", "td", "a", "img",
    };

    private static readonly HashSet<string> s_attributes = new(StringComparer.Ordinal) { "a/href", "img/src", "img/alt" };

    private static readonly HashSet<string> s_blocks = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "th", "td", "pre" };

    /// <summary>The text of the HTML's block elements, one per line, entities decoded; blocks without text (an image alone) are left out.</summary>
    public static string Text(string html)
    {
        var dom = new HtmlDocument();
        dom.LoadHtml(html);
        var text = new StringBuilder();
        foreach (HtmlNode node in dom.DocumentNode.Descendants())
        {
            if (node.NodeType == HtmlNodeType.Element && s_blocks.Contains(node.Name) && HtmlEntity.DeEntitize(node.InnerText) is { Length: > 0 } block)
            {
                text.Append(block).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Every element, attribute and URL of <paramref name="html"/> outside the allowlist, as readable lines; empty when it is clean.</summary>
    public static IReadOnlyList<string> Violations(string html, bool allowDataImages = false)
    {
        var dom = new HtmlDocument();
        dom.LoadHtml(html);
        var violations = new List<string>();
        violations.AddRange(dom.ParseErrors.Select(e => $"parse error {e.Code}: {e.Reason}"));
        foreach (HtmlNode node in dom.DocumentNode.Descendants())
        {
            switch (node.NodeType)
            {
                case HtmlNodeType.Comment:
                    violations.Add("comment");
                    continue;
                case HtmlNodeType.Element:
                    break;
                default:
                    continue;
            }

            if (!s_elements.Contains(node.Name))
            {
                violations.Add($"element <{node.Name}>");
            }

            foreach (HtmlAttribute attribute in node.Attributes)
            {
                if (!s_attributes.Contains(node.Name + "/" + attribute.Name))
                {
                    violations.Add($"attribute {node.Name}/{attribute.Name}");
                }
                else if (attribute.Name is "href" or "src" && !SafeUrl(HtmlEntity.DeEntitize(attribute.Value ?? string.Empty), allowDataImages && attribute.Name == "src"))
                {
                    violations.Add($"URL {attribute.Value}");
                }
            }
        }

        return violations;
    }

    private static bool SafeUrl(string url, bool allowDataImage)
    {
        // Browsers drop tabs and line breaks anywhere in a URL and trim blanks and controls: read the scheme as they do.
        string seen = new([.. url.Where(c => c is not ('\t' or '\n' or '\r'))]);
        seen = seen.Trim().TrimStart(Enumerable.Range(0, 33).Select(c => (char)c).ToArray());
        return seen.StartsWith("http://", StringComparison.Ordinal) || seen.StartsWith("https://", StringComparison.Ordinal)
            || seen.StartsWith("mailto:", StringComparison.Ordinal)
            || (allowDataImage && seen.StartsWith("data:image/", StringComparison.Ordinal) && !seen.StartsWith("data:image/svg", StringComparison.Ordinal));
    }
}
