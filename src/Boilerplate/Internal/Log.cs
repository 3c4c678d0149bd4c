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
}
