namespace Boilerplate;

/// <summary>Structural facts about a block. Text dumps set only <see cref="BlankBefore"/> and <see cref="TerminalPunctuation"/>; HTML input sets the rest.</summary>
[Flags]
public enum BlockTraits : uint
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>A blank line (or a block boundary) precedes the block in the source.</summary>
    BlankBefore = 1 << 0,

    /// <summary>The block ends with sentence punctuation (. ! ? … 。 ！ ？ or a closing quote after one).</summary>
    TerminalPunctuation = 1 << 1,

    /// <summary>The block is a heading (h1–h6 in HTML).</summary>
    Heading = 1 << 2,

    /// <summary>The block is a list item.</summary>
    ListItem = 1 << 3,

    /// <summary>The block sits inside a navigation container (nav, menu).</summary>
    InNavigation = 1 << 4,

    /// <summary>The block sits inside a page header.</summary>
    InHeader = 1 << 5,

    /// <summary>The block sits inside a page footer.</summary>
    InFooter = 1 << 6,

    /// <summary>The block sits inside an aside or sidebar.</summary>
    InAside = 1 << 7,

    /// <summary>The block sits inside a form.</summary>
    InForm = 1 << 8,

    /// <summary>The block sits inside an article or main region.</summary>
    InArticle = 1 << 9,

    /// <summary>The nearest container with a telling name or role says boilerplate (nav, footer, aside, class "sidebar", "share", "related", …).</summary>
    InBoilerplateContainer = 1 << 10,

    /// <summary>The nearest container with a telling name or role says content (article, main, schema.org articleBody, class "post-content", …).</summary>
    InContentContainer = 1 << 11,

    /// <summary>Preformatted text (pre): line breaks are part of the text.</summary>
    Preformatted = 1 << 12,

    /// <summary>A table cell.</summary>
    TableCell = 1 << 13,

    /// <summary>The block sits inside a block quotation.</summary>
    Quote = 1 << 14,

    /// <summary>The block is an item of an ordered list.</summary>
    OrderedListItem = 1 << 15,

    /// <summary>The nearest telling container is a comment section (class/id "comment", "comments", …); also sets <see cref="InBoilerplateContainer"/>.</summary>
    InCommentsContainer = 1 << 16,

    /// <summary>The block is an image's caption or credit (figcaption, or a small element whose class/id says "caption" or "credit").</summary>
    Caption = 1 << 17,

    /// <summary>The block is an author's byline or bio (a small element whose class/id says "author", "byline" or "bio").</summary>
    Byline = 1 << 18,
}
