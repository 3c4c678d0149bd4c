namespace Boilerplate;

/// <summary>
/// What <see cref="CleanResult.ToHtml(OutputOptions?)"/> and <see cref="CleanResult.ToMarkdown(OutputOptions?)"/> render
/// besides the kept blocks' text, in the spirit of trafilatura's options. Leaving something out never drops article text:
/// a link without its link is its text.
/// </summary>
public sealed class OutputOptions
{
    /// <summary>Whether links are kept, with absolute http(s) or mailto addresses (a relative one needs the page's base URL).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool IncludeLinks { get; set; } = true;

    /// <summary>
    /// Whether images inside kept blocks, or between two kept blocks that follow each other on the page, are kept, with
    /// absolute http(s) addresses and their alt text.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool IncludeImages { get; set; }

    /// <summary>Whether images given inline as <c>data:image/png|jpeg|gif|webp;base64,…</c> URLs are kept (only with <see cref="IncludeImages"/>).</summary>
    /// <value>The default value is <see langword="false"/>: such URLs can be megabytes long.</value>
    public bool AllowDataImages { get; set; }

    /// <summary>Whether kept table cells are rendered; without tables their text is left out.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool IncludeTables { get; set; } = true;

    /// <summary>Whether kept blocks that sit in a comment section (<see cref="BlockTraits.InCommentsContainer"/>) are rendered.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool IncludeComments { get; set; } = true;

    internal static OutputOptions Default { get; } = new();
}
