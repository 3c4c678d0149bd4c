using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

using Boilerplate.Filters.Navigation;
using Boilerplate.Internal;
using Boilerplate.Languages;
using Boilerplate.Unicode;

namespace Boilerplate.Text;

/// <summary>
/// Computes a block's features in one pass over its characters: words, letters, case, digits,
/// punctuation, stopwords, script and a normalised hash, and the navigation lexicon's counts beside it
/// (<see cref="LexiconHints"/>). No allocation: words are lower-cased into a stack buffer and looked up by span.
/// </summary>
internal static class FeatureScanner
{
    private const ulong LineHashOffset = 14695981039346656037;
    private const ulong LineHashPrime = 1099511628211;
    private const int MaxScriptsPerBlock = 4;

    // Bytes of the previous chunk kept before the current one in ScanAscii: enough for the start of a word of eight.
    private const int FoldedCarry = 16;

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
    /// <param name="lexicon">Receives the block's navigation lexicon counts.</param>
    /// <param name="stopwords">The stopword lists.</param>
    /// <param name="language">The page language's index in <paramref name="stopwords"/>, or <see cref="Stopwords.NoLanguage"/>.</param>
    /// <param name="scriptCounts">When not empty (256 entries), receives per script the number of letters seen.</param>
    public static void Scan(
        ReadOnlySpan<char> text,
        ref Block block,
        out LexiconHints lexicon,
        Stopwords stopwords,
        int language,
        Span<int> scriptCounts)
    {
        var none = default(NoStopwordHits);
        lexicon = default;
        Scan(text, ref block, ref lexicon, stopwords.Table, stopwords.SetsHolding(language), scriptCounts, ref none);
    }

    /// <summary>Counts the navigation lexicon's words of every block of <paramref name="document"/> again, as the scan that built it did.</summary>
    /// <param name="document">The document.</param>
    /// <param name="lexicon">One entry per block; overwritten.</param>
    /// <param name="stopwords">The word table the document was scanned with.</param>
    public static void ScanLexicon(PageDocument document, Span<LexiconHints> lexicon, Stopwords stopwords)
    {
        for (int i = 0; i < document.Count; i++)
        {
            Block scratch = default;
            Scan(document.GetText(i), ref scratch, out lexicon[i], stopwords, Stopwords.NoLanguage, default);
        }
    }

    /// <summary>
    /// Scans every block of a page and detects the page language in the same pass: the result is the same as
    /// <see cref="TextDocumentParser.DetectLanguage"/> over <paramref name="text"/> followed by <see cref="Scan(ReadOnlySpan{char}, ref Block, out LexiconHints, Stopwords, int, Span{int})"/>
    /// of each block with the detected language, without reading the language sample twice.
    /// </summary>
    /// <remarks>
    /// The blocks must be in text order, must not overlap, and consecutive blocks must be separated by a line break
    /// (true of both the text-dump and the HTML parser): then the words of the language sample are exactly the words of
    /// the blocks inside it, plus those of the block it cuts. Blocks inside the sample are scanned before the language
    /// is known; the language sets of their stopwords are kept, and their stopword counts are filled in once it is.
    /// </remarks>
    /// <param name="text">The text the blocks point into.</param>
    /// <param name="blocks">The blocks, with their ranges set; their features are filled.</param>
    /// <param name="lexicon">At least one entry per block; receives each block's navigation lexicon counts.</param>
    /// <param name="stopwords">The stopword lists.</param>
    /// <param name="scriptCounts">256 entries; receives per script the number of letters seen.</param>
    /// <param name="language">The detected language, or <see langword="null"/>.</param>
    /// <returns>The language's index in <paramref name="stopwords"/>, or <see cref="Stopwords.NoLanguage"/>.</returns>
    [SkipLocalsInit]
    public static int ScanBlocks(ReadOnlySpan<char> text, Span<Block> blocks, Span<LexiconHints> lexicon, Stopwords stopwords, Span<int> scriptCounts, out string? language)
    {
        WordTable table = stopwords.Table;
        byte[] unknownLanguage = stopwords.SetsHolding(Stopwords.NoLanguage);
        int sampleEnd = Math.Min(text.Length, TextDocumentParser.LanguageSampleChars);
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
                Scan(text.Slice(block.Start, block.Length), ref block, ref lexicon[i], table, unknownLanguage, scriptCounts, ref hits);
                sampleWords += block.WordCount;

                // Until the language is known, the count holds the number of this block's sets in the hit buffer.
                block.StopwordCount = hits.Count - before;
            }

            int blockSets = hits.Count;
            if (i < blocks.Length && blocks[i].Start < sampleEnd)
            {
                // The block the sample cuts votes with its words inside the sample; its sets go after the blocks' own.
                Block scratch = default;
                LexiconHints scratchLexicon = default;
                Scan(text[blocks[i].Start..sampleEnd], ref scratch, ref scratchLexicon, table, unknownLanguage, default, ref hits);
                sampleWords += scratch.WordCount;
            }

