using System.Buffers;

namespace Boilerplate.Text;

/// <summary>
/// Enumerates the lines of a text as trimmed ranges, with the break semantics of
/// <see cref="MemoryExtensions.EnumerateLines(ReadOnlySpan{char})"/> (CR, LF, CRLF, NEL, FF, LS, PS).
/// </summary>
internal ref struct LineSplitter
{
    private static readonly SearchValues<char> s_breaks = SearchValues.Create("\r\n\f\u0085\u2028\u2029");

    private readonly ReadOnlySpan<char> _text;
    private int _position;

    public LineSplitter(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        LineNumber = 0;
    }

    /// <summary>Offset of the current line's first non-blank character.</summary>
    public int Start { get; private set; }

    /// <summary>Length of the current line without surrounding white space.</summary>
    public int Length { get; private set; }

    /// <summary>One-based number of the current line.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Moves to the next line; blank lines are returned too, with <see cref="Length"/> 0.</summary>
    public bool MoveNext()
    {
        if (_position > _text.Length)
        {
            return false;
        }

        ReadOnlySpan<char> rest = _text[_position..];
        int end = rest.IndexOfAny(s_breaks);
        int lineLength = end < 0 ? rest.Length : end;
        int next = _position + lineLength + 1;
        if (end >= 0 && rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n')
        {
            next++;
        }

        ReadOnlySpan<char> line = rest[..lineLength];
        int lead = 0;
        while (lead < line.Length && IsBlank(line[lead]))
        {
            lead++;
        }

        int trail = line.Length;
        while (trail > lead && IsBlank(line[trail - 1]))
        {
            trail--;
        }

        Start = _position + lead;
        Length = trail - lead;
        LineNumber++;
        _position = end < 0 ? _text.Length + 1 : next;
        return true;
    }

    /// <summary>White space, plus the invisible characters dumps leave at line edges (BOM, zero-width space).</summary>
    public static bool IsBlank(char c) => c <= ' ' || (c > '\u007F' && (c == '\uFEFF' || c == '\u200B' || char.IsWhiteSpace(c)));
}
