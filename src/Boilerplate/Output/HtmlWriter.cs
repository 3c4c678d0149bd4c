using System.Text;
using Boilerplate.Html;
using Boilerplate.Internal;

namespace Boilerplate.Output;

/// <summary>
/// Renders the kept blocks as HTML from an allowlist: the writer only ever emits the elements of <see cref="Elements"/>
/// with the attributes of <see cref="Attributes"/>, text is escaped, and URLs are absolute http(s) (links also mailto;
/// images also <c>data:image</c> when asked), so nothing of the input's markup, scripts or event handlers can come out.
/// </summary>
internal static class HtmlWriter
{
    /// <summary>Every element the writer emits.</summary>
    public static readonly IReadOnlySet<string> Elements = new HashSet<string>(StringComparer.Ordinal)
    {
        "article", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "blockquote", "pre", "code", "table", "tr", "th", "td", "a", "img",
    };

    /// <summary>Every attribute the writer emits, as element/attribute.</summary>
    public static readonly IReadOnlySet<string> Attributes = new HashSet<string>(StringComparer.Ordinal) { "a/href", "img/src", "img/alt" };

    public static string Write(PageDocument document, Uri? baseUrl, OutputOptions options)
    {
        var html = new StringBuilder(document.Source.Length + (document.Source.Length / 4));
        html.Append("<article>\n");
        BlockKind open = BlockKind.None;
        int row = -1, previousKept = -1;
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            BlockKind kind = BlockKinds.Of(block);
            if (block.IsRemoved || (kind == BlockKind.TableCell && !options.IncludeTables) || (!options.IncludeComments && block.Has(BlockTraits.InCommentsContainer)))
            {
                continue;
            }

            int blockRow = kind == BlockKind.TableCell ? BlockKinds.RowOf(document, block) : -1;
            if (open != kind || (kind == BlockKind.TableCell && blockRow != row))
            {
                open = Close(html, open, kind == BlockKind.TableCell && open == BlockKind.TableCell);
            }

            // Images between two kept blocks that follow each other on the page stand in the article's flow.
            if (options.IncludeImages && previousKept == i - 1 && previousKept >= 0 && document.Markup is { } markup && open == BlockKind.None)
            {
                ref readonly Block previous = ref document[previousKept];
                int from = previous.MarkupStart < 0 ? -1 : previous.MarkupStart + previous.MarkupLength;
                int to = block.MarkupStart < 0 ? -1 : InlineMarkupReader.WidenBack(markup, block.MarkupStart);
                List<InlineSpan> images = InlineMarkupReader.ImagesBetween(markup, from, to, 0);
                if (images.Count > 0)
                {
                    html.Append("<p>");
                    AppendInline(html, string.Empty, images, baseUrl, options);
                    html.Append("</p>\n");
                }
            }

            previousKept = i;
            open = Open(html, open, kind, blockRow != row || open != BlockKind.TableCell);
            row = blockRow;
            string text = document.GetText(i).ToString();
            List<InlineSpan> spans = kind == BlockKind.Code ? [] : InlineMarkupReader.Read(document, i, options.IncludeLinks, options.IncludeImages);
            string tag = kind switch
            {
                BlockKind.Heading => "h" + Math.Clamp(block.HeadingLevel, 1, 6),
                BlockKind.ListItem or BlockKind.OrderedItem => "li",
                BlockKind.TableCell => block.Tag == "th" ? "th" : "td",
                _ => "p",
            };
            if (kind == BlockKind.Code)
            {
                html.Append("<pre><code>");
                AppendEscaped(html, text);
                html.Append("</code></pre>\n");
                continue;
            }

            html.Append('<').Append(tag).Append('>');
            AppendInline(html, text, spans, baseUrl, options);
            html.Append("</").Append(tag).Append(kind == BlockKind.TableCell ? ">" : ">\n");
        }

        Close(html, open, false);
        html.Append("</article>\n");
        return html.ToString();
    }

    /// <summary>Opens the container a block needs (list, quote, table and row); returns what is open.</summary>
    private static BlockKind Open(StringBuilder html, BlockKind open, BlockKind kind, bool newRow)
    {
        if (open == kind && kind != BlockKind.TableCell)
        {
            return open;
        }

        switch (kind)
        {
            case BlockKind.ListItem:
                html.Append("<ul>\n");
                break;
            case BlockKind.OrderedItem:
                html.Append("<ol>\n");
                break;
            case BlockKind.Quote:
                html.Append("<blockquote>\n");
                break;
            case BlockKind.TableCell:
                if (open != BlockKind.TableCell)
                {
                    html.Append("<table>\n");
                }

                if (newRow)
                {
                    html.Append("<tr>");
                }

                break;
            default:
                return BlockKind.None;
        }

        return kind;
    }

    /// <summary>Closes what is open; a table stays open when only its row ends (<paramref name="rowOnly"/>).</summary>
    private static BlockKind Close(StringBuilder html, BlockKind open, bool rowOnly)
    {
        switch (open)
        {
            case BlockKind.ListItem:
                html.Append("</ul>\n");
                break;
            case BlockKind.OrderedItem:
                html.Append("</ol>\n");
                break;
            case BlockKind.Quote:
                html.Append("</blockquote>\n");
                break;
            case BlockKind.TableCell:
                html.Append("</tr>\n");
                if (rowOnly)
                {
                    return BlockKind.TableCell;
                }

                html.Append("</table>\n");
                break;
        }

        return BlockKind.None;
    }

    /// <summary>The block's text, escaped, with its links and images where they stand; spans that overlap an earlier one are left out.</summary>
    private static void AppendInline(StringBuilder html, string text, List<InlineSpan> spans, Uri? baseUrl, OutputOptions options)
    {
        int written = 0;
        foreach (InlineSpan span in spans.OrderBy(s => s.Start))
        {
            if (span.Start < written)
            {
                continue;
            }

            AppendEscaped(html, text.AsSpan(written, span.Start - written));
            written = span.Start;
            if (span.Alt is not null)
            {
                if (SafeUrls.Image(span.Url, baseUrl, options.AllowDataImages) is { } src)
                {
                    html.Append("<img src=\"");
                    AppendEscaped(html, src);
                    html.Append("\" alt=\"");
                    AppendEscaped(html, span.Alt);
                    html.Append("\">");
                }

                continue;
            }

            ReadOnlySpan<char> label = text.AsSpan(span.Start, span.Length);
            if (SafeUrls.Link(span.Url, baseUrl) is { } href)
            {
                html.Append("<a href=\"");
                AppendEscaped(html, href);
                html.Append("\">");
                AppendEscaped(html, label);
                html.Append("</a>");
            }
            else
            {
                AppendEscaped(html, label);
            }

            written = span.Start + span.Length;
        }

        AppendEscaped(html, text.AsSpan(written));
    }

    /// <summary>Text or an attribute value with the five characters HTML reads as markup escaped.</summary>
    private static void AppendEscaped(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                '\0' => html.Append('\uFFFD'),
                _ => html.Append(c),
            };
        }
    }
}
