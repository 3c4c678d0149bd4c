using System.Text;

namespace Boilerplate.Internal;

/// <summary>
/// Renders the kept blocks as Markdown, keeping what the markup said: headings, list items (ordered or not),
/// block quotes, preformatted code and table rows. Text dumps carry no such structure and become paragraphs.
/// </summary>
internal static class MarkdownWriter
{
    /// <summary>What <see cref="CleanResult.ToMarkdown()"/> has always rendered: text, tables and comments, no links or images.</summary>
    public static readonly OutputOptions TextOnly = new() { IncludeLinks = false };

    public static string Write(PageDocument document, Uri? baseUrl, OutputOptions options)
    {
        var markdown = new StringBuilder(document.Source.Length / 2);
        if (!string.IsNullOrEmpty(document.Title))
        {
            markdown.Append("# ").Append(document.Title).Append('\n');
        }

        BlockKind previous = BlockKind.None;
        int orderedNumber = 0, tableRow = -1, tableColumns = 0;
        bool headerRowDone = false;
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (block.IsRemoved)
            {
                continue;
            }

            BlockKind kind = BlockKinds.Of(block);
            if ((kind == BlockKind.TableCell && !options.IncludeTables) || (!options.IncludeComments && block.Has(BlockTraits.InCommentsContainer)))
            {
                continue;
            }

            ReadOnlySpan<char> text = kind == BlockKind.Code ? document.GetText(i) : Inline(document, i, baseUrl, options);
            int row = kind == BlockKind.TableCell ? BlockKinds.RowOf(document, block) : -1;

            // Close an open table row when the next block does not continue it.
            if (previous == BlockKind.TableCell && (kind != BlockKind.TableCell || row != tableRow))
            {
                markdown.Append(" |\n");
                if (!headerRowDone)
                {
                    markdown.Append('|');
                    for (int c = 0; c < tableColumns; c++)
                    {
                        markdown.Append(" --- |");
                    }

                    markdown.Append('\n');
                    headerRowDone = true;
                }
            }

            bool sameList = kind is BlockKind.ListItem or BlockKind.OrderedItem && kind == previous;
            bool sameTable = kind == BlockKind.TableCell && previous == BlockKind.TableCell;
            if (markdown.Length > 0 && !sameList && !sameTable)
            {
                markdown.Append('\n');
            }

            if (previous == BlockKind.TableCell && kind != BlockKind.TableCell)
            {
                headerRowDone = false;
            }

            orderedNumber = kind == BlockKind.OrderedItem ? (previous == BlockKind.OrderedItem ? orderedNumber + 1 : 1) : 0;
            switch (kind)
            {
                case BlockKind.Heading:
                    int level = Math.Clamp(block.HeadingLevel, 1, 6);
                    markdown.Append('#', string.IsNullOrEmpty(document.Title) ? level : Math.Max(level, 2)).Append(' ').Append(OneLine(text)).Append('\n');
                    break;
                case BlockKind.ListItem:
                    markdown.Append("- ").Append(OneLine(text)).Append('\n');
                    break;
                case BlockKind.OrderedItem:
                    markdown.Append(orderedNumber).Append(". ").Append(OneLine(text)).Append('\n');
                    break;
                case BlockKind.Quote:
                    markdown.Append("> ").Append(OneLine(text)).Append('\n');
                    break;
                case BlockKind.Code:
                    markdown.Append("```\n").Append(text).Append("\n```\n");
                    break;
                case BlockKind.TableCell:
                    if (row != tableRow || previous != BlockKind.TableCell)
                    {
                        tableColumns = 0;
                        markdown.Append('|');
                    }
                    else
                    {
                        markdown.Append(" |");
                    }

                    markdown.Append(' ').Append(OneLine(text).Replace("|", "\\|", StringComparison.Ordinal));
                    tableColumns++;
                    tableRow = row;
                    break;
                default:
                    AppendParagraph(markdown, text);
                    break;
            }

            previous = kind;
        }

        if (previous == BlockKind.TableCell)
        {
            markdown.Append(" |\n");
        }

        return markdown.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>A block's text with its links as <c>[text](url)</c> and images as <c>![alt](url)</c>, when the options ask for them.</summary>
    private static ReadOnlySpan<char> Inline(PageDocument document, int index, Uri? baseUrl, OutputOptions options)
    {
        ReadOnlySpan<char> text = document.GetText(index);
        if (!options.IncludeLinks && !options.IncludeImages)
        {
            return text;
        }

        List<Html.InlineSpan> spans = Html.InlineMarkupReader.Read(document, index, options.IncludeLinks, options.IncludeImages);
        if (spans.Count == 0)
        {
            return text;
        }

        var inline = new StringBuilder(text.Length + 64);
        int written = 0;
        foreach (Html.InlineSpan span in spans.OrderBy(s => s.Start))
        {
            string? url = span.Start < written ? null
                : span.Alt is null ? Output.SafeUrls.Link(span.Url, baseUrl) : Output.SafeUrls.Image(span.Url, baseUrl, options.AllowDataImages);
            if (url is null)
            {
                continue;
            }

            url = url.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
            inline.Append(text[written..span.Start]);
            if (span.Alt is null)
            {
                // Brackets in the label are escaped, so a label cannot close the link early and open one of its own.
                inline.Append('[').Append(text.Slice(span.Start, span.Length).ToString().Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal))
                    .Append("](").Append(url).Append(')');
                written = span.Start + span.Length;
            }
            else
            {
                inline.Append("![").Append(span.Alt.Replace("]", "\\]", StringComparison.Ordinal)).Append("](").Append(url).Append(')');
                written = span.Start;
            }
        }

        return inline.Append(text[written..]).ToString();
    }

    private static string OneLine(ReadOnlySpan<char> text) => text.ToString().Replace('\n', ' ');

    /// <summary>Paragraph text, with a leading character that Markdown would read as syntax escaped.</summary>
    private static void AppendParagraph(StringBuilder markdown, ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[0] is '#' or '>' or '-' or '+' or '*' or '|' or '`')
        {
            markdown.Append('\\');
        }

        markdown.Append(text).Append('\n');
    }
}
