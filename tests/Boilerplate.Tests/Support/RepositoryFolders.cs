using Xunit.Abstractions;

namespace Boilerplate.Tests.Support;

/// <summary>
/// The repository and the evaluation corpus beside it (../shared/eval). A fresh clone has no corpus: the tests that read
/// it then say so in their output and check the pages the repository holds.
/// </summary>
internal static class RepositoryFolders
{
    private static readonly string? s_eval = FindEval();

    /// <summary>The repository root (the folder holding Boilerplate.sln), found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot() ?? throw new DirectoryNotFoundException("Boilerplate.sln not found above the test output folder.");

    /// <summary>
    /// ../shared/eval beside the repository, or <see langword="null"/> after writing to the test's output that it is
    /// absent and what the test checks instead.
    /// </summary>
    public static string? Eval(ITestOutputHelper output, string checkedInstead)
    {
        if (s_eval is null)
        {
            output.WriteLine($"../shared/eval is not beside the repository: this test checks {checkedInstead} instead of the corpus.");
        }

        return s_eval;
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Boilerplate.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string? FindEval()
    {
        string? root = FindRoot();
        string? eval = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "eval"));
        return eval is not null && Directory.Exists(eval) ? eval : null;
    }
}
