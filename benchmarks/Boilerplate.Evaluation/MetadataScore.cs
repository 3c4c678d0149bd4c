using System.Text;
using System.Text.Json;

namespace Boilerplate.Evaluation;

/// <summary>
/// Scores metadata against a data set's <c>meta.jsonl</c> (<c>{"id", "title", "author", "date"}</c>) as
/// <c>../shared/eval/tools/score_meta.py</c> does: over the pages whose gold value is not null, the title matches when equal
/// after lower-casing and collapsing white space; the author when either normalised string contains the other (an empty
/// prediction never matches); the date when the first ten characters (<c>yyyy-MM-dd</c>) are equal.
/// </summary>
public static class MetadataScore
{
    public static readonly string[] Fields = ["title", "author", "date"];

    /// <summary>
    /// The strings scored for a page: the title, the first author (the gold is one string, and a name it holds matches; the
    /// report also gives the rate of all names joined by ", "), and the publication date.
    /// </summary>
    public static string?[] Prediction(PageMetadata metadata, bool allAuthors = false) =>
        [metadata.Title, metadata.Authors.Count == 0 ? null : allAuthors ? string.Join(", ", metadata.Authors) : metadata.Authors[0], metadata.DatePublished];

    /// <summary>The gold values of <paramref name="directory"/>'s <c>meta.jsonl</c> by page id; <see langword="null"/> when it has none.</summary>
    public static IReadOnlyDictionary<string, string?[]>? LoadGold(string directory)
    {
        string path = Path.Combine(directory, "meta.jsonl");
        if (!File.Exists(path))
        {
            return null;
        }

        var gold = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            gold[root.GetProperty("id").ToString()] = Fields
                .Select(f => root.TryGetProperty(f, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
                .ToArray();
        }

        return gold;
    }

    /// <summary>One page's figures for each field.</summary>
    public static FieldScore[] ScorePage(string?[] gold, string?[] predicted)
    {
        var scores = new FieldScore[Fields.Length];
        for (int f = 0; f < Fields.Length; f++)
        {
            string g = Normalize(gold[f]), p = Normalize(predicted[f]);
            scores[f] = gold[f] is null or ""
                ? new FieldScore(0, 0, 0, p.Length > 0 ? 1 : 0)
                : new FieldScore(1, p.Length > 0 ? 1 : 0, Matches(Fields[f], g, p) ? 1 : 0, 0);
        }

        return scores;
    }

    /// <summary>score_meta.py's <c>norm</c>: white space runs collapsed to one space, trimmed, lower-cased.</summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = new StringBuilder(value.Length);
        bool space = false;
        foreach (char c in value)
        {
            // Python's \s on str: Unicode white space and the separators \x1c-\x1f.
            if (char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f')
            {
                space = text.Length > 0;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }

        return text.ToString().ToLowerInvariant();
    }

    private static bool Matches(string field, string gold, string predicted) => predicted.Length > 0 && field switch
    {
        "title" => gold == predicted,
        "author" => gold.Contains(predicted, StringComparison.Ordinal) || predicted.Contains(gold, StringComparison.Ordinal),
        _ => gold[..Math.Min(10, gold.Length)] == predicted[..Math.Min(10, predicted.Length)],
    };
}
