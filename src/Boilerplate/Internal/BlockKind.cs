namespace Boilerplate.Internal;

/// <summary>What a kept block is in the article's structure, as the Markdown and HTML writers render it.</summary>
internal enum BlockKind
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

/// <summary>Reads a block's <see cref="BlockKind"/> and table row from what the markup said; text dumps give paragraphs.</summary>
internal static class BlockKinds
{
    public static BlockKind Of(in Block block) => block switch
    {
        _ when block.Has(BlockTraits.Preformatted) => BlockKind.Code,
        _ when block.HeadingLevel > 0 => BlockKind.Heading,
        _ when block.Has(BlockTraits.OrderedListItem) => BlockKind.OrderedItem,
        _ when block.Has(BlockTraits.ListItem) => BlockKind.ListItem,
        // Only a cell's own text is a table cell: paragraphs inside a cell are prose (an old-style layout table holds the article).
        _ when block.Has(BlockTraits.TableCell) && block.Tag is "td" or "th" => BlockKind.TableCell,
        _ when block.Has(BlockTraits.Quote) => BlockKind.Quote,
        _ => BlockKind.Paragraph,
    };

    /// <summary>The table row (the cell's parent element) a cell belongs to.</summary>
    public static int RowOf(PageDocument document, in Block block) =>
        document.Outline is { } outline && block.Element >= 0 ? outline.Parents[block.Element] : -1;
}
