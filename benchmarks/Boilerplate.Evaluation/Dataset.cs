namespace Boilerplate.Evaluation;

/// <summary>One data set: a folder with <c>gold/&lt;id&gt;.txt</c> and the pages as <c>dump/&lt;id&gt;.txt</c> and/or <c>html/&lt;id&gt;.html</c>.</summary>
/// <param name="Name">The folder's name.</param>
/// <param name="Directory">The folder.</param>
/// <param name="Ids">The page ids: the gold files' names without <c>.txt</c>, in score.py's order (ordinal).</param>
internal sealed record Dataset(string Name, string Directory, IReadOnlyList<string> Ids)
{
    public string GoldPath(string id) => Path.Combine(Directory, "gold", id + ".txt");

    public string InputPath(EvalMode mode, string id) => Path.Combine(Directory, mode.InputFolder(), id + mode.InputExtension());

    public bool Has(EvalMode mode) => System.IO.Directory.Exists(Path.Combine(Directory, mode.InputFolder()));

    /// <summary>The data sets in <paramref name="root"/>: the folder itself when it has <c>gold/</c>, else each sub-folder that has one.</summary>
    public static IReadOnlyList<Dataset> Discover(string root)
    {
        IEnumerable<string> folders = System.IO.Directory.Exists(Path.Combine(root, "gold"))
            ? [root]
            : System.IO.Directory.EnumerateDirectories(root).Where(d => System.IO.Directory.Exists(Path.Combine(d, "gold")));

        return folders
            .Select(Load)
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static Dataset Load(string directory)
    {
        string[] ids = System.IO.Directory.EnumerateFiles(Path.Combine(directory, "gold"), "*.txt")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetFileNameWithoutExtension(f!))
            .ToArray();
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        return new Dataset(name, directory, ids);
    }
}
