using Boilerplate.Metadata;
using HtmlAgilityPack;

namespace Boilerplate.Html;

/// <summary>A link or an image inside a kept block: a range of the block's text and its target.</summary>
/// <param name="Start">Offset in the block's text (for an image, where it stands).</param>
/// <param name="Length">Characters of the block's text it covers (0 for an image).</param>
/// <param name="Url">The raw href or src, entities decoded; the writer checks and resolves it.</param>
/// <param name="Alt">An image's alt text, or <see langword="null"/> for a link.</param>
internal readonly record struct InlineSpan(int Start, int Length, string Url, string? Alt);

/// <summary>
/// Finds the links and images of a block by parsing its markup range again, widened back over the inline start tags
/// that open before its first text (<c>&lt;li&gt;&lt;a href&gt;text</c>). Links are placed by their text in the block's text,
/// so the text stays exactly the block's: what cannot be placed is left out.
/// </summary>
internal static class InlineMarkupReader
{
    private const int MaxOpeningTags = 16;

    private static readonly HashSet<string> s_inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "span", "strong", "b", "em", "i", "u", "small", "mark", "font", "abbr", "cite", "q", "sub", "sup", "time", "label", "code", "s", "del", "ins",
        "img", "picture", "source",
    };

    public static List<InlineSpan> Read(PageDocument document, int index, bool links, bool images)
    {
        var spans = new List<InlineSpan>();
        ref readonly Block block = ref document[index];
        if (document.Markup is not { } markup || block.MarkupStart < 0 || (!links && !images))
        {
            return spans;
        }

        // A block's markup range comes from its text nodes' stream positions; on broken markup HtmlAgilityPack can give a
        // node a position that does not lie in order in the markup: then the block's links are left out, not guessed.
        int end = Math.Min(markup.Length, block.MarkupStart + block.MarkupLength);
        if (block.MarkupStart >= end)
        {
            return spans;
        }

        int start = WidenBack(markup, block.MarkupStart);
        ReadOnlySpan<char> fragment = markup.AsSpan(start, end - start);
        if (fragment.IndexOf('<') < 0)
        {
            return spans;
        }

        var dom = new HtmlDocument { OptionReadEncoding = false, OptionUseIdAttribute = false, OptionCheckSyntax = false, OptionMaxNestedChildNodes = 0 };
        dom.LoadHtml(fragment.ToString());
        string text = document.GetText(index).ToString();
        int cursor = 0;
        var stack = new Stack<HtmlNode>();
        stack.Push(dom.DocumentNode);
        while (stack.Count > 0)
        {
            HtmlNode node = stack.Pop();
            if (node.NodeType == HtmlNodeType.Text)
            {
                // Text outside links moves the cursor, so a link is placed after the text before it.
                string words = MetadataText.Collapse(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text));
                int at = words.Length == 0 ? -1 : text.IndexOf(words, cursor, StringComparison.Ordinal);
                cursor = at >= 0 ? at + words.Length : cursor;
                continue;
            }

            if (node.NodeType == HtmlNodeType.Element && node.Name == "a" && links && node.GetAttributeValue("href", null) is { } href)
            {
                string label = MetadataText.Collapse(HtmlEntity.DeEntitize(node.InnerText));
                int at = label.Length == 0 ? -1 : text.IndexOf(label, cursor, StringComparison.Ordinal);
                if (at >= 0)
                {
                    spans.Add(new InlineSpan(at, label.Length, HtmlEntity.DeEntitize(href), null));
                    cursor = at + label.Length;
                }

                AddImages(node, images, cursor, spans);
                continue;
            }

            if (node.NodeType == HtmlNodeType.Element && node.Name == "img" && images)
            {
                AddImage(node, cursor, spans);
                continue;
            }

            for (int i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }

        return spans;
    }

    /// <summary>The images in the markup between two blocks, as spans at <paramref name="position"/>.</summary>
    public static List<InlineSpan> ImagesBetween(string markup, int from, int to, int position)
    {
        var spans = new List<InlineSpan>();
        if (from < 0 || to <= from || markup.AsSpan(from, to - from).IndexOf("<img", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return spans;
        }

        var dom = new HtmlDocument { OptionReadEncoding = false, OptionUseIdAttribute = false, OptionCheckSyntax = false, OptionMaxNestedChildNodes = 0 };
        dom.LoadHtml(markup[from..to]);
        AddImages(dom.DocumentNode, images: true, position, spans);
        return spans;
    }

    private static void AddImages(HtmlNode node, bool images, int position, List<InlineSpan> spans)
    {
        if (!images)
        {
            return;
        }

        foreach (HtmlNode image in node.Descendants("img"))
        {
            AddImage(image, position, spans);
        }
    }

    private static void AddImage(HtmlNode image, int position, List<InlineSpan> spans)
    {
        string? src = image.GetAttributeValue("src", null) ?? image.GetAttributeValue("data-src", null);
        if (!string.IsNullOrWhiteSpace(src))
        {
            spans.Add(new InlineSpan(position, 0, HtmlEntity.DeEntitize(src), MetadataText.Collapse(HtmlEntity.DeEntitize(image.GetAttributeValue("alt", string.Empty)))));
        }
    }

    /// <summary>The start of the inline start tags (and images) right before <paramref name="textStart"/>, stopping at any other tag or text.</summary>
    internal static int WidenBack(string markup, int textStart)
    {
        int start = textStart;
        for (int tags = 0; tags < MaxOpeningTags; tags++)
        {
            int end = start - 1;
            while (end >= 0 && char.IsWhiteSpace(markup[end]))
            {
                end--;
            }

            if (end < 0 || markup[end] != '>')
            {
                break;
            }

            int open = markup.LastIndexOf('<', end);
            if (open < 0 || open + 1 >= markup.Length || !char.IsAsciiLetter(markup[open + 1]))
            {
                break;
            }

            int nameEnd = open + 1;
            while (nameEnd < end && char.IsAsciiLetterOrDigit(markup[nameEnd]))
            {
                nameEnd++;
            }

            if (!s_inline.Contains(markup[(open + 1)..nameEnd]))
            {
                break;
            }

            start = open;
        }

        return start;
    }
}
