using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

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
    private const int DateWordShift = 24;
    private const int LexiconAnchorShift = 48;

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
    /// <param name="languageCounts">When not empty, receives per language the number of its stopwords seen.</param>
    /// <param name="scriptCounts">When not empty (256 entries), receives per script the number of letters seen.</param>
    public static void Scan(
        ReadOnlySpan<char> text,
        ref Block block,
        WordTable stopwords,
        ulong languageBit,
        Span<int> languageCounts,
        Span<int> scriptCounts)
    {
        var hits = default(StopwordHits);
        Scan(text, ref block, stopwords, languageBit, languageCounts, scriptCounts, ref hits);
    }

    /// <summary>
    /// Scans every block of a page and detects the page language in the same pass: the result is the same as
    /// <see cref="TextDocumentParser.DetectLanguage"/> over <paramref name="text"/> followed by <see cref="Scan(ReadOnlySpan{char}, ref Block, WordTable, ulong, Span{int}, Span{int})"/>
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
        languageCounts.Clear();
        var hits = new StopwordHits(1024);
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
                Scan(text.Slice(block.Start, block.Length), ref block, table, 0, default, scriptCounts, ref hits);
                sampleWords += block.WordCount;

                // Until the language is known, the count holds the number of this block's masks in the hit buffer.
                block.StopwordCount = hits.Count - before;
            }

            int blockMasks = hits.Count;
            if (i < blocks.Length && blocks[i].Start < sampleEnd)
            {
                // The block the sample cuts votes with its words inside the sample; its masks go after the blocks' own.
                Block scratch = default;
                Scan(text[blocks[i].Start..sampleEnd], ref scratch, table, 0, default, default, ref hits);
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
                if (languageBit != 0)
                {
                    foreach (ulong mask in own)
                    {
                        if ((mask & languageBit) != 0)
                        {
                            stops++;
                        }
                    }
                }

                block.StopwordCount = stops;
            }

            for (; i < blocks.Length; i++)
            {
                ref Block block = ref blocks[i];
                var none = default(StopwordHits);
                Scan(text.Slice(block.Start, block.Length), ref block, table, languageBit, default, scriptCounts, ref none);
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
    /// count, so adding a mask is a carry through a few planes instead of a loop over its (often dozens of) languages.
    /// </summary>
    [SkipLocalsInit]
    internal static void CountLanguages(ReadOnlySpan<ulong> masks, Span<int> counts)
    {
        Span<ulong> planes = stackalloc ulong[32];
        planes.Clear();
        foreach (ulong mask in masks)
        {
            ulong carry = mask;
            for (int p = 0; carry != 0; p++)
            {
                ulong next = planes[p] & carry;
                planes[p] ^= carry;
                carry = next;
            }
        }

        for (int language = 0; language < counts.Length; language++)
        {
            int count = 0;
            for (int p = 0; p < planes.Length; p++)
            {
                count |= (int)((planes[p] >> language) & 1) << p;
            }

            counts[language] = count;
        }
    }

    [SkipLocalsInit]
    private static void Scan(
        ReadOnlySpan<char> text,
        ref Block block,
        WordTable stopwords,
        ulong languageBit,
        Span<int> languageCounts,
        Span<int> scriptCounts,
        ref StopwordHits hits)
    {
        Span<char> word = stackalloc char[WordTable.MaxWordLength];
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
                            ReadOnlySpan<char> head = text.Slice(start, Math.Min(run, word.Length));
                            for (int k = 0; k < head.Length; k++)
                            {
                                word[k] = (char)(head[k] | 0x20);
                            }

                            wordLength = run;
                            i--;
                            continue;
                        }

                        words++;
                        uint hash = WordTable.HashAsciiFolded(text.Slice(start, run));
                        lineHash = (lineHash ^ hash) * LineHashPrime;
                        if (run <= WordTable.MaxWordLength)
                        {
                            ulong value = stopwords.LookupAsciiFolded(text.Slice(start, run), hash);
                            if (value != 0)
                            {
                                RecordWord(value, ref stops, ref lexicon, languageBit, languageCounts, ref hits);
                            }
                        }

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

                    if ((uint)wordLength < (uint)word.Length)
                    {
                        word[wordLength] = c;
                    }

                    wordLength++;
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
                            EndWord(word, ref wordLength, ref words, ref stops, ref lineHash, ref lexicon, stopwords, languageBit, languageCounts, ref hits);
                            Append(c, word, ref wordLength);
                            EndWord(word, ref wordLength, ref words, ref stops, ref lineHash, ref lexicon, stopwords, languageBit, languageCounts, ref hits);
                        }
                        else
                        {
                            Append(codePoint <= char.MaxValue ? InvariantLower.ToLower(c) : c, word, ref wordLength);
                        }

                        continue;
                    case UnicodeCategory.DecimalDigitNumber:
                        digits++;
                        Append(c, word, ref wordLength);
                        continue;
                    case UnicodeCategory.NonSpacingMark:
                    case UnicodeCategory.SpacingCombiningMark:
                        if (wordLength > 0)
                        {
                            Append(c, word, ref wordLength);
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
                EndWord(word, ref wordLength, ref words, ref stops, ref lineHash, ref lexicon, stopwords, languageBit, languageCounts, ref hits);
            }
        }

        EndWord(word, ref wordLength, ref words, ref stops, ref lineHash, ref lexicon, stopwords, languageBit, languageCounts, ref hits);

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

        block.WordCount = words;
        block.LetterCount = letters;
        block.UpperCount = upper;
        block.DigitCount = digits;
        block.PunctuationCount = punctuation;
        block.StopwordCount = stops;
        block.Script = best < 0 ? Script.Unknown : (Script)scripts[best];
        block.ScriptLetterCount = best < 0 ? 0 : scriptLetters[best];
        block.NormalizedHash = lineHash;
        block.LexiconWordCount = (byte)Math.Min(lexicon & 0xFFFFFF, byte.MaxValue);
        block.DateWordCount = (byte)Math.Min((lexicon >> DateWordShift) & 0xFFFFFF, byte.MaxValue);
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
    private static void Append(char c, Span<char> word, ref int wordLength)
    {
        if (wordLength < word.Length)
        {
            word[wordLength] = c;
        }

        wordLength++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EndWord(
        Span<char> word,
        ref int wordLength,
        ref int words,
        ref int stops,
        ref ulong lineHash,
        ref long lexicon,
        WordTable stopwords,
        ulong languageBit,
        Span<int> languageCounts,
        ref StopwordHits hits)
    {
        if (wordLength == 0)
        {
            return;
        }

        words++;
        uint wordHash = wordLength <= word.Length
            ? WordTable.Hash(word[..wordLength])
            : WordTable.Hash(word) ^ (uint)wordLength; // a longer word is never looked up; its first characters and length stand for it
        lineHash = (lineHash ^ wordHash) * LineHashPrime;
        if (wordLength <= word.Length)
        {
            ulong value = stopwords.Lookup(word[..wordLength], wordHash);
            if (value != 0)
            {
                RecordWord(value, ref stops, ref lexicon, languageBit, languageCounts, ref hits);
            }
        }

        wordLength = 0;
    }

    /// <summary>Counts a word found in the table: a stopword of some languages, a lexicon word, or both.</summary>
    /// <remarks>
    /// <paramref name="lexicon"/> holds the lexicon words in its low 24 bits, the date words in the next 24 and a bit at
    /// <see cref="LexiconAnchorShift"/> once an anchor is seen (a block has fewer than 2^24 words: lines are cut at 1 Mi characters).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RecordWord(ulong value, ref int stops, ref long lexicon, ulong languageBit, Span<int> languageCounts, ref StopwordHits hits)
    {
        if ((value & ~Stopwords.LanguageMask) != 0)
        {
            lexicon += (long)((value & Stopwords.LexiconWordBit) >> 62) + (long)((value & Stopwords.DateWordBit) >> (61 - DateWordShift));
            lexicon |= (long)(value >> 63) << LexiconAnchorShift;
        }

        ulong languages = value & Stopwords.LanguageMask;
        if (languages == 0)
        {
            return;
        }

        if ((languages & languageBit) != 0)
        {
            stops++;
        }

        if (hits.IsActive)
        {
            hits.Add(languages);
        }

        if (!languageCounts.IsEmpty)
        {
            while (languages != 0)
            {
                languageCounts[BitOperations.TrailingZeroCount(languages)]++;
                languages &= languages - 1;
            }
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
