namespace Boilerplate.Text;

/// <summary>
/// Finds a string as <see cref="MemoryExtensions.IndexOf(ReadOnlySpan{char}, ReadOnlySpan{char}, StringComparison)"/>
/// with <see cref="StringComparison.OrdinalIgnoreCase"/> does, with the same matches, but vectorised in every
/// globalization mode: under invariant globalization (the CLI, many containers) that IndexOf compares character by
/// character.
/// </summary>
internal sealed class IgnoreCaseNeedle(string value)
{
    /// <summary>The end of a script element, which the JSON-LD reader and the depth limiter both look for.</summary>
    public static readonly IgnoreCaseNeedle ScriptEnd = new("</script");

#if NET9_0_OR_GREATER
    private readonly System.Buffers.SearchValues<string> _value = System.Buffers.SearchValues.Create([value], StringComparison.OrdinalIgnoreCase);
#endif

    /// <summary>Where the first match in <paramref name="text"/> starts, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text) =>
#if NET9_0_OR_GREATER
        text.IndexOfAny(_value);
#else
        text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
#endif

    /// <summary>Where the first match in <paramref name="text"/> at or after <paramref name="from"/> starts, or -1.</summary>
    public int IndexIn(string text, int from)
    {
        int at = IndexIn(text.AsSpan(from));
        return at < 0 ? -1 : from + at;
    }
}
