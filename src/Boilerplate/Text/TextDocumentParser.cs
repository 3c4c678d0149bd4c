using System.Buffers;

using Boilerplate.Filters.Navigation;
using Boilerplate.Internal;
using Boilerplate.Languages;

namespace Boilerplate.Text;

/// <summary>Turns a text dump into a <see cref="PageDocument"/>: one block per non-blank line.</summary>
internal static class TextDocumentParser
{
    /// <summary>Characters read to detect the page language; enough for a confident vote, bounded for huge pages.</summary>
    internal const int LanguageSampleChars = 64 * 1024;

    private const int ScriptSlots = 256;

    public static PageDocument Parse(string source, Stopwords stopwords)
    {
        ReadOnlySpan<char> text = source;

        // Lines are found first, as small ranges in a pooled buffer, so the blocks are allocated once at their exact count.
        using var lines = new PooledList<LineRange>(Math.Min(EstimateLines(text), text.Length + 1));
        bool blankBefore = true;
        var splitter = new LineSplitter(text);
        while (splitter.MoveNext())
        {
            if (splitter.Length == 0)
            {
                blankBefore = true;
                continue;
            }

            lines.Add(new LineRange(splitter.Start, splitter.Length, splitter.LineNumber, blankBefore));
            blankBefore = false;
        }

        ReadOnlySpan<LineRange> found = lines.AsSpan();
        var blocks = new Block[found.Length];
        for (int i = 0; i < blocks.Length; i++)
        {
            LineRange line = found[i];
            blocks[i] = new Block
            {
                Start = line.Start,
                Length = line.Length,
                LineNumber = line.LineNumber,
                Traits = line.BlankBefore ? BlockTraits.BlankBefore : BlockTraits.None,
                MarkupStart = -1,
                Element = -1,
            };
        }

        var scriptCountsBuffer = default(Buffer256<int>);
        Span<int> scriptCounts = ((Span<int>)scriptCountsBuffer)[..ScriptSlots];
        LexiconHints[] lexicon = ArrayPool<LexiconHints>.Shared.Rent(blocks.Length);
        FeatureScanner.ScanBlocks(text, blocks, lexicon, stopwords, scriptCounts, out string? language);
        var document = new PageDocument(source, blocks, PageFormat.Text, lexicon)
        {
            Language = language,
        };
        SetMainScript(document, scriptCounts);
        return document;
    }

    internal static void SetMainScript(PageDocument document, ReadOnlySpan<int> scriptCounts)
    {
        int total = 0, best = 0;
        for (int s = 0; s < scriptCounts.Length; s++)
        {
            total += scriptCounts[s];
            if (scriptCounts[s] > scriptCounts[best])
            {
                best = s;
            }
        }

        document.LetterCount = total;
        document.MainScript = total == 0 ? Script.Unknown : (Script)best;
        document.MainScriptShare = total == 0 ? 0 : (double)scriptCounts[best] / total;
    }

    /// <summary>Votes for the language whose stopwords cover most words of the page's first characters.</summary>
    /// <returns>The language's index in <paramref name="stopwords"/>, or <see cref="Stopwords.NoLanguage"/>.</returns>
    internal static int DetectLanguage(ReadOnlySpan<char> text, Stopwords stopwords, out string? language)
    {
        ReadOnlySpan<char> sample = text.Length <= LanguageSampleChars ? text : text[..LanguageSampleChars];
        var hits = new StopwordHits(sample.Length);
        try
        {
            Block scratch = default;
            LexiconHints scratchLexicon = default;
            FeatureScanner.Scan(sample, ref scratch, ref scratchLexicon, stopwords.Table, stopwords.SetsHolding(Stopwords.NoLanguage), default, ref hits);
            return ChooseLanguage(hits.Sets, scratch.WordCount, stopwords, out language);
        }
        finally
        {
            hits.Dispose();
        }
    }

    /// <summary>
    /// The language whose stopwords are most of <paramref name="sets"/> (the language sets of the stopwords among
    /// <paramref name="words"/> words), when it explains a real share of the words; ties go to the language listed first.
    /// </summary>
    /// <returns>The language's index in <paramref name="stopwords"/>, or <see cref="Stopwords.NoLanguage"/>.</returns>
    internal static int ChooseLanguage(ReadOnlySpan<uint> sets, int words, Stopwords stopwords, out string? language)
    {
        language = null;
        if (stopwords.Languages.Count == 0)
        {
            return Stopwords.NoLanguage;
        }

        int[] buffer = ArrayPool<int>.Shared.Rent(stopwords.Languages.Count);
        try
        {
            Span<int> counts = buffer.AsSpan(0, stopwords.Languages.Count);
            FeatureScanner.CountLanguages(sets, stopwords, counts);
            int best = 0;
            for (int i = 1; i < counts.Length; i++)
            {
                if (counts[i] > counts[best])
                {
                    best = i;
                }
            }

            // A language must explain a real share of the words; otherwise stay language-independent.
            if (counts[best] < 3 || counts[best] < words / 20)
            {
                return Stopwords.NoLanguage;
            }

            language = stopwords.Languages[best];
            return best;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>A first guess of the line count (the buffer grows when it is short): dumps average 70 characters a line, and counting would cost a pass.</summary>
    private static int EstimateLines(ReadOnlySpan<char> text) => (text.Length / 32) + 64;

    private readonly record struct LineRange(int Start, int Length, int LineNumber, bool BlankBefore);
}
