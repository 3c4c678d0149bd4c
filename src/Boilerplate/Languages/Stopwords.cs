using Boilerplate.Text;

namespace Boilerplate.Languages;

/// <summary>
/// The stopword lists of stopwords-iso 1.1.0 (MIT), embedded as <c>stopwords.txt</c>, in one
/// <see cref="WordTable"/> whose values are bit masks over <see cref="Languages"/>.
/// </summary>
internal sealed class Stopwords
{
    private static readonly Lazy<Stopwords> s_default = new(LoadEmbedded);

    public Stopwords(IReadOnlyList<(string Language, IEnumerable<string> Words)> lists)
    {
        if (lists.Count > 64)
        {
            throw new ArgumentException("At most 64 languages fit a 64-bit mask.", nameof(lists));
        }

        Languages = lists.Select(l => l.Language).ToArray();
        Table = new WordTable(lists.SelectMany((list, i) => list.Words.Select(w => new KeyValuePair<string, ulong>(w, 1UL << i))));
    }

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

        return new Stopwords(lists);
    }
}
