using System.Text;

namespace Boilerplate.Input;

/// <summary>Decodes a text dump's bytes: UTF-8 unless a byte order mark says otherwise; invalid sequences become U+FFFD.</summary>
internal static class DumpDecoder
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: false);

    // StreamReader's order: the UTF-32 LE mark starts with the UTF-16 LE one.
    private static readonly Encoding[] s_marked =
    [
        s_utf8,
        new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: false),
        new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: false),
        new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: false),
        new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: false),
    ];

    /// <summary>The encoding the StreamReader of a text stream starts from; a byte order mark overrides it.</summary>
    public static Encoding Utf8 => s_utf8;

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        foreach (Encoding encoding in s_marked)
        {
            ReadOnlySpan<byte> mark = encoding.Preamble;
            if (bytes.StartsWith(mark))
            {
                return encoding.GetString(bytes[mark.Length..]);
            }
        }

        return s_utf8.GetString(bytes);
    }
}
