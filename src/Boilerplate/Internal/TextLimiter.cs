using System.Text;
using Boilerplate.Text;

namespace Boilerplate.Internal;

/// <summary>
/// Applies <see cref="PipelineLimits.MaxLineChars"/> and <see cref="PipelineLimits.MaxBlocks"/> to a text dump before
/// it is parsed, so the parser and the filters only ever see a page within the limits. One linear pass, and none at
/// all when the text is too short to break a limit.
/// </summary>
internal static class TextLimiter
{
    /// <summary>How far back from the limit a space is looked for, so that a cut line ends on a whole word.</summary>
    private const int WordBoundaryWindow = 256;

    /// <summary>Returns <paramref name="text"/> itself when it is within the limits, else a copy cut to them.</summary>
    /// <param name="text">The text dump.</param>
    /// <param name="maxLineChars">Longest line kept whole.</param>
    /// <param name="maxBlocks">Most non-blank lines read.</param>
    /// <param name="warnings">What was cut.</param>
    public static string Limit(string text, int maxLineChars, int maxBlocks, out CleanWarnings warnings)
    {
        warnings = CleanWarnings.None;

        // No line can be longer than the text, and every block but the last takes a character and a line break.
        if (text.Length <= maxLineChars && text.Length / 2 < maxBlocks)
        {
            return text;
        }

        StringBuilder? output = null;
        int copiedUpTo = 0, blocks = 0;
        var lines = new LineSplitter(text);
        while (lines.MoveNext())
        {
            if (lines.Length == 0)
            {
                continue;
            }

            if (blocks == maxBlocks)
            {
                warnings |= CleanWarnings.BlocksTruncated;
                output ??= new StringBuilder(lines.Start);
                output.Append(text, copiedUpTo, lines.Start - copiedUpTo);
                copiedUpTo = text.Length;
                break;
            }

            blocks++;
            if (lines.Length > maxLineChars)
            {
                warnings |= CleanWarnings.LineTruncated;
                int keep = CutLength(text.AsSpan(lines.Start, lines.Length), maxLineChars);
                output ??= new StringBuilder(Math.Min(text.Length, 2 * maxLineChars));
                output.Append(text, copiedUpTo, lines.Start + keep - copiedUpTo);
                copiedUpTo = lines.Start + lines.Length;
            }
        }

        if (output is null)
        {
            return text;
        }

        output.Append(text, copiedUpTo, text.Length - copiedUpTo);
        return output.ToString();
    }

    /// <summary>Where to cut a line longer than <paramref name="max"/>: at the last blank near the limit, else at the limit, never inside a surrogate pair.</summary>
    internal static int CutLength(ReadOnlySpan<char> line, int max)
    {
        for (int i = max; i > max - WordBoundaryWindow && i > 0; i--)
        {
            if (LineSplitter.IsBlank(line[i]))
            {
                // Keep the words before the blank; trailing blanks are trimmed by the parser anyway.
                int end = i;
                while (end > 0 && LineSplitter.IsBlank(line[end - 1]))
                {
                    end--;
                }

                if (end > 0)
                {
                    return end;
                }
            }
        }

        return char.IsHighSurrogate(line[max - 1]) ? max - 1 : max;
    }
}
