using Boilerplate.Text;

namespace Boilerplate.Filters.Navigation;

/// <summary>
/// Finds lexicon phrases in a line's words: one table lookup per word gives the phrases starting with it,
/// longest first, so a line is matched in time linear in its words.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly WordTable _firstWords;
    private readonly (string[] Words, LexiconCategory Category)[][] _groups;

    public PhraseMatcher(IEnumerable<(LexiconCategory Category, string[] Phrases)> entries)
    {
        var groups = new Dictionary<string, List<(string[], LexiconCategory)>>(StringComparer.Ordinal);
        foreach ((LexiconCategory category, string[] phrases) in entries)
        {
            foreach (string phrase in phrases)
            {
                string[] words = LowerWords.Split(phrase);
                if (words.Length == 0)
                {
                    continue;
                }

                if (!groups.TryGetValue(words[0], out List<(string[], LexiconCategory)>? list))
                {
                    groups[words[0]] = list = [];
                }

                list.Add((words, category));
            }
        }

        var keys = groups.Keys.ToArray();
        _groups = new (string[], LexiconCategory)[keys.Length][];
        for (int i = 0; i < keys.Length; i++)
        {
            // Longest phrase first, so "all rights reserved" wins over a shorter phrase with the same start.
            _groups[i] = [.. groups[keys[i]].OrderByDescending(p => p.Item1.Length)];
        }

        _firstWords = new WordTable(keys.Select((k, i) => new KeyValuePair<string, ulong>(k, (ulong)i + 1)));
    }

    /// <summary>Counts, per category, the words of <paramref name="words"/> covered by phrases; each word counts once.</summary>
    /// <param name="buffer">The lower-cased characters the ranges point into.</param>
    /// <param name="words">The line's words.</param>
    /// <param name="covered">Receives per category bit (0–7) the number of covered words.</param>
    /// <returns>The categories found.</returns>
    public LexiconCategory Match(ReadOnlySpan<char> buffer, ReadOnlySpan<Range> words, Span<int> covered)
    {
        covered.Clear();
        LexiconCategory found = LexiconCategory.None;
        int i = 0;
        while (i < words.Length)
        {
            ulong group = _firstWords.Lookup(buffer, words[i]);
            int matchedLength = 0;
            if (group != 0)
            {
                foreach ((string[] phrase, LexiconCategory category) in _groups[(int)group - 1])
                {
                    if (Matches(phrase, buffer, words[i..]))
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

    private static bool Matches(string[] phrase, ReadOnlySpan<char> buffer, ReadOnlySpan<Range> words)
    {
        if (phrase.Length > words.Length)
        {
            return false;
        }

        for (int k = 0; k < phrase.Length; k++)
        {
            if (!buffer[words[k]].SequenceEqual(phrase[k]))
            {
                return false;
            }
        }

        return true;
    }
}