            int pageLanguage = TextDocumentParser.ChooseLanguage(hits.Sets, sampleWords, stopwords, out language);
            byte[] pageStopwordSets = stopwords.SetsHolding(pageLanguage);
            ReadOnlySpan<uint> sets = hits.Sets[..blockSets];
            int next = 0;
            for (int k = 0; k < i; k++)
            {
                ref Block block = ref blocks[k];
                ReadOnlySpan<uint> own = sets.Slice(next, block.StopwordCount);
                next += own.Length;
                int stops = 0;
                foreach (uint set in own)
                {
                    stops += pageStopwordSets[set];
                }

                block.StopwordCount = stops;
            }

            for (; i < blocks.Length; i++)
            {
                ref Block block = ref blocks[i];
                var none = default(NoStopwordHits);
                Scan(text.Slice(block.Start, block.Length), ref block, ref lexicon[i], table, pageStopwordSets, scriptCounts, ref none);
            }

            return pageLanguage;
        }
        finally
        {
            hits.Dispose();
        }
    }

    /// <summary>
    /// Counts per language how many of <paramref name="sets"/> hold it: a histogram of the sets, then each set's count
    /// added to its languages, so a word shared by twenty languages costs one increment, not twenty.
    /// </summary>
    /// <param name="sets">Language sets of <paramref name="stopwords"/>, none 0.</param>
    /// <param name="stopwords">The lists the sets belong to.</param>
    /// <param name="counts">One entry per language of <paramref name="stopwords"/>; overwritten.</param>
    internal static void CountLanguages(ReadOnlySpan<uint> sets, Stopwords stopwords, Span<int> counts)
    {
        counts.Clear();
        int[] perSet = ArrayPool<int>.Shared.Rent(stopwords.SetCount);
        try
        {
            Span<int> histogram = perSet.AsSpan(0, stopwords.SetCount);
            histogram.Clear();
            foreach (uint set in sets)
            {
                histogram[(int)set]++;
            }

            for (int set = 1; set < histogram.Length; set++)
            {
                if (histogram[set] != 0)
                {
                    foreach (int language in stopwords.LanguagesOf((uint)set))
                    {
                        counts[language] += histogram[set];
                    }
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(perSet);
        }
    }

    [SkipLocalsInit]
    internal static void Scan<THits>(
        ReadOnlySpan<char> text,
        ref Block block,
        ref LexiconHints lexicon,
        WordTable stopwords,
        byte[] pageStopwordSets,
        Span<int> scriptCounts,
        ref THits hits)
        where THits : struct, IStopwordRecorder
    {
        // The vector scan reads word keys as little-endian byte strings.
        if (BitConverter.IsLittleEndian && Vector128.IsHardwareAccelerated)
        {
            int recorded = hits.Count;
            if (ScanAscii(text, ref block, ref lexicon, stopwords, pageStopwordSets, scriptCounts, ref hits))
            {
                return;
            }

            // A word has a character the vector scan leaves (another script, a format character): forget what it recorded
            // and take the block letter by letter.
            hits.Truncate(recorded);
        }

        ScanCharacters(text, ref block, ref lexicon, stopwords, pageStopwordSets, scriptCounts, ref hits);
    }

    /// <summary>The scan one character at a time, for any text; <see cref="ScanAscii"/> gives the same for the blocks it takes.</summary>
    [SkipLocalsInit]
    internal static void ScanCharacters<THits>(
        ReadOnlySpan<char> text,
        ref Block block,
        ref LexiconHints lexicon,
        WordTable stopwords,
        byte[] pageStopwordSets,
        Span<int> scriptCounts,
        ref THits hits)
        where THits : struct, IStopwordRecorder
    {
        Unsafe.SkipInit(out Buffer32<char> wordBuffer);
        Span<char> word = ((Span<char>)wordBuffer)[..WordTable.MaxWordLength];
        var longWord = default(LongWordHash);
        Unsafe.SkipInit(out Buffer8<byte> scriptsBuffer);
        Span<byte> scripts = ((Span<byte>)scriptsBuffer)[..MaxScriptsPerBlock];
        Unsafe.SkipInit(out Buffer8<int> scriptLettersBuffer);
        Span<int> scriptLetters = ((Span<int>)scriptLettersBuffer)[..MaxScriptsPerBlock];
        int scriptSlots = 0;
        int latinSlot = -1;
        ReadOnlySpan<byte> asciiClasses = AsciiClasses;

        int wordLength = 0;
        var tally = new WordTally(LineHashOffset);
        int letters = 0, upper = 0, digits = 0, punctuation = 0;
        bool copyrightSign = false;

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

                        (uint hash, ulong value) = LookupAsciiWord(text, start, run, stopwords);
                        tally.AddWord(hash, value, pageStopwordSets, ref hits);

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
                            EndWord(word, ref wordLength, ref longWord, ref tally, stopwords, pageStopwordSets, ref hits);
                            Append(c, word, ref wordLength, ref longWord);
                            EndWord(word, ref wordLength, ref longWord, ref tally, stopwords, pageStopwordSets, ref hits);
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
                    case UnicodeCategory.OtherSymbol:
                        copyrightSign |= c == '©';
                        break;
                }
            }

            if (wordLength != 0)
            {
                EndWord(word, ref wordLength, ref longWord, ref tally, stopwords, pageStopwordSets, ref hits);
            }
        }

        EndWord(word, ref wordLength, ref longWord, ref tally, stopwords, pageStopwordSets, ref hits);

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

        tally.Flush();
        SetFeatures(
            ref block,
            ref lexicon,
            text,
            new Counts(letters, upper, digits, punctuation, copyrightSign),
            tally,
            best < 0 ? Script.Unknown : (Script)scripts[best],
            best < 0 ? 0 : scriptLetters[best]);
    }

    /// <summary>
    /// <see cref="Scan{THits}(ReadOnlySpan{char}, ref Block, ref LexiconHints, WordTable, byte[], Span{int}, ref THits)"/> for a block whose
    /// words are ASCII letters and digits, Latin letters beyond ASCII (<see cref="IsLatinLetterBeyondAscii"/>) and accents
    /// after them, with the same results: 64 characters at a time are classified with vector compares into bit masks, the
    /// class counts are population counts, and words are found from the mask's edges, so no branch depends on each character
    /// (branches on word ends are what a per-character loop mispredicts). The few characters beyond ASCII are looked at one
    /// by one, and a word holding one is looked up as the per-character scan looks it up.
    /// </summary>
    /// <returns>
    /// <see langword="false"/> when a word has any other character beyond ASCII: then <paramref name="block"/>,
    /// <paramref name="lexicon"/> and <paramref name="scriptCounts"/> are untouched, but <paramref name="hits"/> may hold masks of the words before it.
    /// </returns>
    [SkipLocalsInit]
    internal static bool ScanAscii<THits>(
        ReadOnlySpan<char> text,
        ref Block block,
        ref LexiconHints lexicon,
        WordTable stopwords,
        byte[] pageStopwordSets,
        Span<int> scriptCounts,
        ref THits hits)
        where THits : struct, IStopwordRecorder
    {
        Unsafe.SkipInit(out Buffer64<char> paddedBuffer);
        Span<char> padded = paddedBuffer;

        // The chunk's characters as lower-case bytes, after the previous chunk's last 16: a word of up to eight characters
        // that ends in this chunk is one 8-byte read from here (its key for the table), and the read may run past the chunk.
        Unsafe.SkipInit(out FoldedBuffer foldedBuffer);
        Span<byte> folded = foldedBuffer;
        var tally = new WordTally(LineHashOffset);
        int letters = 0, upper = 0, digits = 0, punctuation = 0;
        bool copyrightSign = false;
        int wordStart = 0;
        ulong carry = 0; // 1 when the character before the chunk is a word character
        int lastLatin = -1; // where the last word character beyond ASCII before the chunk is, or -1

        // A word that ends the text ends in the chunk after it, all padding, so every word ends inside the loop.
        for (int chunk = 0; chunk < text.Length || carry != 0; chunk += 64)
        {
            ReadOnlySpan<char> part = Chunk(text, chunk, padded);
            folded.Slice(64, FoldedCarry).CopyTo(folded);
            ulong nonAscii = Classify(part, out ulong letterMask, out ulong upperMask, out ulong digitMask, out ulong punctuationMask, folded.Slice(FoldedCarry, 64));
            letters += BitOperations.PopCount(letterMask);
            upper += BitOperations.PopCount(upperMask);
            digits += BitOperations.PopCount(digitMask);
            punctuation += BitOperations.PopCount(punctuationMask);
            ulong wordMask = letterMask | digitMask;

            // The few characters beyond ASCII. Latin letters (and accents after a word character) join words, which are then
            // looked up letter by letter; other punctuation is counted; anything else that belongs to a word declines the block.
            ulong latinWordChars = 0;
            for (; nonAscii != 0; nonAscii &= nonAscii - 1)
            {
                int index = BitOperations.TrailingZeroCount(nonAscii);
                char c = part[index];
                UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (IsLatinLetterBeyondAscii(c))
                {
                    letters++;
                    upper += category == UnicodeCategory.UppercaseLetter ? 1 : 0;
                    wordMask |= 1UL << index;
                    latinWordChars |= 1UL << index;
                    continue;
                }

                ulong previousIsWord = index == 0 ? carry : (wordMask >> (index - 1)) & 1;
                if (IsCombiningDiacritic(c) && previousIsWord != 0)
                {
                    wordMask |= 1UL << index;
                    latinWordChars |= 1UL << index;
                    continue;
                }

                if (char.IsSurrogate(c) || IsWordCategory(category))
                {
                    return false;
                }

                punctuation += IsPunctuation(category) ? 1 : 0;
                copyrightSign |= c == '©';
            }

            ulong wordBefore = carry;
            (ulong starts, ulong ends, carry) = WordEdges(wordMask, carry);
            tally.Words += BitOperations.PopCount(ends);

            // Starts and ends alternate, so the n-th end closes the n-th start, once a word begun in an earlier chunk is closed.
            if (wordBefore != 0 && ends != 0)
            {
                int end = BitOperations.TrailingZeroCount(ends);
                ends &= ends - 1;
                bool latin = lastLatin >= wordStart || (latinWordChars & ((1UL << end) - 1)) != 0;
                if (!CountWord(text, folded, wordStart - chunk, chunk + end - wordStart, chunk, latin, stopwords, pageStopwordSets, ref tally, ref hits))
                {
                    return false;
                }
            }

            if (latinWordChars != 0)
            {
                lastLatin = chunk + 63 - BitOperations.LeadingZeroCount(latinWordChars);
            }

            // Two loops: the common one, for a chunk without Latin letters beyond ASCII, hands its runs of short words to CountPackedWords.
            if (latinWordChars == 0)
            {
                while (ends != 0)
                {
                    (starts, ends) = CountPackedWords(starts, ends, ref MemoryMarshal.GetReference(folded), stopwords, pageStopwordSets, ref tally, ref hits);
                    if (ends != 0)
                    {
                        int start = BitOperations.TrailingZeroCount(starts);
                        CountAsciiWord(text, folded, start, BitOperations.TrailingZeroCount(ends) - start, chunk, stopwords, pageStopwordSets, ref tally, ref hits);
                        ends &= ends - 1;
                        starts &= starts - 1;
                    }
                }
            }
            else
            {
                for (; ends != 0; ends &= ends - 1, starts &= starts - 1)
                {
                    int start = BitOperations.TrailingZeroCount(starts);
                    int length = BitOperations.TrailingZeroCount(ends) - start;
                    bool latin = ((latinWordChars >> start) & ((1UL << length) - 1)) != 0;
                    if (!CountWord(text, folded, start, length, chunk, latin, stopwords, pageStopwordSets, ref tally, ref hits))
                    {
                        return false;
                    }
                }
            }

            if (starts != 0)
            {
                wordStart = chunk + BitOperations.TrailingZeroCount(starts);
            }

            // A chunk ends at most 32 words, well within what the packed sum holds.
            tally.Flush();
        }

        if (letters > 0 && !scriptCounts.IsEmpty)
        {
            scriptCounts[(int)Script.Latin] += letters;
        }

        SetFeatures(ref block, ref lexicon, text, new Counts(letters, upper, digits, punctuation, copyrightSign), tally, letters > 0 ? Script.Latin : Script.Unknown, letters);
        return true;
    }

    /// <summary>
    /// Counts a chunk's words, first to last, while they are words of ASCII letters and digits that are packed keys or are
    /// known from their hash not to be in the table (nearly all are); stops before any other word and returns the starts
    /// and ends left. A call that calls nothing, so its loop has the registers to itself: on the path of short words no
    /// value goes to the stack.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ulong Starts, ulong Ends) CountPackedWords<THits>(
        ulong starts,
        ulong ends,
        ref byte folded,
        WordTable stopwords,
        byte[] pageStopwordSets,
        ref WordTally tally,
        ref THits hits)
        where THits : struct, IStopwordRecorder
    {
        WordTable.View table = stopwords.Lookups;
        ref byte stopwordSets = ref MemoryMarshal.GetArrayDataReference(pageStopwordSets);
        ulong lineHash = tally.LineHash, pending = tally.Pending;
        for (; ends != 0; ends &= ends - 1, starts &= starts - 1)
        {
            int start = BitOperations.TrailingZeroCount(starts);
            int length = BitOperations.TrailingZeroCount(ends) - start;
            uint hash;
            ulong value;
            if (length <= WordTable.MaxPackedLength)
            {
                ulong key = PackedKeyAt(ref folded, start, length);
                ulong product = WordTable.KeyProduct(key);
                value = table.LookupPacked(key, product);
                hash = WordTable.HashOfProduct(product);
            }
            else
            {
                // Up to sixteen characters, hashed from the chunk's bytes; most such words are not in the table, and its
                // filter says so. The longest words, and those the filter lets through, go back to the caller.
                if (length > 2 * WordTable.MaxPackedLength)
                {
                    break;
                }

                hash = WordTable.HashFoldedBytes(Vector128.LoadUnsafe(ref folded, (nuint)(FoldedCarry + start)), length);
                if (table.MayHoldLong(hash))
                {
                    break;
                }

                value = 0;
            }

            lineHash = WordTally.NextLineHash(lineHash, hash);
            pending += WordTally.PendingCounts(value, ref stopwordSets);
            WordTally.RecordLanguages(value, ref hits);
        }

        tally.LineHash = lineHash;
        tally.Pending = pending;
        return (starts, ends);
    }

    /// <summary>Counts the word of <paramref name="length"/> ASCII letters and digits at <paramref name="start"/> in the chunk (negative when it began in an earlier one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CountAsciiWord<THits>(
        ReadOnlySpan<char> text,
        Span<byte> folded,
        int start,
        int length,
        int chunk,
        WordTable stopwords,
        byte[] pageStopwordSets,
        ref WordTally tally,
        ref THits hits)
        where THits : struct, IStopwordRecorder
    {
        // A short word's key is one read of the chunk's lower-case bytes.
        (uint hash, ulong value) = length <= WordTable.MaxPackedLength
            ? LookupKey(PackedKeyAt(ref MemoryMarshal.GetReference(folded), start, length), stopwords)
            : LookupAsciiWord(text, chunk + start, length, stopwords);
        tally.Add(hash, value, pageStopwordSets, ref hits);
    }

    /// <summary>The packed key of the word of <paramref name="length"/> (1–8) ASCII letters and digits at <paramref name="start"/> in the chunk: one read of its lower-case bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong PackedKeyAt(ref byte folded, int start, int length) =>
        WordTable.FirstBytes(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref folded, FoldedCarry + start)), length);

    /// <summary>
    /// Counts a word of the vector scan at <paramref name="start"/> in the chunk (negative when it began in an earlier one),
    /// by its packed key, or letter by letter when it holds Latin letters beyond ASCII.
    /// </summary>
    /// <returns><see langword="false"/> when <see cref="TryLookupLatinWord"/> declines the word.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CountWord<THits>(
        ReadOnlySpan<char> text,
        Span<byte> folded,
        int start,
        int length,
        int chunk,
        bool latin,
        WordTable stopwords,
        byte[] pageStopwordSets,
        ref WordTally tally,
        ref THits hits)
        where THits : struct, IStopwordRecorder
    {
        if (!latin)
        {
            CountAsciiWord(text, folded, start, length, chunk, stopwords, pageStopwordSets, ref tally, ref hits);
            return true;
        }

        // The tally is not handed to the call: taken by reference, the compiled loop kept it in memory.
        if (!TryLookupLatinWord(text, chunk + start, length, stopwords, out uint hash, out ulong value))
        {
            return false;
        }

        tally.Add(hash, value, pageStopwordSets, ref hits);
        return true;
    }

    /// <summary>
    /// Looks up a word with letters beyond ASCII, lower-cased as <see cref="ScanCharacters"/> lower-cases it; declines
    /// (returns <see langword="false"/>) a word longer than <see cref="WordTable.MaxWordLength"/>, which that scan hashes as it grows.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryLookupLatinWord(ReadOnlySpan<char> text, int start, int length, WordTable stopwords, out uint hash, out ulong value)
    {
        if (length > WordTable.MaxWordLength)
        {
            (hash, value) = (0, 0);
            return false;
        }

        Unsafe.SkipInit(out Buffer32<char> wordBuffer);
        Span<char> word = ((Span<char>)wordBuffer)[..length];
        ReadOnlySpan<char> source = text.Slice(start, length);
        for (int k = 0; k < word.Length; k++)
        {
            // Setting 0x20 lower-cases an ASCII letter and leaves a digit; accents have no case.
            char c = source[k];
            word[k] = c < 128 ? (char)(c | 0x20) : InvariantLower.ToLower(c);
        }

        value = stopwords.Lookup(word, out hash);
        return true;
    }

    /// <summary>Letters of the Latin script beyond ASCII: Latin-1 to Latin Extended-B but × and ÷, and Latin Extended Additional.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLatinLetterBeyondAscii(char c) =>
        ((uint)(c - '\u00C0') <= '\u024F' - '\u00C0' && c != '\u00D7' && c != '\u00F7') || (uint)(c - '\u1E00') <= '\u1EFF' - '\u1E00';

    /// <summary>The combining diacritical marks (U+0300–U+036F), which belong to the word of the letter before them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCombiningDiacritic(char c) => (uint)(c - '\u0300') <= '\u036F' - '\u0300';

    /// <summary>
    /// Where words start and end in a chunk, from its mask of word characters: a start is a word character after a
    /// non-word one, an end a non-word character after a word one. <paramref name="carry"/> is 1 when the character before
    /// the chunk is a word character; the returned carry is that of the chunk's last character, for the next chunk.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (ulong Starts, ulong Ends, ulong Carry) WordEdges(ulong wordMask, ulong carry)
    {
        ulong before = (wordMask << 1) | carry;
        return (wordMask & ~before, ~wordMask & before, wordMask >> 63);
    }

    /// <summary>
    /// The 64 characters of <paramref name="text"/> from <paramref name="chunk"/>; the last chunk is copied to
    /// <paramref name="padded"/> and padded with spaces, which belong to no word.
    /// </summary>
    /// <remarks>
    /// The copy is made of one 16-byte store per eight characters, the size and place the classification loads them from:
    /// a load that spans several recent stores (spaces, then the text copied over them) cannot take its data from them and
    /// waits until they reach the cache. That wait was the hottest instruction of a short line's scan.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ReadOnlySpan<char> Chunk(ReadOnlySpan<char> text, int chunk, Span<char> padded)
    {
        int length = Math.Min(64, text.Length - chunk);
        if (length == 64)
        {
            return text.Slice(chunk, 64);
        }

        ref ushort source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref ushort target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(padded));
        int i = 0;
        for (; i + Vector128<ushort>.Count <= length; i += Vector128<ushort>.Count)
        {
            Vector128.LoadUnsafe(ref source, (nuint)(chunk + i)).StoreUnsafe(ref target, (nuint)i);
        }

        if (i < length)
        {
            PartialLane(text, chunk + i, length - i).StoreUnsafe(ref target, (nuint)i);
            i += Vector128<ushort>.Count;
        }

        for (; i < 64; i += Vector128<ushort>.Count)
        {
            Vector128.Create((ushort)' ').StoreUnsafe(ref target, (nuint)i);
        }

        return padded[..64];
    }

    /// <summary>Character <paramref name="index"/> of <paramref name="chars"/>, or a space past its end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ushort At(ReadOnlySpan<char> chars, int index) => index < chars.Length ? chars[index] : ' ';

    /// <summary>The <paramref name="count"/> (1–7) characters of <paramref name="text"/> from <paramref name="start"/>, then spaces, in one vector.</summary>
    private static Vector128<ushort> PartialLane(ReadOnlySpan<char> text, int start, int count)
    {
        int end = start + count;
        if (end < Vector128<ushort>.Count)
        {
            // A text of fewer than eight characters: no eight-character read ends at its end. Built in registers, for the
            // same reason as the rest of the chunk.
            ReadOnlySpan<char> chars = text.Slice(start, count);
            return Vector128.Create(
                At(chars, 0), At(chars, 1), At(chars, 2), At(chars, 3), At(chars, 4), At(chars, 5), At(chars, 6), At(chars, 7));
        }

        // The eight characters that end with the lane's last, moved down to its first, and spaces above them.
        Vector128<ushort> last = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)(end - Vector128<ushort>.Count));
        Vector128<byte> from = Vector128.Create((byte)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15) + Vector128.Create((byte)(2 * (Vector128<ushort>.Count - count)));
        Vector128<ushort> moved = (Ssse3.IsSupported ? Ssse3.Shuffle(last.AsByte(), from) : Vector128.Shuffle(last.AsByte(), from)).AsUInt16();
        Vector128<ushort> tail = Vector128.GreaterThanOrEqual(Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7), Vector128.Create((ushort)count));
        return Vector128.ConditionalSelect(tail, Vector128.Create((ushort)' '), moved);
    }

    /// <summary>
    /// Whether every word of <paramref name="text"/> is made of ASCII letters and digits: its other characters may be
    /// anything that is not part of a word (curly quotes, dashes, no-break spaces, symbols). <see cref="ScanAscii"/> takes
    /// every such text, and some more.
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

            if (IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                return false;
            }

            int next = text[(i + 1)..].IndexOfAnyExceptInRange('\0', '\u007F');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return true;
    }

    /// <summary>Letters, marks, decimal digits and format characters: what the per-character scan takes into a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordCategory(UnicodeCategory category) =>
        category is <= UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.Format;

    private static bool IsPunctuation(UnicodeCategory category) => category is UnicodeCategory.ConnectorPunctuation
        or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
        or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    /// <summary>The hash and table value of the word of ASCII letters and digits at <paramref name="start"/>.</summary>
    private static (uint Hash, ulong Value) LookupAsciiWord(ReadOnlySpan<char> text, int start, int length, WordTable stopwords)
    {
        if (length <= WordTable.MaxPackedLength)
        {
            return LookupKey(WordTable.PackAsciiFolded(text, start, length), stopwords);
        }

        uint hash = WordTable.HashAsciiFolded(text, start, length);
        return (hash, length <= WordTable.MaxWordLength ? stopwords.LookupLongAsciiFolded(text.Slice(start, length), hash) : 0);
    }

    /// <summary>The hash and table value of the word whose packed key is <paramref name="key"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (uint Hash, ulong Value) LookupKey(ulong key, WordTable stopwords)
    {
        ulong product = WordTable.KeyProduct(key);
        return (WordTable.HashOfProduct(product), stopwords.Lookups.LookupPacked(key, product));
    }

    /// <summary>
    /// Bit masks of the ASCII letters, upper-case letters, digits and punctuation among 64 characters, and the characters
    /// as bytes with bit 0x20 set (the lower case of a letter or digit) in <paramref name="folded"/>.
    /// </summary>
    /// <returns>The mask of the characters beyond ASCII, which are in none of the other masks.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Classify(ReadOnlySpan<char> chunk, out ulong letters, out ulong upper, out ulong digits, out ulong punctuation, Span<byte> folded)
    {
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chunk));
        ref byte bytes = ref MemoryMarshal.GetReference(folded);
        letters = upper = digits = punctuation = 0;
        ulong nonAscii = 0;

        // Classified as bytes, sixteen characters per compare: a character beyond ASCII narrows to any byte, so its bit is
        // cleared from every mask at the end. (Two 256-bit halves per step measured no faster than this.)
        Vector128<ushort> high = Vector128.Create((ushort)0xFF80);
        for (int i = 0; i < 64; i += 2 * Vector128<ushort>.Count)
        {
            Vector128<ushort> lower = Vector128.LoadUnsafe(ref first, (nuint)i);
            Vector128<ushort> upperHalf = Vector128.LoadUnsafe(ref first, (nuint)(i + Vector128<ushort>.Count));
            nonAscii |= (ulong)Vector128.Narrow(
                Vector128.Min(lower & high, Vector128.Create((ushort)0x80)),
                Vector128.Min(upperHalf & high, Vector128.Create((ushort)0x80))).ExtractMostSignificantBits() << i;
            Vector128<byte> v = Vector128.Narrow(lower, upperHalf);
            Vector128<byte> lowered = v | Vector128.Create((byte)0x20);
            letters |= (ulong)Vector128.LessThan(lowered - Vector128.Create((byte)'a'), Vector128.Create((byte)26)).ExtractMostSignificantBits() << i;
            upper |= (ulong)Vector128.LessThan(v - Vector128.Create((byte)'A'), Vector128.Create((byte)26)).ExtractMostSignificantBits() << i;
            digits |= (ulong)Vector128.LessThan(v - Vector128.Create((byte)'0'), Vector128.Create((byte)10)).ExtractMostSignificantBits() << i;
            punctuation |= (ulong)PunctuationBytes(v).ExtractMostSignificantBits() << i;
            lowered.StoreUnsafe(ref bytes, (nuint)i);
        }

        letters &= ~nonAscii;
        upper &= ~nonAscii;
        digits &= ~nonAscii;
        punctuation &= ~nonAscii;
        return nonAscii;
    }

    // The ASCII punctuation of AsciiClasses as a nibble table: byte b is punctuation when bit (b >> 4) of
    // PunctuationByLowNibble[b & 15] is set. High nibbles 8-15 have no bit, so no byte of 128 or more is punctuation.
    private static readonly Vector128<byte> PunctuationByLowNibble = BuildPunctuationTable();
    private static readonly Vector128<byte> BitOfHighNibble = Vector128.Create((byte)1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0);

    private static Vector128<byte> BuildPunctuationTable()
    {
        Span<byte> table = stackalloc byte[16];
        for (int c = 0; c < 128; c++)
        {
            if (AsciiClasses[c] == Punct)
            {
                table[c & 15] |= (byte)(1 << (c >> 4));
            }
        }

        return Vector128.Create((ReadOnlySpan<byte>)table);
    }

    /// <summary>0xFF in each lane of <paramref name="bytes"/> that is ASCII punctuation, 0 elsewhere.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> PunctuationBytes(Vector128<byte> bytes)
    {
        Vector128<byte> low = bytes & Vector128.Create((byte)15);
        Vector128<byte> highNibble = Vector128.ShiftRightLogical(bytes, 4);
        Vector128<byte> hit = LookupNibble(PunctuationByLowNibble, low) & LookupNibble(BitOfHighNibble, highNibble);
        return ~Vector128.Equals(hit, Vector128<byte>.Zero);
    }

    /// <summary>Each lane of <paramref name="indices"/> (0-15) replaced by that entry of <paramref name="table"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> LookupNibble(Vector128<byte> table, Vector128<byte> indices)
    {
        if (Ssse3.IsSupported)
        {
            return Ssse3.Shuffle(table, indices);
        }

        if (AdvSimd.Arm64.IsSupported)
        {
            return AdvSimd.Arm64.VectorTableLookup(table, indices);
        }

        return Vector128.Shuffle(table, indices);
    }

    /// <summary>A chunk's lower-case bytes after the previous chunk's last <see cref="FoldedCarry"/>, and room for a read past them.</summary>
    [InlineArray(FoldedCarry + 64 + 16)]
    private struct FoldedBuffer
    {
        private byte _first;
    }

    private readonly record struct Counts(int Letters, int Upper, int Digits, int Punctuation, bool CopyrightSign);

    /// <summary>Writes what a scan found into the block and its lexicon counts; both scans end here.</summary>
    private static void SetFeatures(ref Block block, ref LexiconHints lexicon, ReadOnlySpan<char> text, in Counts counts, in WordTally words, Script script, int scriptLetters)
    {
        block.WordCount = words.Words;
        block.LetterCount = counts.Letters;
        block.UpperCount = counts.Upper;
        block.DigitCount = counts.Digits;
        block.PunctuationCount = counts.Punctuation;
        block.StopwordCount = words.Stopwords;
        block.Script = script;
        block.ScriptLetterCount = scriptLetters;
        block.NormalizedHash = words.LineHash;
        lexicon = new LexiconHints
        {
            PhraseReach = (byte)Math.Min(words.PhraseReach, byte.MaxValue),
            DateWordCount = (byte)Math.Min(words.DateWords, byte.MaxValue),
            HasAnchor = words.Anchors > 0,
            HasCopyrightSign = counts.CopyrightSign,
        };
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
    private static void EndWord<THits>(
        Span<char> word,
        ref int wordLength,
        ref LongWordHash longWord,
        ref WordTally tally,
        WordTable stopwords,
        byte[] pageStopwordSets,
        ref THits hits)
        where THits : struct, IStopwordRecorder
    {
        if (wordLength == 0)
        {
            return;
        }

        uint wordHash;
        ulong value = 0;
        if (wordLength <= word.Length)
        {
            value = stopwords.Lookup(word[..wordLength], out wordHash);
        }
        else
        {
            ulong state = (wordLength - word.Length) % 4 == 0 ? longWord.State : WordTable.StepChunk(longWord.State, longWord.Pending);
            wordHash = WordTable.EndChunks(state, wordLength);
            longWord = default;
        }

        tally.AddWord(wordHash, value, pageStopwordSets, ref hits);
        wordLength = 0;
    }

    /// <summary>
    /// What a block's words add up to: their number, their stopwords of the page language, their navigation lexicon
    /// counts (phrase reach, date words, anchors) and the line hash; each scan counts its words through one.
    /// </summary>
    /// <remarks>
    /// A word adds its stopword and lexicon counts to one packed 64-bit sum, so a word loop keeps two running values (this
    /// sum and the line hash) instead of four; the sum is moved into the totals at least every
    /// <see cref="MaxPendingWords"/> words, before any 16-bit field can carry.
    /// </remarks>
    private struct WordTally(ulong lineHash)
    {
        /// <summary>The most words that may be added between two calls of <see cref="Flush"/>: 7 × 2,048 fits 16 bits.</summary>
        public const int MaxPendingWords = 2048;

        // Fields of the packed sum, 16 bits each: stopwords, phrase reach, date words, anchors.
        private const int PhraseField = 16, DateField = 32, AnchorField = 48;

        /// <summary>The number of words, which the scans count themselves: the vector scan adds a chunk's words at once.</summary>
        public int Words;
        public int Stopwords;
        public int PhraseReach;
        public int DateWords;
        public int Anchors;
        public ulong LineHash = lineHash;

        /// <summary>The packed sum of the words added since the last <see cref="Flush"/>.</summary>
        public ulong Pending;

        /// <summary>
        /// Per value of a table value's top six bits (phrase length, date bit, a bit no value sets, anchor bit), what they add to
        /// the packed sum: one load instead of shifts and masks per field.
        /// </summary>
        private static readonly ulong[] s_lexiconCounts = BuildLexiconCounts();

        /// <summary>Adds a word's hash and table value (a stopword of some languages, a lexicon word, both or neither).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add<THits>(uint hash, ulong value, byte[] pageStopwordSets, ref THits hits)
            where THits : struct, IStopwordRecorder
        {
            LineHash = NextLineHash(LineHash, hash);
            Pending += PendingCounts(value, ref MemoryMarshal.GetArrayDataReference(pageStopwordSets));
            RecordLanguages(value, ref hits);
        }

        /// <summary>Hands the language set of a word's table value to the recorder of the language sample, if one is active.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void RecordLanguages<THits>(ulong value, ref THits hits)
            where THits : struct, IStopwordRecorder
        {
            if (hits.IsActive)
            {
                hits.AddIfNotZero(Languages.Stopwords.SetOf(value));
            }
        }

        /// <summary>Counts one word and adds it, for the scan that finds words one at a time.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddWord<THits>(uint hash, ulong value, byte[] pageStopwordSets, ref THits hits)
            where THits : struct, IStopwordRecorder
        {
            Words++;
            Add(hash, value, pageStopwordSets, ref hits);
            if (Words % MaxPendingWords == 0)
            {
                Flush();
            }
        }

        /// <summary>The line hash after a word of hash <paramref name="hash"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong NextLineHash(ulong lineHash, uint hash) => (lineHash ^ hash) * LineHashPrime;

        /// <summary>What a word of table value <paramref name="value"/> adds to <see cref="Pending"/>.</summary>
        /// <param name="value">The word's table value.</param>
        /// <param name="pageStopwordSets">The first of <see cref="Languages.Stopwords.SetsHolding"/> of the page language, from the stopwords of the table.</param>
        /// <remarks>Branch-free: whether a word is a stopword or a lexicon word is a coin toss the CPU cannot predict.</remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong PendingCounts(ulong value, ref byte pageStopwordSets) =>
            // The top six bits index the 64 entries, and the set index is below the set count the array holds: no bounds
            // checks, so the word loop holds no call to their failure.
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s_lexiconCounts), (nint)(value >> LexiconWordBits.PhraseLengthShift))
            + Unsafe.Add(ref pageStopwordSets, (nint)Languages.Stopwords.SetOf(value));

        /// <summary>Moves the packed sum into the totals.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Flush()
        {
            Stopwords += (int)(Pending & 0xFFFF);
            PhraseReach += (int)((Pending >> PhraseField) & 0xFFFF);
            DateWords += (int)((Pending >> DateField) & 0xFFFF);
            Anchors += (int)(Pending >> AnchorField);
            Pending = 0;
        }

        private static ulong[] BuildLexiconCounts()
        {
            var counts = new ulong[1 << (64 - LexiconWordBits.PhraseLengthShift)];
            for (int i = 0; i < counts.Length; i++)
            {
                ulong value = (ulong)i << LexiconWordBits.PhraseLengthShift;
                counts[i] = (((value >> LexiconWordBits.PhraseLengthShift) & LexiconWordBits.MaxPhraseLength) << PhraseField)
                    | (((value >> LexiconWordBits.DateWordBitIndex) & 1) << DateField)
                    | ((value >> LexiconWordBits.AnchorBitIndex) << AnchorField);
            }

            return counts;
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
