using System.Text;
using System.Text.RegularExpressions;

namespace Boilerplate.Cli.Records;

/// <summary>
/// A shell-style path pattern: <c>*</c> and <c>?</c> within one folder name, <c>**</c> across folders
/// (<c>crawl/**/*.warc.gz</c>). Matched against paths relative to the pattern's fixed leading folders, with <c>/</c>
/// between names.
/// </summary>
internal sealed class Glob
{
    private readonly Regex _regex;

    private Glob(string root, string pattern)
    {
        Root = root;
        Pattern = pattern;
        _regex = new Regex(ToRegex(pattern), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    /// <summary>The folder before the first wildcard (<c>.</c> when the pattern starts with one).</summary>
    public string Root { get; }

    /// <summary>The rest of the pattern, relative to <see cref="Root"/>.</summary>
    public string Pattern { get; }

    public static bool HasWildcards(string path) => path.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>Splits <paramref name="path"/> into its fixed leading folders and its pattern.</summary>
    public static Glob Parse(string path)
    {
        string normalized = path.Replace('\\', '/');
        int wildcard = normalized.AsSpan().IndexOfAny('*', '?');
        int slash = normalized.LastIndexOf('/', wildcard);
        string root = slash < 0 ? "." : slash == 0 ? "/" : normalized[..slash];
        return new Glob(root, normalized[(slash + 1)..]);
    }

    /// <summary>Whether a path relative to <see cref="Root"/>, with <c>/</c> between names, matches.</summary>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                // "**/" is any number of folders, including none; a trailing "**" is anything.
                bool folder = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(folder ? "(?:[^/]*/)*" : ".*");
                i += folder ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return regex.Append('$').ToString();
    }
}
