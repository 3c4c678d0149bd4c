using System.Text;

namespace Boilerplate.Cli.Input;

/// <summary>Turns a file's bytes into text: UTF-8 unless a byte order mark says otherwise.</summary>
internal static class TextDecoding
{
    // Invalid sequences become U+FFFD instead of failing the file: crawled dumps often carry a few broken bytes,
    // and the rest of the page is still worth cleaning.
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly UnicodeEncoding s_utf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly UnicodeEncoding s_utf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly UTF32Encoding s_utf32LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false);
    private static readonly UTF32Encoding s_utf32BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: false);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        // Same detection order as StreamReader: the UTF-32 LE mark starts with the UTF-16 LE one.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return s_utf8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return s_utf32LittleEndian.GetString(bytes[4..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return s_utf16LittleEndian.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return s_utf16BigEndian.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return s_utf32BigEndian.GetString(bytes[4..]);
        }

        return s_utf8.GetString(bytes);
    }
}
