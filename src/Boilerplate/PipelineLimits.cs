namespace Boilerplate;

/// <summary>
/// Bounds on the input a pipeline reads, so that a hostile or broken page costs time and memory in proportion to
/// the limits, never a hang, a stack overflow or an out-of-memory crash. Input beyond <see cref="MaxInputChars"/> is
/// refused with <see cref="InputTooLargeException"/>; beyond the other limits the part that fits is cleaned and
/// <see cref="CleanResult.Warnings"/> says what was cut.
/// </summary>
/// <remarks>
/// Cleaning takes time and memory linear in the input. Text dumps take about 2 bytes per character plus about 120 bytes
/// per block. HTML takes about 10 bytes per character of text-heavy markup, and up to about 200 bytes per character of
/// markup made only of tags (the HtmlAgilityPack tree), which <see cref="MaxHtmlElements"/> bounds.
/// </remarks>
public sealed class PipelineLimits
{
    /// <summary>
    /// Largest input, in UTF-16 characters (for bytes and streams: after decoding; more than
    /// <see cref="MaxInputBytes"/> are refused before decoding). Longer input throws <see cref="InputTooLargeException"/>, because a prefix of a page is
    /// no page: a crawler should skip or split such a record rather than trust its article.
    /// </summary>
    /// <value>The default value is 256 Mi characters (512 MiB of memory).</value>
    public int MaxInputChars { get; set; } = 256 * 1024 * 1024;

    /// <summary>
    /// Largest input not yet decoded (bytes, streams), in bytes: four times <see cref="MaxInputChars"/>, the most bytes
    /// that many characters take in any encoding, and less than <see cref="Array.MaxLength"/>. A stream is read only up to
    /// just past it; a longer input throws <see cref="InputTooLargeException"/> with <see cref="InputSizeUnit.Bytes"/>.
    /// </summary>
    public long MaxInputBytes => Math.Min((long)MaxInputChars * 4, Array.MaxLength - 1);

    /// <summary>
    /// Limits for a web service that cleans pages its clients send or name: 8 Mi characters (32 MiB of bytes) of input,
    /// 50,000 blocks, 100,000 HTML elements, lines of 256 Ki characters and the default nesting depth. By the costs in
    /// this type's remarks a page within them needs on the order of 150 MB while it is cleaned, and every page of the
    /// evaluation sets is within each of them (the largest is 5.3 MB with fewer than 15,000 tags). Each call returns a
    /// new instance.
    /// </summary>
    /// <remarks>
    /// The defaults suit trusted batch input and bound only what would crash a process. A server should bound what one
    /// request may cost: <see cref="MaxInputChars"/> (the request body; also cap the body in the web server, since the
    /// pipeline sees only what it is given), <see cref="MaxHtmlElements"/> (parser memory, about 700 bytes per node) and
    /// <see cref="MaxBlocks"/>.
    /// </remarks>
    public static PipelineLimits WebService => new()
    {
        MaxInputChars = 8 * 1024 * 1024,
        MaxLineChars = 256 * 1024,
        MaxBlocks = 50_000,
        MaxHtmlElements = 100_000,
    };

    /// <summary>
    /// Longest line of a text dump, in UTF-16 characters. A longer line keeps its first <see cref="MaxLineChars"/>
    /// characters, cut back to the last space among its final 256 characters (never inside a surrogate pair); the rest of
    /// that line is ignored and <see cref="CleanResult.Warnings"/> has <see cref="CleanWarnings.LineTruncated"/>.
    /// HTML is not cut by lines: its size is bounded by <see cref="MaxInputChars"/> and <see cref="MaxBlocks"/>.
    /// </summary>
    /// <value>The default value is 1 Mi characters, over a hundred times the longest paragraph of real pages.</value>
    public int MaxLineChars { get; set; } = 1024 * 1024;

    /// <summary>
    /// Most blocks a page may have (non-blank lines of a text dump, text-bearing block elements of HTML). Blocks after
    /// the first <see cref="MaxBlocks"/> are ignored, as if the page ended there, and <see cref="CleanResult.Warnings"/>
    /// has <see cref="CleanWarnings.BlocksTruncated"/>. This bounds the memory of the block table (about 120 bytes a block).
    /// </summary>
    /// <value>The default value is 1,000,000.</value>
    public int MaxBlocks { get; set; } = 1_000_000;

    /// <summary>
    /// Deepest element nesting of HTML input. Elements opened deeper are flattened before parsing: their tags are
    /// ignored and their text is kept, so hostile nesting costs linear time; <see cref="CleanResult.Warnings"/> then has
    /// <see cref="CleanWarnings.HtmlFlattened"/>.
    /// </summary>
    /// <value>The default value is 256.</value>
    public int MaxHtmlDepth { get; set; } = 256;

    /// <summary>
    /// Most elements and comments of HTML input handed to the HTML parser, whose time grows faster than linearly and whose
    /// memory is about 700 bytes per node. Past the first <see cref="MaxHtmlElements"/>, tags and comments are removed and
    /// their text kept (script and style elements go whole), as for <see cref="MaxHtmlDepth"/>; <see cref="CleanResult.Warnings"/>
    /// then has <see cref="CleanWarnings.HtmlFlattened"/>.
    /// </summary>
    /// <value>The default value is 250,000, twenty-five times the most of any page in the evaluation sets.</value>
    public int MaxHtmlElements { get; set; } = 250_000;

    internal void Validate(ICollection<string> errors)
    {
        if (MaxHtmlDepth < 8)
        {
            errors.Add($"{nameof(PipelineLimits)}.{nameof(MaxHtmlDepth)} must be at least 8 (was {MaxHtmlDepth}).");
        }

        if (MaxInputChars < 1)
        {
            errors.Add($"{nameof(PipelineLimits)}.{nameof(MaxInputChars)} must be at least 1 (was {MaxInputChars}).");
        }

        if (MaxLineChars < 1024)
        {
            errors.Add($"{nameof(PipelineLimits)}.{nameof(MaxLineChars)} must be at least 1024 (was {MaxLineChars}).");
        }

        if (MaxHtmlElements < 1)
        {
            errors.Add($"{nameof(PipelineLimits)}.{nameof(MaxHtmlElements)} must be at least 1 (was {MaxHtmlElements}).");
        }

        if (MaxBlocks < 1)
        {
            errors.Add($"{nameof(PipelineLimits)}.{nameof(MaxBlocks)} must be at least 1 (was {MaxBlocks}).");
        }
    }

    /// <summary>Copies every limit of <paramref name="other"/> into this instance.</summary>
    /// <param name="other">The limits to copy, for example <see cref="WebService"/>.</param>
    /// <returns>This instance.</returns>
    public PipelineLimits CopyFrom(PipelineLimits other)
    {
        ArgumentNullException.ThrowIfNull(other);
        MaxInputChars = other.MaxInputChars;
        MaxLineChars = other.MaxLineChars;
        MaxBlocks = other.MaxBlocks;
        MaxHtmlDepth = other.MaxHtmlDepth;
        MaxHtmlElements = other.MaxHtmlElements;
        return this;
    }

    internal PipelineLimits Clone() => new()
    {
        MaxInputChars = MaxInputChars,
        MaxLineChars = MaxLineChars,
        MaxBlocks = MaxBlocks,
        MaxHtmlDepth = MaxHtmlDepth,
        MaxHtmlElements = MaxHtmlElements,
    };
}
