using System.Collections.Concurrent;
using System.Text.Json;

namespace Boilerplate.Evaluation;

/// <summary>A page's address and type, from its data set's <c>pages.jsonl</c> (<c>{"id", "url", "type"}</c>) when it has one.</summary>
/// <param name="Url">The page's absolute URL, or <see langword="null"/>.</param>
/// <param name="Type">The data set's page type (article, forum, product, …), or <see langword="null"/>.</param>
public sealed record PageFacts(Uri? Url, string? Type)
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, PageFacts>> s_byDataset = new(StringComparer.Ordinal);

    /// <summary>The facts of every page of the data set in <paramref name="directory"/>; empty without <c>pages.jsonl</c>.</summary>
    public static IReadOnlyDictionary<string, PageFacts> Of(string directory) => s_byDataset.GetOrAdd(directory, Load);

    private static IReadOnlyDictionary<string, PageFacts> Load(string directory)
    {
        var facts = new Dictionary<string, PageFacts>(StringComparer.Ordinal);
        string path = Path.Combine(directory, "pages.jsonl");
        if (!File.Exists(path))
        {
            return facts;
        }

        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            string id = root.GetProperty("id").ToString();
            string? url = root.TryGetProperty("url", out JsonElement u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            string? type = root.TryGetProperty("type", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            facts[id] = new PageFacts(Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) ? uri : null, type);
        }

        return facts;
    }
}
