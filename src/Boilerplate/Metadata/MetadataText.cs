using System.Net;
using System.Text;

namespace Boilerplate.Metadata;

/// <summary>Cleans the strings metadata is read from: entities decoded, blanks collapsed, lists split, author names freed of bylines.</summary>
internal static class MetadataText
{
    private const int MaxNameChars = 80;
    private const int MaxNameWords = 6;

    // What a byline says before the names, in the lexicons' languages; longest first so "written by" wins over "by".
    private static readonly string[] s_bylinePrefixes =
    [
        "written by", "posted by", "published by", "words by", "story by", "article by", "reported by", "created by",
        "authors:", "author:", "autor:", "auteur :", "auteur:", "автор:", "by:", "by", "von", "par", "por", "di", "door", "da",
    ];

    // Where a byline's names end: a date, a separator, or what follows them.
    private static readonly string[] s_nameEnds =
    [
        " | ", "|", " • ", "•", " · ", "·", " — ", " – ", " - ", " on ", " updated", " published", " posted", " last ", " at ",
        " in ", "\n", " follow", " view all", " email", " twitter",
    ];

    // Roles and credentials that sit beside names but are none.
    private static readonly HashSet<string> s_notNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "phd", "ph.d", "ph.d.", "md", "m.d.", "rd", "rdn", "rn", "mph", "ms", "ma", "mba", "cpa", "jr", "jr.", "sr", "sr.", "esq",
        "staff", "staff writer", "writer", "editor", "senior editor", "contributor", "contributing writer", "reporter",
        "correspondent", "columnist", "journalist", "photographer", "admin", "administrator", "author", "guest author", "more",
        "user", "anonymous", "guest", "unknown", "by", "written by", "posted by", "published by", "von", "par", "por",
    };

    /// <summary>Entities decoded, blanks collapsed to single spaces, edges trimmed; <see langword="null"/> when nothing is left.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Contains('&', StringComparison.Ordinal))
        {
            value = WebUtility.HtmlDecode(value);
        }

        string text = Collapse(value);
        return text.Length == 0 ? null : text;
    }

    /// <summary>Runs of white space and control characters as one space, none at the edges.</summary>
    public static string Collapse(string value)
    {
        var text = new StringBuilder(value.Length);
        bool space = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
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

        return text.ToString();
    }

    /// <summary>A comma-, semicolon- or bar-separated list, its items cleaned.</summary>
    public static IEnumerable<string> SplitList(string value)
    {
        foreach (string item in value.Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Clean(item) is { } clean)
            {
                yield return clean;
            }
        }
    }

    /// <summary>Adds each value of a list (not already in it, ignoring case), cleaned.</summary>
    public static void AddDistinct(List<string> list, string? value)
    {
        if (Clean(value) is { } clean && !list.Contains(clean, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(clean);
        }
    }

    /// <summary>Whether a value is a URL or a handle rather than a name.</summary>
    public static bool IsUrlOrHandle(string value) =>
        value.Contains("://", StringComparison.Ordinal) || value.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith('@') || value.StartsWith('/') || value.Contains('@', StringComparison.Ordinal);

    /// <summary>
    /// Adds the names a byline or an author field holds: "By Jane Doe and John Roe | March 3, 2025" gives "Jane Doe" and
    /// "John Roe". URLs, handles, dates, roles and credentials are left out.
    /// </summary>
    /// <returns>Whether a name was added.</returns>
    public static bool AddAuthors(string? value, List<string> authors)
    {
        string? text = Clean(value);
        if (text is null || text.Length > 400 || IsUrlOrHandle(text))
        {
            return false;
        }

        text = StripPrefix(text);
        foreach (string end in s_nameEnds)
        {
            int at = text.IndexOf(end, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                text = text[..at];
            }
        }

        // A date or a count ends the names ("Jane Doe March 3, 2025", "Jane Doe 5 min read"), with the month before it.
        int digit = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit >= 0)
        {
            text = text[..digit].TrimEnd(' ', ',', '.');
            int lastSpace = text.LastIndexOf(' ');
            if (lastSpace > 0 && MetadataDates.IsMonthName(text.AsSpan(lastSpace + 1)))
            {
                text = text[..lastSpace];
            }
        }

        bool added = false;
        foreach (string part in text.Replace(" and ", ",", StringComparison.OrdinalIgnoreCase)
            .Replace(" & ", ",", StringComparison.Ordinal)
            .Replace(" und ", ",", StringComparison.OrdinalIgnoreCase)
            .Replace(" et ", ",", StringComparison.OrdinalIgnoreCase)
            .Split([',', ';', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string name = StripPrefix(part).Trim(' ', '.', ':', '-', '–', '—', '(', ')', '"', '\'');
            if (IsName(name) && !authors.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                authors.Add(name);
                added = true;
            }
        }

        return added;
    }

    /// <summary>One person's name written "Last, First" (as citation_author has it) turned to "First Last"; anything else as it is.</summary>
    public static string FirstNameFirst(string value)
    {
        int comma = value.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || value.IndexOf(',', comma + 1) >= 0)
        {
            return value;
        }

        string last = value[..comma].Trim(), first = value[(comma + 1)..].Trim();
        bool oneWordEach = last.Length > 1 && first.Length > 1 && !last.Contains(' ', StringComparison.Ordinal) && first.Split(' ').Length <= 2
            && char.IsUpper(last[0]) && char.IsUpper(first[0]) && !s_notNames.Contains(first.TrimEnd('.'));
        return oneWordEach ? first + " " + last : value;
    }

    private static string StripPrefix(string text)
    {
        foreach (string prefix in s_bylinePrefixes)
        {
            // "Written byJane Doe": markup without a space between the label and the name.
            if (text.Length > prefix.Length + 1 && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (prefix[^1] == ':' || !char.IsLetter(text[prefix.Length]) || (char.IsLower(text[prefix.Length - 1]) && char.IsUpper(text[prefix.Length]))))
            {
                return text[prefix.Length..].TrimStart(' ', ':');
            }
        }

        return text;
    }

    private static bool IsName(string name)
    {
        if (name.Length < 2 || name.Length > MaxNameChars || s_notNames.Contains(name) || IsUrlOrHandle(name) || MetadataDates.IsMonthName(name))
        {
            return false;
        }

        int words = 1, letters = 0;
        foreach (char c in name)
        {
            words += c == ' ' ? 1 : 0;
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return words <= MaxNameWords && letters >= 2;
    }
}
