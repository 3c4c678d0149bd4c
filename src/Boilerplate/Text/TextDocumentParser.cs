using System.Buffers;
using Boilerplate.Languages;

namespace Boilerplate.Text;

/// <summary>Turns a text dump into a <see cref="PageDocument"/>: one block per non-blank line.</summary>
internal static class TextDocumentParser
{
    /// <summary>Characters read to detect the page language; enough for a confident vote, bounded for huge pages.</summary>
    private const int LanguageSampleChars = 64 * 1024;

    private const int ScriptSlots = 256;

    public static PageDocument Parse(string source, Stopwords stopwords)
    {
        ReadOnlySpan<char> text = source;
        ulong languageBit = DetectLanguage(text, stopwords, out string? language);

        int capacity = text.Count('\n') + 1;
        if (capacity == 1)
        {
            capacity = text.Count('\r') + 1;
        }

        Block[] rented = ArrayPool<Block>.Shared.Rent(Math.Min(capacity, text.Length + 1));
        Span<int> scriptCounts = stackalloc int[ScriptSlots];
        scriptCounts.Clear();
        int count = 0;
        try
        {
            bool blankBefore = true;
            var lines = new LineSplitter(text);
            while (lines.MoveNext())
            {
                if (lines.Length == 0)
                {
                    blankBefore = true;
                    continue;
                }

                if (count == rented.Length)
                {
                    Block[] larger = ArrayPool<Block>.Shared.Rent(count * 2);
                    rented.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<Block>.Shared.Return(rented, clearArray: true);
                    rented = larger;
                }

                ref Block block = ref rented[count];
                block = new Block
                {
                    Start = lines.Start,
                    Length = lines.Length,
                    LineNumber = lines.LineNumber,
                    Traits = blankBefore ? BlockTraits.BlankBefore : BlockTraits.None,
                    MarkupStart = -1,
                    Element = -1,
                };
                FeatureScanner.Scan(text.Slice(lines.Start, lines.Length), ref block, stopwords.Table, languageBit, default, scriptCounts);
                blankBefore = false;
                count++;
            }

            var document = new PageDocument(source, rented.AsSpan(0, count).ToArray(), PageFormat.Text)
            {
                Language = language,
            };
            SetMainScript(document, scriptCounts);
            return document;
        }
        finally
        {
            ArrayPool<Block>.Shared.Return(rented, clearArray: true);
        }
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
    internal static ulong DetectLanguage(ReadOnlySpan<char> text, Stopwords stopwords, out string? language)
    {
        ReadOnlySpan<char> sample = text.Length <= LanguageSampleChars ? text : text[..LanguageSampleChars];
        Span<int> counts = stackalloc int[64];
        counts.Clear();
        Block scratch = default;
        FeatureScanner.Scan(sample, ref scratch, stopwords.Table, 0, counts, default);

        int best = 0;
        for (int i = 1; i < stopwords.Languages.Count; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        // A language must explain a real share of the words; otherwise stay language-independent.
        if (counts[best] < 3 || counts[best] < scratch.WordCount / 20)
        {
            language = null;
            return 0;
        }

        language = stopwords.Languages[best];
        return 1UL << best;
    }
}
