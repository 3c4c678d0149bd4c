using System.Text.RegularExpressions;
using Boilerplate.Tests.Support;

namespace Boilerplate.Tests.Reliability;

/// <summary>No regular expression in the shipped code can backtrack without bound on a hostile page.</summary>
public sealed class RegexPolicyTests
{
    [Fact]
    public void EveryRegexInSrc_IsNonBacktrackingOrHasATimeout()
    {
        string[] sources = Directory.GetFiles(Path.Combine(RepositoryFolders.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(sources);

        var offenders = new List<string>();
        foreach (string file in sources)
        {
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                // A construction or a static call that matches (Escape and friends do not run a pattern).
                if (Regex.IsMatch(lines[i], @"new Regex\(|\bRegex\.(IsMatch|Match|Matches|Replace|Split)\(|\[GeneratedRegex\(", RegexOptions.NonBacktracking)
                    && !lines[i].Contains("NonBacktracking", StringComparison.Ordinal)
                    && !lines[i].Contains("TimeSpan", StringComparison.Ordinal)
                    && !lines[i].Contains("matchTimeoutMilliseconds", StringComparison.Ordinal))
                {
                    offenders.Add($"{Path.GetRelativePath(RepositoryFolders.Root, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Regex without NonBacktracking or a timeout:\n" + string.Join("\n", offenders));
    }
}
