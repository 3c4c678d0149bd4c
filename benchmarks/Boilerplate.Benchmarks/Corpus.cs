using System.Text;

namespace Boilerplate.Benchmarks;

/// <summary>
/// The pages every end-to-end benchmark reads: real pages of <c>../shared/eval</c> (each page as its text dump and its
/// HTML), loaded once. When the evaluation data is absent, the repository's sample dump stands in and
/// <see cref="Description"/> says so.
/// </summary>
/// <remarks>
/// The corpus is every <see cref="DefaultEvery"/>-th page of each data set in ordinal id order (a fixed quarter, so that
/// the slow peer row fits a short run); set <c>BOILERPLATE_BENCH_EVERY=1</c> for every page, and
/// <c>BOILERPLATE_EVAL</c> to read another data folder.
/// </remarks>
internal sealed class Corpus
{
    public const int DefaultEvery = 4;

    private static readonly Lazy<Corpus> s_shared = new(Load);

    private Corpus(string description, IReadOnlyList<byte[]> dumps, IReadOnlyList<byte[]> htmls)
    {
        Description = description;
        Dumps = dumps;
        Htmls = htmls;
        DumpBytes = dumps.Sum(d => (long)d.Length);
        HtmlBytes = htmls.Sum(h => (long)h.Length);
    }

    /// <summary>The corpus every benchmark of this process uses.</summary>
    public static Corpus Shared => s_shared.Value;

    /// <summary>Where the pages came from, for the results.</summary>
    public string Description { get; }

    /// <summary>The text dumps as stored (UTF-8).</summary>
    public IReadOnlyList<byte[]> Dumps { get; }

    /// <summary>The HTML pages as fetched (any encoding); empty when only the sample is available.</summary>
    public IReadOnlyList<byte[]> Htmls { get; }

    public long DumpBytes { get; }

    public long HtmlBytes { get; }

    /// <summary>The folder of the evaluation data sets, or <see langword="null"/> when absent.</summary>
    public static string? FindEvalFolder()
    {
        string? configured = Environment.GetEnvironmentVariable("BOILERPLATE_EVAL");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        string? root = FindRepositoryRoot();
        string? eval = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "eval"));
        return eval is not null && Directory.Exists(eval) ? eval : null;
    }

    /// <summary>The folder holding Boilerplate.sln, found upwards from the running assembly (BenchmarkDotNet runs a copy below bin/).</summary>
    public static string? FindRepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Boilerplate.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>Every dump of the evaluation data in corpus order, all pages (used to grow one large page).</summary>
    public static IEnumerable<string> AllDumpFiles() => AllFiles("dump", ".txt");

    /// <summary>Every HTML page of the evaluation data in corpus order, all pages.</summary>
    public static IEnumerable<string> AllHtmlFiles() => AllFiles("html", ".html");

    private static IEnumerable<string> AllFiles(string folder, string extension)
    {
        string? eval = FindEvalFolder();
        if (eval is null)
        {
            yield break;
        }

        foreach (string dataset in Directory.EnumerateDirectories(eval).Order(StringComparer.Ordinal))
        {
            string dir = Path.Combine(dataset, folder);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(dir, "*" + extension).Order(StringComparer.Ordinal))
            {
                yield return file;
            }
        }
    }

    private static Corpus Load()
    {
        string? eval = FindEvalFolder();
        if (eval is null)
        {
            return LoadSample();
        }

        int every = int.TryParse(Environment.GetEnvironmentVariable("BOILERPLATE_BENCH_EVERY"), out int n) && n > 0 ? n : DefaultEvery;
        var dumps = new List<byte[]>();
        var htmls = new List<byte[]>();
        var perSet = new List<string>();
        foreach (string dataset in Directory.EnumerateDirectories(eval).Order(StringComparer.Ordinal))
        {
            string dumpDir = Path.Combine(dataset, "dump"), htmlDir = Path.Combine(dataset, "html");
            if (!Directory.Exists(dumpDir) || !Directory.Exists(htmlDir))
            {
                continue;
            }

            string[] ids = Directory.EnumerateFiles(dumpDir, "*.txt")
                .Select(f => Path.GetFileNameWithoutExtension(f))
                .Where(id => File.Exists(Path.Combine(htmlDir, id + ".html")))
                .Order(StringComparer.Ordinal)
                .ToArray();
            int taken = 0;
            for (int i = 0; i < ids.Length; i += every)
            {
                dumps.Add(File.ReadAllBytes(Path.Combine(dumpDir, ids[i] + ".txt")));
                htmls.Add(File.ReadAllBytes(Path.Combine(htmlDir, ids[i] + ".html")));
                taken++;
            }

            perSet.Add($"{Path.GetFileName(dataset)} {taken}");
        }

        if (dumps.Count == 0)
        {
            return LoadSample();
        }

        string which = every == 1 ? "every page" : $"every {every}th page";
        return new Corpus($"../shared/eval, {which} by id ({string.Join(", ", perSet)}; {dumps.Count} pages)", dumps, htmls);
    }

    private static Corpus LoadSample()
    {
        string? root = FindRepositoryRoot();
        string sample = root is null ? string.Empty : Path.Combine(root, "samples", "news-article.dump.txt");
        byte[] dump = File.Exists(sample) ? File.ReadAllBytes(sample) : Encoding.UTF8.GetBytes("Sample\n\nNo evaluation data and no sample were found.\n");

        // No real HTML without the evaluation data: the sample dump, one paragraph per line, stands in.
        var html = new StringBuilder("<html><head><title>Sample</title></head><body><article>");
        foreach (string line in Encoding.UTF8.GetString(dump).Split('\n'))
        {
            html.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(line.Trim())).Append("</p>\n");
        }

        html.Append("</article></body></html>");
        return new Corpus(
            "FALLBACK: ../shared/eval not found; samples/news-article.dump.txt alone (HTML: the same text as <p> paragraphs). Figures are not comparable to the eval corpus.",
            [dump],
            [Encoding.UTF8.GetBytes(html.ToString())]);
    }
}
