using Microsoft.Extensions.Logging;

namespace Boilerplate.Internal;

/// <summary>
/// Every log message of the library. Event ids are stable and never renumbered:
/// 1xxx pipeline. Messages carry counts, sizes and names, never page text.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, EventName = "PipelineBuilt", Level = LogLevel.Debug,
        Message = "Pipeline built with {FilterCount} filters: {FilterNames}")]
    public static partial void PipelineBuilt(ILogger logger, int filterCount, string filterNames);

    [LoggerMessage(EventId = 1001, EventName = "PageCleaned", Level = LogLevel.Debug,
        Message = "Cleaned a {Format} page of {Chars} chars: {Blocks} blocks, {Kept} kept, language {Language}, {ElapsedMs:F3} ms")]
    public static partial void PageCleaned(ILogger logger, PageFormat format, int chars, int blocks, int kept, string language, double elapsedMs);

    [LoggerMessage(EventId = 1002, EventName = "ArticleMayBeLost", Level = LogLevel.Debug,
        Message = "Article may be lost on a {Format} page of {Blocks} blocks: {Paragraphs} well-formed paragraphs of {ParagraphWords} words, {KeptParagraphWords} of those words kept")]
    public static partial void ArticleMayBeLost(ILogger logger, PageFormat format, int blocks, int paragraphs, int paragraphWords, int keptParagraphWords);

    [LoggerMessage(EventId = 1003, EventName = "InputLimited", Level = LogLevel.Debug,
        Message = "A {Format} page of {Chars} chars was cut to the pipeline's limits ({Warnings}): {Blocks} blocks read")]
    public static partial void InputLimited(ILogger logger, PageFormat format, int chars, int blocks, CleanWarnings warnings);

    [LoggerMessage(EventId = 1004, EventName = "TextLostInParsing", Level = LogLevel.Debug,
        Message = "Article may be lost: an HTML page of {MarkupChars} chars shows {MarkupLetters} letters outside tags, its blocks hold {ParsedLetters}")]
    public static partial void TextLostInParsing(ILogger logger, int markupChars, int markupLetters, int parsedLetters);
}
