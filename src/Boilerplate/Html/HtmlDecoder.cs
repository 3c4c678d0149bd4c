using System.Text;

namespace Boilerplate.Html;

/// <summary>
/// Decodes HTML bytes as browsers do: a byte order mark first; then UTF-8 when the bytes are valid UTF-8 with
/// non-ASCII characters; then a &lt;meta charset&gt; or http-equiv declaration in the first 4 KB; then UTF-8 if
/// valid, else windows-1252.
/// </summary>
internal static class HtmlDecoder
{
    private const int PrescanBytes = 4096;

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        Encoding encoding = Detect(bytes, out int preamble);
        return encoding.GetString(bytes[preamble..]);
    }

    public static Encoding Detect(ReadOnlySpan<byte> bytes, out int preamble)
    {
        preamble = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            preamble = 3;
            return Utf8;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            preamble = 2;
            return Encoding.Unicode;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            preamble = 2;
            return Encoding.BigEndianUnicode;
        }

        // Bytes that are valid UTF-8 and hold multi-byte sequences are UTF-8 whatever the page declares: legacy text
        // almost never forms valid UTF-8 by chance, while crawlers and archives often re-encode pages to UTF-8 and keep
        // the original <meta charset>. Decoding such a page as its declared gb2312 or windows-1252 garbles it.
        bool validUtf8 = System.Text.Unicode.Utf8.IsValid(bytes);
        if (validUtf8 && bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F))
        {
            return Utf8;
        }

        if (DeclaredEncoding(bytes[..Math.Min(bytes.Length, PrescanBytes)]) is { } declared
            && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return declared;
        }

        // A page declaring UTF-8 whose bytes are not UTF-8 is, in practice, windows-1252 (as browsers find too).
        return validUtf8 ? Utf8 : Windows1252;
    }

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>The encoding named by the first charset= in the prescan window, when .NET knows it.</summary>
    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> head)
    {
        ReadOnlySpan<byte> charset = "charset"u8;
        int searchFrom = 0;
        while (searchFrom < head.Length)
        {
            int at = IndexOfIgnoreCase(head[searchFrom..], charset);
            if (at < 0)
            {
                return null;
            }

            int i = searchFrom + at + charset.Length;
            while (i < head.Length && (head[i] == ' ' || head[i] == '='))
            {
                i++;
            }

            while (i < head.Length && (head[i] == '"' || head[i] == '\''))
            {
                i++;
            }

            int start = i;
            while (i < head.Length && (char.IsAsciiLetterOrDigit((char)head[i]) || head[i] is (byte)'-' or (byte)'_' or (byte)':' or (byte)'.'))
            {
                i++;
            }

            if (i > start && i - start <= 40)
            {
                string name = Encoding.ASCII.GetString(head[start..i]);
                try
                {
                    Encoding encoding = Encoding.GetEncoding(name);

                    // Browsers read latin-1 and ascii declarations as windows-1252.
                    return encoding.CodePage is 28591 or 20127 ? Windows1252 : encoding.CodePage == 65001 ? Utf8 : encoding;
                }
                catch (Exception e) when (e is ArgumentException or NotSupportedException)
                {
                    // Unknown names throw ArgumentException; names .NET knows but refuses (utf-7) throw NotSupportedException.
                    // Either way the declaration is ignored, as browsers ignore encodings they do not support.
                }
            }

            searchFrom = i + 1;
        }

        return null;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerNeedle)
    {
        for (int i = 0; i + lowerNeedle.Length <= haystack.Length; i++)
        {
            int k = 0;
            while (k < lowerNeedle.Length && (haystack[i + k] | 0x20) == lowerNeedle[k])
            {
                k++;
            }

            if (k == lowerNeedle.Length)
            {
                return i;
            }
        }

        return -1;
    }
}
