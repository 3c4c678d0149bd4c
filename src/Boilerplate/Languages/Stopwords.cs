using Boilerplate.Filters.Navigation;
using Boilerplate.Text;

namespace Boilerplate.Languages;

/// <summary>
/// The stopword lists of stopwords-iso 1.1.0 (MIT), embedded as <c>stopwords.txt</c>, in one
/// <see cref="WordTable"/> whose values are bit masks over <see cref="Languages"/>.
/// </summary>
internal sealed class Stopwords
{
    private static readonly Lazy<Stopwords> s_default = new(LoadEmbedded);

    /// <summary>Where a navigation phrase's first word keeps the most words a phrase starting with it has (1–7; <see cref="Block.LexiconReach"/>).</summary>
    public const int PhraseLengthShift = 58;

    /// <summary>The longest phrase length the value holds; a word starting a longer phrase is an anchor too.</summary>
    public const int MaxPhraseLength = 7;

    /// <summary>The bit of a value that marks a word of a navigation lexicon date phrase (<see cref="DateWordBit"/>).</summary>
    public const int DateWordBitIndex = 61;

    /// <summary>Marks a word of a navigation lexicon date phrase (<see cref="Block.DateWordCount"/>).</summary>
    public const ulong DateWordBit = 1UL << DateWordBitIndex;

    /// <summary>The one bit no table value sets: a stand-in for a page language's bit when the page has none.</summary>
    public const int UnusedBitIndex = 62;

    /// <summary>Marks the first word of a phrase that decides a line wherever it stands (<see cref="Block.HasLexiconAnchor"/>).</summary>
    public const ulong LexiconAnchorBit = 1UL << 63;

    /// <summary>The bits of a table value that stand for languages.</summary>
    public const ulong LanguageMask = (1UL << PhraseLengthShift) - 1;

    /// <summary>Builds the table from stopword lists, plus the lexicon words the scanner counts for the navigation filter.</summary>
    /// <param name="lists">Per language its stopwords; at most 58 languages.</param>
    /// <param name="phraseStarts">First words of the navigation lexicon's phrases but its dates, with their longest phrase, summed per block in one lookup with the stopwords.</param>
    /// <param name="dateWords">Lower-cased words of the navigation lexicon's date phrases, counted apart.</param>
    /// <param name="lexiconAnchors">Lower-cased first words of the phrases that decide a line wherever they stand.</param>
    public Stopwords(IReadOnlyList<(string Language, IEnumerable<string> Words)> lists, IReadOnlyDictionary<string, int> phraseStarts, IEnumerable<string> dateWords, IEnumerable<string> lexiconAnchors)
    {
        if (lists.Count > PhraseLengthShift)
        {
            throw new ArgumentException("At most 58 languages fit the mask beside the lexicon bits.", nameof(lists));
        }

        Languages = lists.Select(l => l.Language).ToArray();
        Table = new WordTable(lists.SelectMany((list, i) => list.Words.Select(w => new KeyValuePair<string, ulong>(w, 1UL << i)))
            .Concat(phraseStarts.Select(p => new KeyValuePair<string, ulong>(p.Key, PhraseStartValue(p.Value))))
            .Concat(dateWords.Select(w => new KeyValuePair<string, ulong>(w, DateWordBit)))
            .Concat(lexiconAnchors.Select(w => new KeyValuePair<string, ulong>(w, LexiconAnchorBit))));
    }

    private static ulong PhraseStartValue(int length) => length > MaxPhraseLength
        ? LexiconAnchorBit | ((ulong)MaxPhraseLength << PhraseLengthShift)
        : (ulong)length << PhraseLengthShift;

    /// <summary>The lists embedded in the assembly.</summary>
    public static Stopwords Default => s_default.Value;

    /// <summary>ISO 639-1 codes, indexed by bit position.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Word → languages listing it.</summary>
    public WordTable Table { get; }

    private static Stopwords LoadEmbedded()
    {
        using Stream stream = typeof(Stopwords).Assembly.GetManifestResourceStream("Boilerplate.stopwords.txt")
            ?? throw new InvalidOperationException("The embedded stopword lists are missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lists = new List<(string, IEnumerable<string>)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            lists.Add((line[..tab], line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }

        return new Stopwords(lists, NavigationLexicon.PhraseStarts(), NavigationLexicon.DateWords(), NavigationLexicon.AnchorWords());
    }
}
