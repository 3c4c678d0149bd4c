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

    /// <summary>
    /// Content given as a text dump opens with a document's markup (<c>&lt;!doctype html</c>, <c>&lt;html</c>, ...; see
    /// <see cref="InputSniffer"/>): it was cleaned as text, tags and all, so the article is probably markup. Give it as HTML
    /// (<see cref="BoilerplatePipeline.ProcessHtml(string)"/>), or as <see cref="InputKind.Unknown"/> to have it detected.
    /// </summary>
    MarkupInTextDump = 1 << 4,

    /// <summary>
    /// The content is binary data (a twentieth or more of its first 4 KB are control characters text does not use; see
    /// <see cref="InputSniffer"/>), not a page: the result is noise and should be discarded.
    /// <see cref="BoilerplatePipeline.Process(ReadOnlySpan{byte}, InputKind, Uri?)"/> throws
    /// <see cref="UnexpectedInputKindException"/> for such content instead.
    /// </summary>
    BinaryInput = 1 << 5,
}
