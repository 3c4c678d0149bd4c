using System.Runtime.CompilerServices;

namespace Boilerplate.Text;

/// <summary>
/// <see cref="char.ToLowerInvariant(char)"/> through a table: outside ASCII the runtime asks ICU for every character,
/// which cost more than the rest of a word's features on non-English pages. The table is filled a 256-character
/// page at a time, on first use, from <see cref="char.ToLowerInvariant(char)"/> itself, so the results are the same.
/// </summary>
internal static class InvariantLower
{
    private static readonly char[]?[] s_pages = new char[]?[256];

    /// <summary>The invariant lower case of <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ToLower(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        char[]? page = Volatile.Read(ref s_pages[c >> 8]);
        return page is null ? FillPage(c) : page[c & 0xFF];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static char FillPage(char c)
    {
        // Threads racing here build identical pages; whichever is published, readers see a complete one.
        var page = new char[256];
        int first = c & 0xFF00;
        for (int i = 0; i < page.Length; i++)
        {
            page[i] = char.ToLowerInvariant((char)(first + i));
        }

        Volatile.Write(ref s_pages[c >> 8], page);
        return page[c & 0xFF];
    }
}
