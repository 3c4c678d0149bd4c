using System.Runtime.CompilerServices;
using Boilerplate.Text;

namespace Boilerplate.Filters.Navigation;

/// <summary>
/// Finds lexicon phrases in a line's words: one table lookup per word gives its id among the lexicon's words and the
/// phrases starting with it, longest first; a phrase is then matched by comparing ids, so a line is matched in time
/// linear in its words with no string compared.
/// </summary>
internal sealed class PhraseMatcher
{
    /// <summary>The most words <see cref="Match"/> reads from a line.</summary>
    public const int MaxWords = 64;

    // A table value: the word's id in the low 16 bits, and 1 + the index of the group of phrases it starts above them.
    private const int GroupShift = 16;
    private const int IdMask = (1 << GroupShift) - 1;

    private readonly WordTable _words;
    private readonly (int[] Ids, LexiconCategory Category)[][] _groups;

    public PhraseMatcher(IEnumerable<(LexiconCategory Category, string[] Phrases)> entries)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<(int[], LexiconCategory)>>(StringComparer.Ordinal);
        foreach ((LexiconCategory category, string[] phrases) in entries)
        {
            foreach (string phrase in phrases)
            {
                string[] words = LowerWords.Split(phrase);
                if (words.Length == 0)
                {
                    continue;
                }

                int[] phraseIds = [.. words.Select(w => ids.TryGetValue(w, out int id) ? id : ids[w] = ids.Count + 1)];
                if (!groups.TryGetValue(words[0], out List<(int[], LexiconCategory)>? list))
                {
                    groups[words[0]] = list = [];
                }

                list.Add((phraseIds, category));
            }
        }

        string[] firstWords = [.. groups.Keys];
        if (ids.Count > IdMask || firstWords.Length > int.MaxValue >> GroupShift)
        {
            throw new ArgumentException($"At most {IdMask} distinct lexicon words and {int.MaxValue >> GroupShift} first words fit a table value.", nameof(entries));
        }

        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        _groups = new (int[], LexiconCategory)[firstWords.Length][];
        for (int g = 0; g < firstWords.Length; g++)
        {
            // Longest phrase first, so "all rights reserved" wins over a shorter phrase with the same start.
            _groups[g] = [.. groups[firstWords[g]].OrderByDescending(p => p.Item1.Length)];
            groupOf[firstWords[g]] = g + 1;
        }

        _words = new WordTable(ids.Select(p => new KeyValuePair<string, ulong>(
            p.Key, (uint)p.Value | ((ulong)groupOf.GetValueOrDefault(p.Key) << GroupShift))));
    }

    /// <summary>Counts, per category, the words of <paramref name="words"/> covered by phrases; each word counts once.</summary>
    /// <param name="buffer">The lower-cased characters the ranges point into.</param>
    /// <param name="words">The line's words; the first <see cref="MaxWords"/> are read.</param>
    /// <param name="covered">Receives per category bit (0–7) the number of covered words.</param>
    /// <returns>The categories found.</returns>
    [SkipLocalsInit]
    public LexiconCategory Match(ReadOnlySpan<char> buffer, ReadOnlySpan<Range> words, Span<int> covered)
    {
        covered.Clear();
        if (words.Length > MaxWords)
        {
            words = words[..MaxWords];
        }

        Span<int> values = stackalloc int[MaxWords];
        values = values[..words.Length];
        for (int k = 0; k < words.Length; k++)
        {
            values[k] = (int)_words.Lookup(buffer, words[k]);
        }

        LexiconCategory found = LexiconCategory.None;
        int i = 0;
        while (i < values.Length)
        {
            int group = values[i] >> GroupShift;
            int matchedLength = 0;
            if (group != 0)
            {
                foreach ((int[] phrase, LexiconCategory category) in _groups[group - 1])
                {
                    if (Matches(phrase, values[i..]))
                    {
                        matchedLength = phrase.Length;
                        found |= category;
                        covered[System.Numerics.BitOperations.TrailingZeroCount((uint)category)] += phrase.Length;
                        break;
                    }
                }
            }

            i += Math.Max(1, matchedLength);
        }

        return found;
    }

    /// <summary>Whether the line's words from the phrase's start are the phrase: its first word is known to match.</summary>
    private static bool Matches(int[] phrase, ReadOnlySpan<int> values)
    {
        if (phrase.Length > values.Length)
        {
            return false;
        }

        for (int k = 1; k < phrase.Length; k++)
        {
            if ((values[k] & IdMask) != phrase[k])
            {
                return false;
            }
        }

        return true;
    }
}
