namespace Boilerplate;

/// <summary>
/// What a <see cref="CleanResult"/> should be read with: a limit of <see cref="PipelineLimits"/> that cut the input,
/// or a sign that the article may have been lost. <see cref="None"/> for almost every page.
/// </summary>
[Flags]
public enum CleanWarnings
{
    /// <summary>The whole page was read and the article looks whole.</summary>
    None = 0,

    /// <summary>
    /// A line of a text dump was longer than <see cref="PipelineLimits.MaxLineChars"/>: only its first
    /// <see cref="PipelineLimits.MaxLineChars"/> characters (cut back to a space when one is near) were read.
    /// </summary>
    LineTruncated = 1 << 0,

    /// <summary>
    /// The page had more blocks than <see cref="PipelineLimits.MaxBlocks"/>: only the first
    /// <see cref="PipelineLimits.MaxBlocks"/> were read and the rest of the page was ignored.
    /// </summary>
    BlocksTruncated = 1 << 1,

    /// <summary>
    /// HTML elements were nested deeper than <see cref="PipelineLimits.MaxHtmlDepth"/>, or the page had more than
    /// <see cref="PipelineLimits.MaxHtmlElements"/> elements: the tags past the limit were ignored and their text kept,
    /// in the block of the last element allowed.
    /// </summary>
    HtmlFlattened = 1 << 2,

    /// <summary>
    /// The filters removed almost everything from a page that has long, well-formed paragraphs: the article may
    /// have been lost (an unusual layout, a wrong language guess), so do not take an empty or tiny
    /// <see cref="CleanResult.Text"/> as "no article". Also set when an HTML page's markup shows far more text than
    /// its blocks hold (the markup could not be read as the browser would). The page's blocks and their reasons are in
    /// <see cref="CleanResult.Document"/>; the pipeline also logs event 1002 (or 1004 for the markup case) at Debug level.
    /// </summary>
    ArticleMayBeLost = 1 << 3,
}
