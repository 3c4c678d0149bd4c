using System.Globalization;
using Boilerplate.Unicode;

namespace Boilerplate.Text;

/// <summary>
/// Splits short text into lower-cased words in a caller's buffer, with the word rules of
/// <see cref="FeatureScanner"/>: runs of letters, digits and marks; each Han, kana or Thai letter is a word.
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
            bool isWordChar;
            bool standsAlone = false;
            if (c < 128)
            {
                isWordChar = char.IsAsciiLetterOrDigit(c);
                c = InvariantLower.ToLower(c);
            }
            else if (char.IsSurrogate(c))
            {
                isWordChar = false;
            }
            else
            {
                UnicodeCategory category = char.GetUnicodeCategory(c);
                isWordChar = category <= UnicodeCategory.OtherLetter || category == UnicodeCategory.DecimalDigitNumber
                    || ((category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) && wordStart >= 0);
                if (category == UnicodeCategory.Format)
                {
                    continue;
                }

                if (isWordChar && category == UnicodeCategory.OtherLetter)
                {
                    Script script = FeatureScanner.FoldWritingSystem(UnicodeScripts.GetScript(c));
                    standsAlone = script is Script.Han or Script.Thai;
                }

                c = InvariantLower.ToLower(c);
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

            if (used == buffer.Length)
            {
                break;
            }

            if (wordStart < 0)
            {
                wordStart = used;
            }

            buffer[used++] = c;
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
}
