using System.Text;

namespace Boilerplate.Input;

/// <summary>
/// Tells HTML from a text dump by its first markup: after blanks, an XML declaration and comments, the content must
/// open with <c>&lt;!doctype html</c>, <c>&lt;html</c>, <c>&lt;head</c> or <c>&lt;body</c> (any case).
/// </summary>
/// <remarks>
/// Deliberately narrower than a browser's sniffing: a text dump may well contain a stray <c>&lt;p&gt;</c>, but
/// never starts with a document's opening tags.
/// </remarks>
internal static class HtmlSniffer
{
    // Enough for a long XML declaration and a licence comment before the doctype.
    private const int SniffBytes = 4096;

    private static readonly string[] s_openings = ["<!doctype html", "<html", "<head", "<body"];

    public static bool LooksLikeHtml(ReadOnlySpan<byte> content)
    {
        ReadOnlySpan<byte> head = content[..Math.Min(content.Length, SniffBytes)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        // UTF-16 and UTF-32 pages are told by their byte order mark; everything else is ASCII-compatible, so the
        // markup can be read byte for byte.
        bool wide = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
        return LooksLikeHtml(wide ? DumpDecoder.Decode(head[..(head.Length & ~3)]) : Encoding.Latin1.GetString(head));
    }

    public static bool LooksLikeHtml(ReadOnlySpan<char> content)
    {
        ReadOnlySpan<char> rest = SkipBlanks(content[..Math.Min(content.Length, SniffBytes)]);
        while (true)
        {
            if (StartsWith(rest, "<?xml"))
            {
                rest = SkipPast(rest, "?>");
            }
            else if (StartsWith(rest, "<!--"))
            {
                rest = SkipPast(rest, "-->");
            }
            else
            {
                break;
            }

            rest = SkipBlanks(rest);
        }

        foreach (string opening in s_openings)
        {
            // "<header" and "<bodyguard" are not "<head" and "<body".
            if (StartsWith(rest, opening) && (rest.Length == opening.Length || rest[opening.Length] is '>' or '/' || char.IsWhiteSpace(rest[opening.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWith(ReadOnlySpan<char> text, string prefix) => text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> SkipBlanks(ReadOnlySpan<char> text) => text.TrimStart("\uFEFF \t\r\n\f");

    private static ReadOnlySpan<char> SkipPast(ReadOnlySpan<char> text, string end)
    {
        int at = text.IndexOf(end, StringComparison.Ordinal);
        return at < 0 ? [] : text[(at + end.Length)..];
    }
}
