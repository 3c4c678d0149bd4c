using System.Buffers;

namespace Boilerplate.Input;

/// <summary>
/// Tells binary content from text by its share of control characters that text does not use (all C0 controls but tab,
/// line feed, vertical tab, form feed, carriage return and escape, which ISO-2022 text uses; and DEL). Random bytes have
/// about one in nine; text, even mis-decoded, has none, since a wrong charset makes letters or U+FFFD, not controls.
/// </summary>
internal static class BinarySniffer
{
    private const int SniffLength = 4096;

    // One in twenty: a page with a few stray control bytes stays text, random or compressed data (1 in 9) does not.
    private const int MinShareDivisor = 20;

    // So that a short text with one control character is not binary.
    private const int MinControls = 8;

    private static readonly SearchValues<byte> s_controlBytes = SearchValues.Create(ControlCodes().Select(c => (byte)c).ToArray());
    private static readonly SearchValues<char> s_controlChars = SearchValues.Create(ControlCodes().Select(c => (char)c).ToArray());

    public static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        // UTF-16 and UTF-32 text holds zero bytes: read it as characters.
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || content.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return false;
        }

        return IsBinary(Count(content[..Math.Min(content.Length, SniffLength)], s_controlBytes), Math.Min(content.Length, SniffLength));
    }

    public static bool LooksBinary(ReadOnlySpan<char> content) =>
        IsBinary(Count(content[..Math.Min(content.Length, SniffLength)], s_controlChars), Math.Min(content.Length, SniffLength));

    private static bool IsBinary(int controls, int length) => controls >= MinControls && controls * MinShareDivisor >= length;

    private static int Count<T>(ReadOnlySpan<T> sample, SearchValues<T> controls)
        where T : IEquatable<T>
    {
        int count = 0;
        int at;
        while ((at = sample.IndexOfAny(controls)) >= 0)
        {
            count++;
            sample = sample[(at + 1)..];
        }

        return count;
    }

    private static IEnumerable<int> ControlCodes() =>
        Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\v' or '\f' or '\r' or 0x1B)).Append(0x7F);
}
