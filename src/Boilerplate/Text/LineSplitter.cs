using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Boilerplate.Text;

/// <summary>
/// Enumerates the lines of a text as trimmed ranges, with the break semantics of
/// <see cref="MemoryExtensions.EnumerateLines(ReadOnlySpan{char})"/> (CR, LF, CRLF, NEL, FF, LS, PS).
/// </summary>
internal ref struct LineSplitter
{
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
        int end = IndexOfBreak(rest);
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

    /// <summary>The index of the first line break in <paramref name="text"/>, or -1.</summary>
    /// <remarks>
    /// Sixteen characters per compare: a character at or below CR, NEL, LS or PS is a candidate, and each candidate is
    /// checked (a tab is one, and is not a break). Faster on lines of a text dump than SearchValues, whose six breaks
    /// spanning FF to PS take its general probabilistic path.
    /// </remarks>
    internal static int IndexOfBreak(ReadOnlySpan<char> text)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated && text.Length >= Vector256<ushort>.Count)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            int last = text.Length - Vector256<ushort>.Count;
            while (true)
            {
                // The last read overlaps the one before it rather than leaving a scalar tail.
                int at = Math.Min(i, last);
                Vector256<ushort> v = Vector256.LoadUnsafe(ref first, (nuint)at);
                Vector256<ushort> candidates = Vector256.LessThanOrEqual(v, Vector256.Create((ushort)'\r'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'\u0085'))
                    | Vector256.Equals(v | Vector256.Create((ushort)1), Vector256.Create((ushort)'\u2029'));
                for (uint mask = candidates.ExtractMostSignificantBits(); mask != 0; mask &= mask - 1)
                {
                    int index = at + BitOperations.TrailingZeroCount(mask);
                    if (IsBreak(text[index]))
                    {
                        return index;
                    }
                }

                if (at == last)
                {
                    return -1;
                }

                i = at + Vector256<ushort>.Count;
            }
        }

        for (; i < text.Length; i++)
        {
            if (IsBreak(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsBreak(char c) => c is '\n' or '\r' or '\f' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>White space, plus the invisible characters dumps leave at line edges (BOM, zero-width space).</summary>
    public static bool IsBlank(char c) => c <= ' ' || (c > '\u007F' && (c == '\uFEFF' || c == '\u200B' || char.IsWhiteSpace(c)));
}
