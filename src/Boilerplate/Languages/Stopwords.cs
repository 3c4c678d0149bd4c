using Boilerplate.Filters.Navigation;
using Boilerplate.Text;

namespace Boilerplate.Languages;

/// <summary>
/// The stopword lists of stopwords-iso 1.1.0 (MIT), embedded as <c>stopwords.txt</c>, in the scanner's <see cref="WordTable"/>.
/// Any number of languages: the low 32 bits of a table value hold the index of its word's language set (the distinct sets
/// of languages listing a word, numbered at load). The bits above are other counts' (<see cref="LexiconWordBits"/>),
/// given to the constructor, so that a word costs the scan one lookup.
/// </summary>
internal sealed class Stopwords
{
    private static readonly Lazy<Stopwords> s_default = new(LoadEmbedded);

    /// <summary>The language index of a page whose language is not known.</summary>
    public const int NoLanguage = -1;

    // Per language, per language set: 1 when the set holds the language. The last array, all zeros, is for NoLanguage.
    private readonly byte[][] _setsHolding;
    private readonly int[][] _languagesOfSet;

    /// <summary>Builds the table from stopword lists and the words other counts of the scan give bits.</summary>
    /// <param name="lists">Per language its stopwords, in the order ties between languages are broken.</param>
    /// <param name="otherWords">Lower-cased words with bits above the low 32 (a word also in a list gets both).</param>
    /// <exception cref="ArgumentException">A language code occurs twice, or a value of <paramref name="otherWords"/> has a low bit.</exception>
    public Stopwords(IReadOnlyList<(string Language, IEnumerable<string> Words)> lists, IEnumerable<KeyValuePair<string, ulong>> otherWords)
    {
        Languages = lists.Select(l => l.Language).ToArray();
        if (Languages.Distinct(StringComparer.Ordinal).Count() != Languages.Count)
        {
            throw new ArgumentException("Each language has one list: a code occurs twice.", nameof(lists));
        }

        // Keyed as the table keys words, so that words it merges share one set.
        var languagesOfWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int language = 0; language < lists.Count; language++)
        {
            foreach (string word in lists[language].Words)
            {
                if (word.Length is 0 or > WordTable.MaxWordLength)
                {
                    continue;
                }

                string key = word.ToLowerInvariant();
                if (!languagesOfWord.TryGetValue(key, out List<int>? languages))
                {
                    languagesOfWord[key] = languages = [];
                }

                if (languages.Count == 0 || languages[^1] != language)
                {
                    languages.Add(language);
                }
            }
        }

        // Set 0 is the empty set: the value of a word no list holds.
        var setIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var sets = new List<int[]> { Array.Empty<int>() };
        var entries = new List<KeyValuePair<string, ulong>>(languagesOfWord.Count);
        foreach ((string word, List<int> languages) in languagesOfWord)
        {
            string name = string.Join(',', languages);
            if (!setIndex.TryGetValue(name, out int index))
            {
                setIndex[name] = index = sets.Count;
                sets.Add([.. languages]);
            }

            entries.Add(new(word, (ulong)index));
        }

        _languagesOfSet = [.. sets];
        _setsHolding = new byte[Languages.Count + 1][];
        for (int language = 0; language < _setsHolding.Length; language++)
        {
            _setsHolding[language] = new byte[sets.Count];
        }

        for (int set = 0; set < sets.Count; set++)
        {
            foreach (int language in sets[set])
            {
                _setsHolding[language][set] = 1;
            }
        }

        foreach (KeyValuePair<string, ulong> word in otherWords)
        {
            if (SetOf(word.Value) != 0)
            {
                throw new ArgumentException("The low 32 bits of a table value are its word's language set.", nameof(otherWords));
            }

            entries.Add(word);
        }

        Table = new WordTable(entries);
    }

    /// <summary>The lists embedded in the assembly.</summary>
    public static Stopwords Default => s_default.Value;

    /// <summary>The languages' codes (ISO 639-1 in the embedded lists), indexed by language index.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Word → its language set (the low 32 bits of the value, see <see cref="SetOf"/>) and the other words' bits.</summary>
    public WordTable Table { get; }

    /// <summary>The number of distinct language sets, the empty one included.</summary>
    public int SetCount => _languagesOfSet.Length;

    /// <summary>The language set of a word of table value <paramref name="value"/>: 0 when no list holds the word.</summary>
    public static uint SetOf(ulong value) => (uint)value;

    /// <summary>The language indexes of set <paramref name="set"/>.</summary>
    public ReadOnlySpan<int> LanguagesOf(uint set) => _languagesOfSet[set];

    /// <summary>
    /// Per language set, 1 when it holds <paramref name="language"/> (all 0 for <see cref="NoLanguage"/>): the stopword
    /// test of a page in that language is one load from this array at <see cref="SetOf"/> of a word's value.
    /// </summary>
    public byte[] SetsHolding(int language) => _setsHolding[language == NoLanguage ? Languages.Count : language];

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
            if (tab <= 0)
            {
                throw new InvalidDataException($"stopwords.txt line \"{line[..Math.Min(line.Length, 20)]}\" is not a language code, a tab and its words.");
            }

            lists.Add((line[..tab], line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }

        return new Stopwords(lists, LexiconWordBits.Entries());
    }
}
