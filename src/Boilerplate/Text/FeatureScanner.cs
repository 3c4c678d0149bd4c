using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

using Boilerplate.Languages;
using Boilerplate.Unicode;

namespace Boilerplate.Text;

/// <summary>
/// Computes a block's features in one pass over its characters: words, letters, case, digits,
/// punctuation, stopwords, script and a normalised hash. No allocation: words are lower-cased into a
/// stack buffer and looked up by span.
/// </summary>
internal static class FeatureScanner
{
    private const ulong LineHashOffset = 14695981039346656037;
    private const ulong LineHashPrime = 1099511628211;
    private const int MaxScriptsPerBlock = 4;

    // Bytes of the previous chunk kept before the current one in ScanAscii: enough for the start of a word of eight.
    private const int FoldedCarry = 16;
    // The packed lexicon counts of a block: phrase reach in bits 0-29, date words in 30-59, the anchor flag in 60. A string
    // holds under 2^30 characters, so neither count can carry into the next field.
    private const int DateWordShift = 30;
    private const int LexiconAnchorShift = 60;
    private const long LexiconFieldMask = (1L << DateWordShift) - 1;

    // Bits of AsciiClasses.
    private const byte Letter = 1, Upper = 2, Digit = 4, Punct = 8;

    private static ReadOnlySpan<byte> AsciiClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // space ! " # $ % & ' ( ) * + , - . /
        0, 8, 8, 8, 0, 8, 8, 8, 8, 8, 8, 0, 8, 8, 8, 8,
        // 0-9
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        // : ; < = > ? @
        8, 8, 0, 0, 0, 8, 8,
        // A-Z
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        // [ \ ] ^ _ `
        8, 8, 8, 0, 8, 0,
        // a-z
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        // { | } ~ DEL
        8, 0, 8, 0, 0,
    ];

    /// <summary>Fills the features of <paramref name="block"/> from <paramref name="text"/>.</summary>
    /// <param name="text">The block's trimmed text.</param>
    /// <param name="block">The block to fill; its range is left as is.</param>
    /// <param name="stopwords">The stopword table.</param>
    /// <param name="languageBit">Bit of the page language in the table's masks, or 0 when unknown.</param>
    /// <param name="scriptCounts">When not empty (256 entries), receives per script the number of letters seen.</param>
    public static void Scan(
        ReadOnlySpan<char> text,
        ref Block block,
        WordTable stopwords,
        ulong languageBit,
        Span<int> scriptCounts)
    {
        var hits = default(StopwordHits);
        Scan(text, ref block, stopwords, languageBit, scriptCounts, ref hits);
    }

    /// <summary>
    /// Scans every block of a page and detects the page language in the same pass: the result is the same as
    /// <see cref="TextDocumentParser.DetectLanguage"/> over <paramref name="text"/> followed by <see cref="Scan(ReadOnlySpan{char}, ref Block, WordTable, ulong, Span{int})"/>
    /// of each block with the detected language, without reading the language sample twice.
    /// </summary>
    /// <remarks>
    /// The blocks must be in text order, must not overlap, and consecutive blocks must be separated by a line break
    /// (true of both the text-dump and the HTML parser): then the words of the language sample are exactly the words of
    /// the blocks inside it, plus those of the block it cuts. Blocks inside the sample are scanned before the language
    /// is known; the stopword masks of their words are kept, and their stopword counts are filled in once it is.
    /// </remarks>
    /// <param name="text">The text the blocks point into.</param>
    /// <param name="blocks">The blocks, with their ranges set; their features are filled.</param>
    /// <param name="stopwords">The stopword lists.</param>
    /// <param name="scriptCounts">256 entries; receives per script the number of letters seen.</param>
    /// <param name="language">The detected language, or <see langword="null"/>.</param>
    /// <returns>The language's bit in the stopword masks, or 0.</returns>
    [SkipLocalsInit]
    public static ulong ScanBlocks(ReadOnlySpan<char> text, Span<Block> blocks, Stopwords stopwords, Span<int> scriptCounts, out string? language)
    {
        WordTable table = stopwords.Table;
        int sampleEnd = Math.Min(text.Length, TextDocumentParser.LanguageSampleChars);
        Span<int> languageCounts = stackalloc int[64];
        var hits = new StopwordHits(sampleEnd);
        try
        {
            int sampleWords = 0;
            int i = 0;
            for (; i < blocks.Length; i++)
            {
                ref Block block = ref blocks[i];
                if (block.Start + block.Length > sampleEnd)
                {
                    break;
                }

                int before = hits.Count;
                Scan(text.Slice(block.Start, block.Length), ref block, table, 0, scriptCounts, ref hits);
                sampleWords += block.WordCount;

                // Until the language is known, the count holds the number of this block's masks in the hit buffer.
                block.StopwordCount = hits.Count - before;
            }

            int blockMasks = hits.Count;
            if (i < blocks.Length && blocks[i].Start < sampleEnd)
            {
                // The block the sample cuts votes with its words inside the sample; its masks go after the blocks' own.
                Block scratch = default;
                Scan(text[blocks[i].Start..sampleEnd], ref scratch, table, 0, default, ref hits);
                sampleWords += scratch.WordCount;
            }

            CountLanguages(hits.Masks, languageCounts);
            ulong languageBit = TextDocumentParser.ChooseLanguage(languageCounts, sampleWords, stopwords, out language);
            ReadOnlySpan<ulong> masks = hits.Masks[..blockMasks];
            int next = 0;
            for (int k = 0; k < i; k++)
            {
                ref Block block = ref blocks[k];
                ReadOnlySpan<ulong> own = masks.Slice(next, block.StopwordCount);
                next += own.Length;
                int stops = 0;
                foreach (ulong mask in own)
                {
                    // The language is one bit: its count is 0 or 1, with no branch the CPU would mispredict.
                    stops += BitOperations.PopCount(mask & languageBit);
                }

                block.StopwordCount = stops;
            }

            for (; i < blocks.Length; i++)
            {
                ref Block block = ref blocks[i];
                var none = default(StopwordHits);
                Scan(text.Slice(block.Start, block.Length), ref block, table, languageBit, scriptCounts, ref none);
            }

            return languageBit;
        }
        finally
        {
            hits.Dispose();
        }
    }

    /// <summary>
    /// Counts per language bit how many masks have it, with bit-sliced counters: plane p holds bit p of every language's
    /// count. Eight masks at a time go through a carry-save adder tree (Harley–Seal) in registers, and only their sum of
    /// eights ripples through the planes, so a mask costs a few logic operations instead of a loop over its languages.
    /// </summary>
    [SkipLocalsInit]
    internal static void CountLanguages(ReadOnlySpan<ulong> masks, Span<int> counts)
    {
        Span<ulong> planes = stackalloc ulong[32];
        planes.Clear();
        ulong ones = 0, twos = 0, fours = 0;
        int i = 0;
        for (; i + 8 <= masks.Length; i += 8)
        {
            CarrySave(ones, masks[i], masks[i + 1], out ulong twosA, out ones);
            CarrySave(ones, masks[i + 2], masks[i + 3], out ulong twosB, out ones);
            CarrySave(twos, twosA, twosB, out ulong foursA, out twos);
            CarrySave(ones, masks[i + 4], masks[i + 5], out twosA, out ones);
            CarrySave(ones, masks[i + 6], masks[i + 7], out twosB, out ones);
            CarrySave(twos, twosA, twosB, out ulong foursB, out twos);
            CarrySave(fours, foursA, foursB, out ulong eights, out fours);
            AddToPlanes(planes, 3, eights);
        }

        for (; i < masks.Length; i++)
        {
            AddToPlanes(planes, 0, masks[i]);
        }

        AddToPlanes(planes, 0, ones);
        AddToPlanes(planes, 1, twos);
        AddToPlanes(planes, 2, fours);

        // Transpose: each set bit of plane p adds 2^p to its language's count.
        counts.Clear();
        for (int p = 0; p < planes.Length; p++)
        {
            for (ulong plane = planes[p]; plane != 0; plane &= plane - 1)
            {
                int language = BitOperations.TrailingZeroCount(plane);
                if (language < counts.Length)
                {
                    counts[language] |= 1 << p;
                }
            }
        }
    }

    /// <summary>A full adder over 64 lanes: <paramref name="sum"/> + 2 × <paramref name="carry"/> = a + b + c per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CarrySave(ulong a, ulong b, ulong c, out ulong carry, out ulong sum)
    {
        ulong half = a ^ b;
        carry = (a & b) | (half & c);
        sum = half ^ c;
    }

    /// <summary>Adds one to the count of every lane set in <paramref name="bits"/>, at weight 2^<paramref name="plane"/>.</summary>
    private static void AddToPlanes(Span<ulong> planes, int plane, ulong bits)
    {
        for (int p = plane; bits != 0; p++)
        {
            ulong carry = planes[p] & bits;
            planes[p] ^= bits;
            bits = carry;
        }
    }

    [SkipLocalsInit]
    internal static void Scan(
        ReadOnlySpan<char> text,
        ref Block block,
        WordTable stopwords,
        ulong languageBit,
        Span<int> scriptCounts,
        ref StopwordHits hits)
    {
        // The vector scan reads word keys as little-endian byte strings.
        if (BitConverter.IsLittleEndian && (Vector256.IsHardwareAccelerated || Vector128.IsHardwareAccelerated) && OnlyAsciiWords(text))
        {
            ScanAscii(text, ref block, stopwords, languageBit, scriptCounts, ref hits);
        }
        else
        {
            ScanCharacters(text, ref block, stopwords, languageBit, scriptCounts, ref hits);
        }
    }

    /// <summary>The scan one character at a time, for any text; <see cref="ScanAscii"/> gives the same for the blocks it takes.</summary>
    [SkipLocalsInit]
    internal static void ScanCharacters(
        ReadOnlySpan<char> text,
        ref Block block,
        WordTable stopwords,
        ulong languageBit,
        Span<int> scriptCounts,
        ref StopwordHits hits)
    {
        Span<char> word = stackalloc char[WordTable.MaxWordLength];
        var longWord = default(LongWordHash);
        Span<byte> scripts = stackalloc byte[MaxScriptsPerBlock];
        Span<int> scriptLetters = stackalloc int[MaxScriptsPerBlock];
        int scriptSlots = 0;
        int latinSlot = -1;
        ReadOnlySpan<byte> asciiClasses = AsciiClasses;

        int wordLength = 0;
        ulong lineHash = LineHashOffset;
        int words = 0, letters = 0, upper = 0, digits = 0, punctuation = 0, stops = 0;
        long lexicon = 0;

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 128)
            {
                byte cls = asciiClasses[c];
                if ((cls & (Letter | Digit)) != 0)
                {
                    if (wordLength == 0)
                    {
                        // Fast path: a word of ASCII letters and digits, hashed and counted straight from the text. Its
                        // lower case is c | 0x20 (digits already have that bit), so it is copied only if it goes on.
                        int start = i;
                        int runLetters = 0, runUpper = 0;
                        do
                        {
                            runLetters += cls & Letter;
                            runUpper += (cls & Upper) >> 1;
                            i++;
                        }
                        while (i < text.Length && (c = text[i]) < 128 && ((cls = asciiClasses[c]) & (Letter | Digit)) != 0);

                        int run = i - start;
                        letters += runLetters;
                        upper += runUpper;
                        digits += run - runLetters;
                        if (runLetters > 0)
                        {
                            if (latinSlot < 0)
                            {
                                latinSlot = Tally(Script.Latin, scripts, scriptLetters, ref scriptSlots);
                                if (latinSlot >= 0)
                                {
                                    scriptLetters[latinSlot] += runLetters - 1;
                                }
                                else
                                {
                                    // All slots taken by other scripts: Latin is not counted, as letter by letter.
                                }
                            }
                            else
                            {
                                scriptLetters[latinSlot] += runLetters;
                            }
                        }

                        if (i < text.Length && c >= 128)
                        {
                            // The word goes on past ASCII (café): hand it to the general path with its characters so far.
                            for (int k = 0; k < run; k++)
                            {
                                Append((char)(text[start + k] | 0x20), word, ref wordLength, ref longWord);
                            }

                            i--;
                            continue;
                        }

                        CountAsciiWord(text, start, run, ref words, ref lineHash, ref stops, ref lexicon, stopwords, languageBit, ref hits);

                        // Now at the character that ended the word (or the end): count it as the slow path would.
                        if (i < text.Length && cls == Punct)
                        {
                            punctuation++;
                        }

                        continue;
                    }

                    if ((cls & Letter) != 0)
                    {
                        letters++;
                        if ((cls & Upper) != 0)
                        {
                            upper++;
                            c = (char)(c | 0x20);
                        }

                        if (latinSlot >= 0)
                        {
                            scriptLetters[latinSlot]++;
                        }
                        else
                        {
                            latinSlot = Tally(Script.Latin, scripts, scriptLetters, ref scriptSlots);
                        }
                    }
                    else
                    {
                        digits++;
                    }

                    Append(c, word, ref wordLength, ref longWord);
                    continue;
                }

                if (cls == Punct)
                {
                    punctuation++;
                }
            }
            else
            {
                int codePoint = c;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    codePoint = char.ConvertToUtf32(c, text[i + 1]);
                    i++;
                }

                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
                switch (category)
                {
                    case UnicodeCategory.UppercaseLetter:
                    case UnicodeCategory.LowercaseLetter:
                    case UnicodeCategory.TitlecaseLetter:
                    case UnicodeCategory.ModifierLetter:
                    case UnicodeCategory.OtherLetter:
                        letters++;
                        Script script = FoldWritingSystem(UnicodeScripts.GetScript(codePoint));
                        Tally(script, scripts, scriptLetters, ref scriptSlots);
                        if (category == UnicodeCategory.UppercaseLetter)
                        {
                            upper++;
                        }

                        if (IsUnspacedScript(script))
                        {
                            // Han, kana and Thai are written without spaces: each letter counts as a word.
                            EndWord(word, ref wordLength, ref longWord, ref words, ref stops, ref lineHash, ref lexicon, stopwords, languageBit, ref hits);
                            Append(c, word, ref wordLength, ref longWord);
                            EndWord(word, ref wordLength, ref longWord, ref words, ref stops, ref lineHash, ref lexicon, stopwords, languageBit, ref hits);
                        }
                        else
                        {
                            Append(codePoint <= char.MaxValue ? InvariantLower.ToLower(c) : c, word, ref wordLength, ref longWord);
                        }

                        continue;
                    case UnicodeCategory.DecimalDigitNumber:
                        digits++;
                        Append(c, word, ref wordLength, ref longWord);
                        continue;
                    case UnicodeCategory.NonSpacingMark:
                    case UnicodeCategory.SpacingCombiningMark:
                        if (wordLength > 0)
                        {
                            Append(c, word, ref wordLength, ref longWord);
                            continue;
                        }

                        break;
                    case UnicodeCategory.Format:
                        // Zero-width joiners and marks inside a word must not split it.
                        continue;
                    case UnicodeCategory.ConnectorPunctuation:
                    case UnicodeCategory.DashPunctuation:
                    case UnicodeCategory.OpenPunctuation:
                    case UnicodeCategory.ClosePunctuation:
                    case UnicodeCategory.InitialQuotePunctuation:
                    case UnicodeCategory.FinalQuotePunctuation:
                    case UnicodeCategory.OtherPunctuation:
                        punctuation++;
                        break;
                }
            }

            if (wordLength != 0)
            {
                EndWord(word, ref wordLength, ref longWord, ref words, ref stops, ref lineHash, ref lexicon, stopwords, languageBit, ref hits);
            }
        }

        EndWord(word, ref wordLength, ref longWord, ref words, ref stops, ref lineHash, ref lexicon, stopwords, languageBit, ref hits);

        int best = -1;
        for (int s = 0; s < scriptSlots; s++)
        {
            if (best < 0 || WeightedLetters(scripts[s], scriptLetters[s]) > WeightedLetters(scripts[best], scriptLetters[best]))
            {
                best = s;
            }

            if (!scriptCounts.IsEmpty)
            {
                scriptCounts[scripts[s]] += WeightedLetters(scripts[s], scriptLetters[s]);
            }
        }

        SetFeatures(
            ref block,
            text,
            new Counts(words, letters, upper, digits, punctuation, stops),
            best < 0 ? Script.Unknown : (Script)scripts[best],
            best < 0 ? 0 : scriptLetters[best],
            lineHash,
            lexicon);
    }

    /// <summary>
    /// <see cref="Scan(ReadOnlySpan{char}, ref Block, WordTable, ulong, Span{int}, ref StopwordHits)"/> for a block of
    /// ASCII only, with the same results: 64 characters at a time are classified with vector compares into bit masks, the
    /// class counts are population counts, and words are found from the mask's edges, so no branch depends on each
    /// character (branches on word ends are what a per-character loop mispredicts).
    /// </summary>
    [SkipLocalsInit]
    internal static void ScanAscii(
        ReadOnlySpan<char> text,
        ref Block block,
        WordTable stopwords,
        ulong languageBit,
        Span<int> scriptCounts,
        ref StopwordHits hits)
    {
        Span<char> padded = stackalloc char[64];

        // The chunk's characters as lower-case bytes, after the previous chunk's last 16: a word of up to eight characters
        // that ends in this chunk is one 8-byte read from here (its key for the table), and the read may run past the chunk.
        Span<byte> folded = stackalloc byte[FoldedCarry + 64 + 16];
        ReadOnlySpan<byte> asciiClasses = AsciiClasses;
        int words = 0, letters = 0, upper = 0, digits = 0, punctuation = 0, stops = 0;
        long lexicon = 0;
        ulong lineHash = LineHashOffset;
        int wordStart = 0;
        ulong carry = 0; // 1 when the character before the chunk is a word character
        for (int chunk = 0; chunk < text.Length; chunk += 64)
        {
            int length = Math.Min(64, text.Length - chunk);
            ReadOnlySpan<char> part = Chunk(text, chunk, padded);
            folded.Slice(64, FoldedCarry).CopyTo(folded);
            Classify(part, out ulong letterMask, out ulong upperMask, out ulong digitMask, out ulong spaceMask, folded.Slice(FoldedCarry, 64));
            letters += BitOperations.PopCount(letterMask);
            upper += BitOperations.PopCount(upperMask);
            digits += BitOperations.PopCount(digitMask);
            ulong wordMask = letterMask | digitMask;

            // The few characters that are neither word nor space are punctuation or symbols: look each up.
            for (ulong other = ~(wordMask | spaceMask); other != 0; other &= other - 1)
            {
                int index = BitOperations.TrailingZeroCount(other);
                if (index >= length)
                {
                    break;
                }

                char c = part[index];
                punctuation += c < 128 ? (asciiClasses[c] == Punct ? 1 : 0) : (IsPunctuation(CharUnicodeInfo.GetUnicodeCategory(c)) ? 1 : 0);
            }

            ulong before = (wordMask << 1) | carry;
            ulong starts = wordMask & ~before;
            ulong ends = ~wordMask & before;
            carry = wordMask >> 63;
            for (ulong edges = starts | ends; edges != 0; edges &= edges - 1)
            {
                int index = BitOperations.TrailingZeroCount(edges);
                if (((starts >> index) & 1) != 0)
                {
                    wordStart = chunk + index;
                    continue;
                }

                CountFoldedWord(text, folded, chunk, wordStart, chunk + index - wordStart, ref words, ref lineHash, ref stops, ref lexicon, stopwords, languageBit, ref hits);
            }
        }

        if (carry != 0)
        {
            CountFoldedWord(text, folded, ((text.Length - 1) & ~63), wordStart, text.Length - wordStart, ref words, ref lineHash, ref stops, ref lexicon, stopwords, languageBit, ref hits);
        }

        if (letters > 0 && !scriptCounts.IsEmpty)
        {
            scriptCounts[(int)Script.Latin] += letters;
        }

        SetFeatures(
            ref block,
            text,
            new Counts(words, letters, upper, digits, punctuation, stops),
            letters > 0 ? Script.Latin : Script.Unknown,
            letters,
            lineHash,
            lexicon);
    }

    /// <summary>
    /// The 64 characters of <paramref name="text"/> from <paramref name="chunk"/>; the last chunk is copied to
    /// <paramref name="padded"/> and padded with spaces, which belong to no word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ReadOnlySpan<char> Chunk(ReadOnlySpan<char> text, int chunk, Span<char> padded)
    {
        int length = Math.Min(64, text.Length - chunk);
        if (length == 64)
        {
            return text.Slice(chunk, 64);
        }

        text.Slice(chunk, length).CopyTo(padded);
        padded[length..64].Fill(' ');
        return padded[..64];
    }

    /// <summary>
    /// Whether every word of <paramref name="text"/> is made of ASCII letters and digits: its other characters may be
    /// anything that is not part of a word (curly quotes, dashes, no-break spaces, symbols), which
    /// <see cref="ScanAscii"/> counts as the per-character scan does.
    /// </summary>
    internal static bool OnlyAsciiWords(ReadOnlySpan<char> text)
    {
        int i = text.IndexOfAnyExceptInRange('\0', '\u007F');
        while (i >= 0)
        {
            char c = text[i];
            if (char.IsSurrogate(c))
            {
                return false;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case <= UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.Format:
                    return false;
            }

            int next = text[(i + 1)..].IndexOfAnyExceptInRange('\0', '\u007F');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return true;
    }

    private static bool IsPunctuation(UnicodeCategory category) => category is UnicodeCategory.ConnectorPunctuation
        or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
        or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    /// <summary>Counts the word of ASCII letters and digits at <paramref name="start"/>: its hash into the line's, and its table value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CountAsciiWord(
        ReadOnlySpan<char> text,
        int start,
        int length,
        ref int words,
        ref ulong lineHash,
        ref int stops,
        ref long lexicon,
        WordTable stopwords,
        ulong languageBit,
        ref StopwordHits hits)
    {
        words++;
        ulong value;
        uint hash;
        if (length <= WordTable.MaxPackedLength)
        {
            ulong key = WordTable.PackAsciiFolded(text, start, length);
            hash = WordTable.PackedHash(key);
            value = stopwords.LookupPacked(key);
        }
        else
        {
            hash = WordTable.HashAsciiFolded(text, start, length);
            value = length <= WordTable.MaxWordLength ? stopwords.LookupLongAsciiFolded(text.Slice(start, length), hash) : 0;
        }

        lineHash = (lineHash ^ hash) * LineHashPrime;
        RecordWord(value, ref stops, ref lexicon, languageBit, ref hits);
    }

    /// <summary>
    /// Counts the word of ASCII letters and digits at <paramref name="start"/>, which ends in the chunk at
    /// <paramref name="chunk"/>: a short word's key is read from <paramref name="folded"/>, the chunk's lower-case bytes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CountFoldedWord(
        ReadOnlySpan<char> text,
        ReadOnlySpan<byte> folded,
        int chunk,
        int start,
        int length,
        ref int words,
        ref ulong lineHash,
        ref int stops,
        ref long lexicon,
        WordTable stopwords,
        ulong languageBit,
        ref StopwordHits hits)
    {
        if (length > WordTable.MaxPackedLength)
        {
            CountAsciiWord(text, start, length, ref words, ref lineHash, ref stops, ref lexicon, stopwords, languageBit, ref hits);
            return;
        }

        words++;
        ulong key = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref MemoryMarshal.GetReference(folded), FoldedCarry + start - chunk))
            & WordTable.LengthMaskOf(length);
        lineHash = (lineHash ^ WordTable.PackedHash(key)) * LineHashPrime;
        RecordWord(stopwords.LookupPacked(key), ref stops, ref lexicon, languageBit, ref hits);
    }

    /// <summary>
    /// Bit masks of the ASCII letters, upper-case letters, digits and spaces among 64 ASCII characters, and the characters
    /// as bytes with bit 0x20 set (the lower case of a letter or digit) in <paramref name="folded"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Classify(ReadOnlySpan<char> chunk, out ulong letters, out ulong upper, out ulong digits, out ulong spaces, Span<byte> folded)
    {
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chunk));
        ref byte bytes = ref MemoryMarshal.GetReference(folded);
        letters = upper = digits = spaces = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (int i = 0; i < 64; i += Vector256<ushort>.Count)
            {
                Vector256<ushort> v = Vector256.LoadUnsafe(ref first, (nuint)i);
                letters |= (ulong)Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26)).ExtractMostSignificantBits() << i;
                upper |= (ulong)Vector256.LessThan(v - Vector256.Create((ushort)'A'), Vector256.Create((ushort)26)).ExtractMostSignificantBits() << i;
                digits |= (ulong)Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10)).ExtractMostSignificantBits() << i;
                spaces |= (ulong)Vector256.Equals(v, Vector256.Create((ushort)' ')).ExtractMostSignificantBits() << i;
                (Vector128.Narrow(v.GetLower(), v.GetUpper()) | Vector128.Create((byte)0x20)).StoreUnsafe(ref bytes, (nuint)i);
            }
        }
        else
        {
            for (int i = 0; i < 64; i += Vector128<ushort>.Count)
            {
                Vector128<ushort> v = Vector128.LoadUnsafe(ref first, (nuint)i);
                letters |= (ulong)Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26)).ExtractMostSignificantBits() << i;
                upper |= (ulong)Vector128.LessThan(v - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26)).ExtractMostSignificantBits() << i;
                digits |= (ulong)Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10)).ExtractMostSignificantBits() << i;
                spaces |= (ulong)Vector128.Equals(v, Vector128.Create((ushort)' ')).ExtractMostSignificantBits() << i;
                (Vector64.Narrow(v.GetLower(), v.GetUpper()) | Vector64.Create((byte)0x20)).StoreUnsafe(ref bytes, (nuint)i);
            }
        }
    }

    private readonly record struct Counts(int Words, int Letters, int Upper, int Digits, int Punctuation, int Stopwords);

    /// <summary>Writes what a scan found into the block; both scans end here.</summary>
    private static void SetFeatures(ref Block block, ReadOnlySpan<char> text, in Counts counts, Script script, int scriptLetters, ulong lineHash, long lexicon)
    {
        block.WordCount = counts.Words;
        block.LetterCount = counts.Letters;
        block.UpperCount = counts.Upper;
        block.DigitCount = counts.Digits;
        block.PunctuationCount = counts.Punctuation;
        block.StopwordCount = counts.Stopwords;
        block.Script = script;
        block.ScriptLetterCount = scriptLetters;
        block.NormalizedHash = lineHash;
        block.LexiconReach = (byte)Math.Min(lexicon & LexiconFieldMask, byte.MaxValue);
        block.DateWordCount = (byte)Math.Min((lexicon >> DateWordShift) & LexiconFieldMask, byte.MaxValue);
        block.HasLexiconAnchor = (lexicon >> LexiconAnchorShift) != 0;
        if (EndsWithSentencePunctuation(text))
        {
            block.Traits |= BlockTraits.TerminalPunctuation;
        }
    }

    /// <summary>Folds the scripts of Chinese, Japanese and Korean writing into <see cref="Script.Han"/>: they mix on one page.</summary>
    public static Script FoldWritingSystem(Script script) => script switch
    {
        Script.Hiragana or Script.Katakana or Script.Hangul or Script.Bopomofo => Script.Han,
        _ => script,
    };

    /// <summary>
    /// Letters weighted by what they carry: a Han or kana letter is about a word, a Latin letter a fifth of one,
    /// so a Japanese line with a brand name in Latin letters still counts as Japanese.
    /// </summary>
    public static int WeightedLetters(byte script, int letters) => (Script)script == Script.Han ? letters * CjkLetterWeight : letters;

    /// <summary>How many letters of an alphabet one Han or kana letter weighs when scripts are compared.</summary>
    public const int CjkLetterWeight = 3;

    /// <summary>Scripts written without spaces, whose letters each count as a word.</summary>
    public static bool IsUnspacedScript(Script script) => script is Script.Han or Script.Thai or Script.Lao or Script.Khmer or Script.Myanmar;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Append(char c, Span<char> word, ref int wordLength, ref LongWordHash longWord)
    {
        if (wordLength < word.Length)
        {
            word[wordLength] = c;
        }
        else
        {
            // Past the buffer the word is hashed as it grows, four characters to a chunk as WordTable.Hash reads them.
            if (wordLength == word.Length)
            {
                longWord.State = WordTable.ChunkState(word);
            }

            int lane = (wordLength - word.Length) & 3;
            longWord.Pending |= (ulong)c << (16 * lane);
            if (lane == 3)
            {
                longWord.State = WordTable.StepChunk(longWord.State, longWord.Pending);
                longWord.Pending = 0;
            }
        }

        wordLength++;
    }

    /// <summary>The hash of a word longer than the buffer, kept as its characters arrive.</summary>
    private struct LongWordHash
    {
        public ulong State;
        public ulong Pending;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EndWord(
        Span<char> word,
        ref int wordLength,
        ref LongWordHash longWord,
        ref int words,
        ref int stops,
        ref ulong lineHash,
        ref long lexicon,
        WordTable stopwords,
        ulong languageBit,
        ref StopwordHits hits)
    {
        if (wordLength == 0)
        {
            return;
        }

        words++;
        uint wordHash;
        if (wordLength <= word.Length)
        {
            ulong value = stopwords.Lookup(word[..wordLength], out wordHash);
            RecordWord(value, ref stops, ref lexicon, languageBit, ref hits);
        }
        else
        {
            ulong state = (wordLength - word.Length) % 4 == 0 ? longWord.State : WordTable.StepChunk(longWord.State, longWord.Pending);
            wordHash = WordTable.EndChunks(state, wordLength);
            longWord = default;
        }

        lineHash = (lineHash ^ wordHash) * LineHashPrime;

        wordLength = 0;
    }

    /// <summary>Counts a word found in the table: a stopword of some languages, a lexicon word, or both.</summary>
    /// <remarks>
    /// <paramref name="lexicon"/> packs the lexicon reach, the date words and the anchor flag (see <see cref="LexiconAnchorShift"/>).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RecordWord(ulong value, ref int stops, ref long lexicon, ulong languageBit, ref StopwordHits hits)
    {
        // Branch-free for the common case: whether a word is a stopword or a lexicon word is a coin toss the CPU cannot predict.
        lexicon += (long)((value >> Stopwords.PhraseLengthShift) & Stopwords.MaxPhraseLength)
            + ((value & Stopwords.DateWordBit) != 0 ? 1L << DateWordShift : 0);
        lexicon |= (value & Stopwords.LexiconAnchorBit) != 0 ? 1L << LexiconAnchorShift : 0;
        ulong languages = value & Stopwords.LanguageMask;
        stops += (int)(((languages & languageBit) | (0 - (languages & languageBit))) >> 63);
        if (hits.IsActive)
        {
            hits.AddIfNotZero(languages);
        }
    }

    /// <summary>Counts a letter of <paramref name="script"/>; returns the script's slot, or -1 when all slots are taken by others.</summary>
    private static int Tally(Script script, Span<byte> scripts, Span<int> counts, ref int slots)
    {
        for (int s = 0; s < slots; s++)
        {
            if (scripts[s] == (byte)script)
            {
                counts[s]++;
                return s;
            }
        }

        if (slots < scripts.Length)
        {
            scripts[slots] = (byte)script;
            counts[slots] = 1;
            return slots++;
        }

        return -1;
    }

    /// <summary>Whether the text ends a sentence: . ! ? … or their CJK forms, before any closing quotes or brackets.</summary>
    public static bool EndsWithSentencePunctuation(ReadOnlySpan<char> text)
    {
        for (int i = text.Length - 1; i >= 0; i--)
        {
            char c = text[i];
            switch (c)
            {
                case '.' or '!' or '?' or '…' or '。' or '！' or '？' or '؟' or '।':
                    return true;
                case '"' or '\'' or ')' or ']' or '”' or '’' or '»' or '」' or '』' or '）' or '*':
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }
}
