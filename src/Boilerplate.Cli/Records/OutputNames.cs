using System.Text;

namespace Boilerplate.Cli.Records;

/// <summary>File names for records' outputs in a folder, made from their ids.</summary>
internal static class OutputNames
{
    private const int MaxLength = 200;

    /// <summary>
    /// A file name (without extension) for a record id: a WARC <c>&lt;urn:uuid:…&gt;</c> becomes its UUID; anything
    /// but letters, digits, <c>.</c>, <c>-</c> and <c>_</c> becomes <c>_</c>, so an id can never name a path outside the output folder.
    /// </summary>
    public static string FromId(string id)
    {
        ReadOnlySpan<char> name = id.AsSpan().Trim();
        if (name.StartsWith("<urn:uuid:", StringComparison.OrdinalIgnoreCase) && name.EndsWith(">"))
        {
            name = name[10..^1];
        }

        var safe = new StringBuilder(Math.Min(name.Length, MaxLength));
        foreach (char c in name[..Math.Min(name.Length, MaxLength)])
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        // Hidden names (leading dot), "." and ".." are not file names to write.
        if (safe.Length == 0 || safe[0] == '.')
        {
            safe.Insert(0, '_');
        }

        return safe.ToString();
    }
}
