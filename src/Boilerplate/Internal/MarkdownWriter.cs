using System.Text;

namespace Boilerplate.Internal;

/// <summary>
/// Renders the kept blocks as Markdown, keeping what the markup said: headings, list items (ordered or not),
/// block quotes, preformatted code and table rows. Text dumps carry no such structure and become paragraphs.
/// </summary>
internal static class MarkdownWriter
{
    public static string Write(PageDocument document)
    {
        var markdown = new StringBuilder(document.Source.Length / 2);
        if (!string.IsNullOrEmpty(document.Title))
        {
            markdown.Append("# ").Append(document.Title).Append('\n');
        }

        Kind previous = Kind.None;
        int orderedNumber = 0, tableRow = -1, tableColumns = 0;
        bool headerRowDone = false;
        for (int i = 0; i < document.Count; i++)
        {
            ref readonly Block block = ref document[i];
            if (block.IsRemoved)
            {
                continue;
            }

            ReadOnlySpan<char> text = document.GetText(i);
            Kind kind = KindOf(block);
            int row = kind == Kind.TableCell ? RowOf(document, block) : -1;

            // Close an open table row when the next block does not continue it.
            if (previous == Kind.TableCell && (kind != Kind.TableCell || row != tableRow))
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

            bool sameList = kind is Kind.ListItem or Kind.OrderedItem && kind == previous;
            bool sameTable = kind == Kind.TableCell && previous == Kind.TableCell;
            if (markdown.Length > 0 && !sameList && !sameTable)
            {
                markdown.Append('\n');
            }

            if (previous == Kind.TableCell && kind != Kind.TableCell)
            {
                headerRowDone = false;
            }

            orderedNumber = kind == Kind.OrderedItem ? (previous == Kind.OrderedItem ? orderedNumber + 1 : 1) : 0;
            switch (kind)
            {
                case Kind.Heading:
                    int level = Math.Clamp(block.HeadingLevel, 1, 6);
                    markdown.Append('#', string.IsNullOrEmpty(document.Title) ? level : Math.Max(level, 2)).Append(' ').Append(OneLine(text)).Append('\n');
                    break;
                case Kind.ListItem:
                    markdown.Append("- ").Append(OneLine(text)).Append('\n');
                    break;
                case Kind.OrderedItem:
                    markdown.Append(orderedNumber).Append(". ").Append(OneLine(text)).Append('\n');
                    break;
                case Kind.Quote:
                    markdown.Append("> ").Append(OneLine(text)).Append('\n');
                    break;
                case Kind.Code:
                    markdown.Append("```\n").Append(text).Append("\n```\n");
                    break;
                case Kind.TableCell:
                    if (row != tableRow || previous != Kind.TableCell)
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

        if (previous == Kind.TableCell)
        {
            markdown.Append(" |\n");
        }

        return markdown.ToString().TrimEnd('\n') + "\n";
    }

    private enum Kind
    {
        None,
        Paragraph,
        Heading,
        ListItem,
        OrderedItem,
        Quote,
        Code,
        TableCell,
    }

    private static Kind KindOf(in Block block) => block switch
    {
        _ when block.Has(BlockTraits.Preformatted) => Kind.Code,
        _ when block.HeadingLevel > 0 => Kind.Heading,
        _ when block.Has(BlockTraits.OrderedListItem) => Kind.OrderedItem,
        _ when block.Has(BlockTraits.ListItem) => Kind.ListItem,
        // Only a cell's own text is a table cell: paragraphs inside a cell are prose (an old-style layout table holds the article).
        _ when block.Has(BlockTraits.TableCell) && block.Tag is "td" or "th" => Kind.TableCell,
        _ when block.Has(BlockTraits.Quote) => Kind.Quote,
        _ => Kind.Paragraph,
    };

    /// <summary>The table row (the cell's parent element) a cell belongs to.</summary>
    private static int RowOf(PageDocument document, in Block block) =>
        document.Outline is { } outline && block.Element >= 0 ? outline.Parents[block.Element] : -1;

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
