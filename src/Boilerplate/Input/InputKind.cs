namespace Boilerplate;

/// <summary>What a page's content is: told by <see cref="InputSniffer.Detect(ReadOnlySpan{byte})"/>, or declared by the caller of <see cref="BoilerplatePipeline.Process(ReadOnlySpan{byte}, InputKind, Uri?)"/>.</summary>
public enum InputKind
{
    /// <summary>Not known: the pipeline detects it from the content.</summary>
    Unknown = 0,

    /// <summary>A page's visible text, one block per line (a Common Crawl WET record, a text dump).</summary>
    TextDump,

    /// <summary>A page's HTML as fetched.</summary>
    Html,

    /// <summary>Neither text nor markup: control bytes where text has none (an image, an archive, random data); never cleaned.</summary>
    Binary,
}
