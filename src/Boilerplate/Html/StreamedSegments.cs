using HtmlAgilityPack;

namespace Boilerplate.Html;

/// <summary>
/// Content that streaming server rendering sends late: React sends each completed part of the page as a hidden
/// <c>&lt;div hidden id="S:n"&gt;</c> at the end of the body, and an inline script moves it into the placeholder
/// <c>&lt;template id="B:n"&gt;</c> (a suspense boundary) or <c>&lt;template id="P:n"&gt;</c> (a pending segment) that
/// stands where it belongs. A browser shows it there; the parser walks it there.
/// </summary>
internal static class StreamedSegments
{
    /// <summary>The hidden segments of a page, by number, or <see langword="null"/> when the markup has none (one search for most pages).</summary>
    public static Dictionary<string, HtmlNode>? Find(HtmlDocument dom, string markup)
    {
        if (!markup.Contains("id=\"S:", StringComparison.Ordinal) && !markup.Contains("id=S:", StringComparison.Ordinal)
            && !markup.Contains("id='S:", StringComparison.Ordinal))
        {
            return null;
        }

        Dictionary<string, HtmlNode>? segments = null;
        foreach (HtmlNode node in dom.DocumentNode.Descendants())
        {
            if (node.NodeType == HtmlNodeType.Element && node.HasAttributes && node.Attributes.Contains("hidden")
                && node.GetAttributeValue("id", null) is { Length: > 2 } id && id.StartsWith("S:", StringComparison.Ordinal))
            {
                segments ??= new Dictionary<string, HtmlNode>(StringComparer.Ordinal);
                segments.TryAdd(id[2..], node);
            }
        }

        return segments;
    }

    /// <summary>A copy for one walk of the page, which takes each segment out as it reads it; <see langword="null"/> stays null.</summary>
    public static Dictionary<string, HtmlNode>? Copy(Dictionary<string, HtmlNode>? segments) =>
        segments is null ? null : new Dictionary<string, HtmlNode>(segments, StringComparer.Ordinal);

    /// <summary>
    /// The segment a placeholder template stands for, removed from <paramref name="segments"/> so that it is walked once
    /// (a segment that holds its own placeholder cannot loop); <see langword="null"/> when the template is no placeholder.
    /// </summary>
    public static HtmlNode? TakeFor(HtmlNode template, Dictionary<string, HtmlNode> segments)
    {
        string? id = template.GetAttributeValue("id", null);
        if (id is not { Length: > 2 } || id[1] != ':' || id[0] is not ('B' or 'P'))
        {
            return null;
        }

        return segments.Remove(id[2..], out HtmlNode? segment) ? segment : null;
    }
}
