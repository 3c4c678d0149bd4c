using System.Globalization;
using System.Text;

namespace Boilerplate.Evaluation;

/// <summary>
/// Scores extracted text against gold text exactly as <c>../shared/eval/tools/score.py</c> does (the
/// article-extraction-benchmark metric): each text becomes a multiset of 4-grams of <c>\w+</c> tokens, case kept;
/// per page tp/fp/fn are the multiset overlaps normalised to sum to 1; a data set's precision is the mean over pages
/// with tp+fp &gt; 0, its recall the mean over pages with tp+fn &gt; 0, and F1 the harmonic mean of the two means.
/// </summary>
/// <remarks>
/// <para>
/// Tokens follow Python's <c>re</c> <c>\w</c> on <c>str</c>, not .NET's: a word character is a code point that
/// <c>str.isalnum()</c> accepts (Unicode categories L* and Nd, Nl, No) or <c>_</c>. .NET's <c>\w</c> also matches
/// Mn and Pc and misses Nl/No, so tokens are cut by hand, code point by code point (surrogate pairs decoded).
/// Character categories come from the .NET runtime's Unicode tables: code points assigned after the reference
/// Python's Unicode version (3.11: Unicode 14.0) may differ; none occur in the evaluation data.
/// </para>
/// <para>
/// Floating-point steps are those of score.py, in its order, so figures agree to the last bit, not only to the
/// four decimals score.py prints. The methods are thread-safe.
/// </para>
/// </remarks>
public static class Scorer
{
    /// <summary>Shingle size: the benchmark's 4-grams.</summary>
    public const int N = 4;

    /// <summary>Scores one page.</summary>
    /// <param name="gold">The gold article text.</param>
    /// <param name="predicted">The extracted text; empty when the extractor produced nothing.</param>
    /// <returns>The normalised tp/fp/fn of the page.</returns>
    public static PageScore ScorePage(string gold, string predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);

        var vocabulary = new TokenVocabulary();
        var goldShingles = new Dictionary<Shingle, int>();
        int goldCount = AddShingles(gold, vocabulary, goldShingles);

        int predictedCount = 0, truePositive = 0;
        foreach (Shingle shingle in EnumerateShingles(TokenIds(predicted, vocabulary)))
        {
            predictedCount++;

            // Consuming gold copies one by one yields the multiset intersection, the sum of min(gold, predicted).
            if (goldShingles.TryGetValue(shingle, out int remaining) && remaining > 0)
            {
                goldShingles[shingle] = remaining - 1;
                truePositive++;
            }
        }

        return PageScore.FromCounts(truePositive, predictedCount - truePositive, goldCount - truePositive);
    }

    /// <summary>Averages page scores the way score.py does, in the order given (score.py: gold file names sorted).</summary>
    /// <param name="pages">The page scores.</param>
    /// <returns>Mean precision, mean recall and their F1.</returns>
    public static DatasetScore Aggregate(IEnumerable<PageScore> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);

        // Plain left-to-right sums, as Python 3.11's sum(); the count of pages is not a float step.
        double precisionSum = 0, recallSum = 0;
        int precisionPages = 0, recallPages = 0, count = 0;
        foreach (PageScore page in pages)
        {
            count++;
            if (page.Precision is double p)
            {
                precisionSum += p;
                precisionPages++;
            }

            if (page.Recall is double r)
            {
                recallSum += r;
                recallPages++;
            }
        }

        double precision = precisionPages > 0 ? precisionSum / precisionPages : 0.0;
        double recall = recallPages > 0 ? recallSum / recallPages : 0.0;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return new DatasetScore(count, precision, recall, f1);
    }

    /// <summary>The <c>\w+</c> tokens of a text, as Python's <c>re.findall(r'\w+', text)</c> returns them.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The tokens in order.</returns>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        int position = 0;
        while (NextToken(text, ref position, out int start, out int length))
        {
            tokens.Add(text.Substring(start, length));
        }

        return tokens;
    }

    /// <summary>Whether a code point is a Python <c>\w</c> character: a letter (L*), a number (Nd, Nl, No) or <c>_</c>.</summary>
    /// <param name="rune">The code point.</param>
    /// <returns><see langword="true"/> for a word character.</returns>
    public static bool IsWordCharacter(Rune rune)
    {
        if (rune.IsAscii)
        {
            int c = rune.Value;
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_';
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>Whether a text is empty or white space only, as Python's <c>not text.strip()</c> decides.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text has no character besides Python white space.</returns>
    /// <remarks>Python's <c>str.isspace()</c> is .NET's <see cref="char.IsWhiteSpace(char)"/> plus the information separators U+001C–U+001F.</remarks>
    public static bool IsBlank(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not (>= '\u001C' and <= '\u001F'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Finds the next token at or after <paramref name="position"/>.</summary>
    internal static bool NextToken(ReadOnlySpan<char> text, ref int position, out int start, out int length)
    {
        start = -1;
        int i = position;
        while (i < text.Length)
        {
            int width;
            bool word;
            char c = text[i];
            if (c < 0x80)
            {
                // ASCII fast path: most text in the evaluation data is ASCII.
                width = 1;
                word = (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_';
            }
            else
            {
                // A lone surrogate decodes as invalid: category Cs in Python, not a word character.
                word = Rune.DecodeFromUtf16(text[i..], out Rune rune, out width) == System.Buffers.OperationStatus.Done && IsWordCharacter(rune);
            }

            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                break;
            }

            i += width;
        }

        position = i;
        length = start < 0 ? 0 : i - start;
        return start >= 0;
    }

    /// <summary>The token ids of a text, adding new tokens to <paramref name="vocabulary"/>.</summary>
    internal static List<int> TokenIds(string text, TokenVocabulary vocabulary)
    {
        var ids = new List<int>();
        int position = 0;
        while (NextToken(text, ref position, out int start, out int length))
        {
            ids.Add(vocabulary.GetOrAdd(text.AsSpan(start, length)));
        }

        return ids;
    }

    /// <summary>
    /// The shingles of a token sequence, as score.py's <c>shingles()</c>: every 4-gram, or, for a text of one to three
    /// tokens, one shorter shingle of all its tokens; none for a text without tokens.
    /// </summary>
    internal static IEnumerable<Shingle> EnumerateShingles(List<int> ids)
    {
        if (ids.Count == 0)
        {
            yield break;
        }

        if (ids.Count < N)
        {
            yield return Shingle.Short(ids);
            yield break;
        }

        for (int i = 0; i + N <= ids.Count; i++)
        {
            yield return new Shingle(ids[i], ids[i + 1], ids[i + 2], ids[i + 3]);
        }
    }

    private static int AddShingles(string text, TokenVocabulary vocabulary, Dictionary<Shingle, int> counts)
    {
        int total = 0;
        foreach (Shingle shingle in EnumerateShingles(TokenIds(text, vocabulary)))
        {
            counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
            total++;
        }

        return total;
    }
}
