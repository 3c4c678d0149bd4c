using Boilerplate.Input;

namespace Boilerplate;

/// <summary>
/// Tells a page's <see cref="InputKind"/> from the first 4 KB of its content: <see cref="InputKind.Binary"/> when
/// control characters that text never holds make up a twentieth of them, else <see cref="InputKind.Html"/> when the
/// content opens with a document's markup (<c>&lt;!doctype html</c>, <c>&lt;html</c>, <c>&lt;head</c> or
/// <c>&lt;body</c>, after blanks, an XML declaration and comments), else <see cref="InputKind.TextDump"/>.
/// </summary>
/// <remarks>
/// Deliberately narrow: a text dump may well contain a stray <c>&lt;p&gt;</c> or a few broken bytes, but never opens with
/// a document's opening tags nor is one control character in twenty. Costs a scan of at most 4 KB; thread-safe.
/// </remarks>
public static class InputSniffer
{
    /// <summary>Detects the kind of raw content; UTF-16 and UTF-32 are told by their byte order mark.</summary>
    /// <param name="content">The content, or at least its first 4 KB.</param>
    /// <returns><see cref="InputKind.TextDump"/>, <see cref="InputKind.Html"/> or <see cref="InputKind.Binary"/>.</returns>
    public static InputKind Detect(ReadOnlySpan<byte> content) =>
        BinarySniffer.LooksBinary(content) ? InputKind.Binary
        : HtmlSniffer.LooksLikeHtml(content) ? InputKind.Html
        : InputKind.TextDump;

    /// <summary>Detects the kind of decoded content.</summary>
    /// <param name="content">The content, or at least its first 4 K characters.</param>
    /// <returns><see cref="InputKind.TextDump"/>, <see cref="InputKind.Html"/> or <see cref="InputKind.Binary"/>.</returns>
    public static InputKind Detect(ReadOnlySpan<char> content) =>
        BinarySniffer.LooksBinary(content) ? InputKind.Binary
        : HtmlSniffer.LooksLikeHtml(content) ? InputKind.Html
        : InputKind.TextDump;
}
