using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Boilerplate.Internal;
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
        if (Vector128.IsHardwareAccelerated && ((text.Length + 63) & ~63) <= buffer.Length && FeatureScanner.OnlyAsciiWords(text))
        {
            return TokenizeAsciiWords(text, buffer, words);
        }

        return TokenizeCharacters(text, buffer, words);
    }

    /// <summary><see cref="Tokenize"/> one character at a time, for any text: the words are packed one after another in the buffer.</summary>
    internal static int TokenizeCharacters(ReadOnlySpan<char> text, Span<char> buffer, Span<Range> words)
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

    /// <summary>
    /// <see cref="Tokenize"/> for text whose words are ASCII letters and digits, 64 characters at a time: the text is
    /// lower-cased into the buffer as a whole, so each word's range is its place in the text, found from the edges of a
    /// bit mask of word characters.
    /// </summary>
    [SkipLocalsInit]
    internal static int TokenizeAsciiWords(ReadOnlySpan<char> text, Span<char> buffer, Span<Range> words)
    {
        Unsafe.SkipInit(out Buffer64<char> paddedBuffer);
        Span<char> padded = paddedBuffer;
        int count = 0, wordStart = 0;
        ulong carry = 0; // 1 when the character before the chunk is a word character
        for (int chunk = 0; chunk < text.Length; chunk += 64)
        {
            ReadOnlySpan<char> part = FeatureScanner.Chunk(text, chunk, padded);
            ref ushort source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(part));
            ref ushort target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(buffer.Slice(chunk, 64)));
            ulong wordMask = 0;
            for (int i = 0; i < 64; i += Vector128<ushort>.Count)
            {
                Vector128<ushort> v = Vector128.LoadUnsafe(ref source, (nuint)i);
                Vector128<ushort> upper = Vector128.LessThan(v - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26));
                Vector128<ushort> letter = Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
                Vector128<ushort> digit = Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
                (v | (upper & Vector128.Create((ushort)0x20))).StoreUnsafe(ref target, (nuint)i);
                wordMask |= (ulong)(letter | digit).ExtractMostSignificantBits() << i;
            }

            ulong wordBefore = carry;
            (ulong starts, ulong ends, carry) = FeatureScanner.WordEdges(wordMask, carry);

            // Starts and ends alternate, so the n-th end closes the n-th start, once a word begun in an earlier chunk is closed.
            if (wordBefore != 0 && ends != 0)
            {
                words[count++] = new Range(wordStart, chunk + BitOperations.TrailingZeroCount(ends));
                ends &= ends - 1;
                if (count == words.Length)
                {
                    return count;
                }
            }

            for (; ends != 0; ends &= ends - 1, starts &= starts - 1)
            {
                words[count++] = new Range(chunk + BitOperations.TrailingZeroCount(starts), chunk + BitOperations.TrailingZeroCount(ends));
                if (count == words.Length)
                {
                    return count;
                }
            }

            if (starts != 0)
            {
                wordStart = chunk + BitOperations.TrailingZeroCount(starts);
            }
        }

        if (carry != 0)
        {
            words[count++] = new Range(wordStart, text.Length);
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
