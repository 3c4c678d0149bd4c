using System.Globalization;
using Boilerplate.Unicode;

namespace Boilerplate.Text;

/// <summary>
/// Splits short text into lower-cased words in a caller's buffer, with the word rules of
/// <see cref="FeatureScanner"/>: runs of letters, digits and marks; each letter of a script written without spaces
/// (Han, kana, Thai, …) is a word. Same words as the scanner, so its per-block counts bound what a filter finds here.
/// Used where a filter must compare words (lexicons), on lines short enough for a stack buffer.
/// </summary>
internal static class LowerWords
{
    /// <summary>Tokenizes <paramref name="text"/>; stops when either buffer is full.</summary>
    /// <returns>The number of words written to <paramref name="words"/>.</returns>
    public static int Tokenize(ReadOnlySpan<char> text, Span<char> buffer, Span<Range> words)
    {
        int count = 0, used = 0, wordStart = -1;
        for (int i = 0; i < text.Length && count < words.Length; i++)
        {
            char c = text[i];
            char low = '\0'; // the low surrogate of a letter outside the BMP, copied after c
            bool isWordChar;
            bool standsAlone = false;
            if (c < 128)
            {
                isWordChar = char.IsAsciiLetterOrDigit(c);
                c = InvariantLower.ToLower(c);
            }
            else
            {
                int codePoint = c;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    codePoint = char.ConvertToUtf32(c, text[i + 1]);
                    low = text[++i];
                }

                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
                if (category == UnicodeCategory.Format)
                {
                    continue;
                }

                isWordChar = category <= UnicodeCategory.OtherLetter || category == UnicodeCategory.DecimalDigitNumber
                    || ((category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) && wordStart >= 0);
                if (category <= UnicodeCategory.OtherLetter)
                {
                    standsAlone = FeatureScanner.IsUnspacedScript(FeatureScanner.FoldWritingSystem(UnicodeScripts.GetScript(codePoint)));
                }

                if (low == 0)
                {
                    c = InvariantLower.ToLower(c);
                }
            }

            if (!isWordChar || standsAlone)
            {
                if (wordStart >= 0)
                {
                    words[count++] = new Range(wordStart, used);
                    wordStart = -1;
                }

                if (!standsAlone || count == words.Length)
                {
                    continue;
                }
            }

            if (used + (low == 0 ? 1 : 2) > buffer.Length)
            {
                break;
            }

            if (wordStart < 0)
            {
                wordStart = used;
            }

            buffer[used++] = c;
            if (low != 0)
            {
                buffer[used++] = low;
            }

            if (standsAlone)
            {
                words[count++] = new Range(wordStart, used);
                wordStart = -1;
            }
        }

        if (wordStart >= 0 && count < words.Length)
        {
            words[count++] = new Range(wordStart, used);
        }

        return count;
    }

    /// <summary>The lower-cased words of a short text (a lexicon phrase) as strings; for building tables, not for the hot path.</summary>
    public static string[] Split(string text)
    {
        Span<char> buffer = stackalloc char[256];
        Span<Range> ranges = stackalloc Range[16];
        int count = Tokenize(text, buffer, ranges);
        string[] words = new string[count];
        for (int i = 0; i < count; i++)
        {
            words[i] = buffer[ranges[i]].ToString();
        }

        return words;
    }
}
