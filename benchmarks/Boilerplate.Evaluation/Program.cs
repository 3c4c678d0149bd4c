using System.Diagnostics;
using System.Globalization;

namespace Boilerplate.Evaluation;

/// <summary>
/// Measures how well the library extracts articles: extracts every page of every data set, writes the outputs for
/// outside scorers, scores them as <c>../shared/eval/tools/score.py</c> does, and reports figures, losses and a picture.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        EvaluationOptions? options = EvaluationOptions.Parse(args, out string? error);
        if (options is null)
        {
            Console.Error.WriteLine($"error: {error}\n");
            Console.Error.WriteLine(EvaluationOptions.Usage);
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(EvaluationOptions.Usage);
            return 0;
        }

        string? repoRoot = FindRepositoryRoot();
        string? dataDir = options.DataDir ?? DefaultDataDir(repoRoot);
        if (dataDir is null || !Directory.Exists(dataDir))
        {
            Console.Error.WriteLine(dataDir is null
                ? "error: no evaluation data found at ../shared/eval; point --data at a folder of data sets (each with gold/ and dump/ and/or html/)."
                : $"error: --data {dataDir} does not exist.");
            return 2;
        }

        List<Dataset> datasets = Dataset.Discover(dataDir)
            .Where(d => options.Datasets.Count == 0 || options.Datasets.Contains(d.Name, StringComparer.Ordinal))
            .ToList();
        if (datasets.Count == 0)
        {
            Console.Error.WriteLine($"error: no data set in {dataDir} (a data set is a folder with gold/ and dump/ and/or html/).");
            return 2;
        }

        List<EvalMode> modes = [.. options.Modes];

        string outDir = Path.GetFullPath(options.OutDir ?? Path.Combine(repoRoot ?? ".", "eval-out"));
        Directory.CreateDirectory(outDir);
        Console.WriteLine($"data {Path.GetFullPath(dataDir)} · out {outDir} · {Environment.ProcessorCount} cores");

        var total = Stopwatch.StartNew();
        var runs = new List<RunResult>();
        foreach (EvalMode mode in modes)
        {
            foreach (Dataset dataset in datasets.Where(d => d.Has(mode)))
            {
                runs.Add(RunAndReport(dataset, mode, outDir, options, sites: null));
                if (options.Sites)
                {
                    runs.Add(RunAndReport(dataset, mode, outDir, options, SiteGroups.Load(dataset)));
                }
            }
        }

        Summary summary = Summary.From(runs, CommandLine(args), options.WithTitle);
        TextFile.Write(Path.Combine(outDir, "summary.json"), summary.ToJson());
        TextFile.Write(Path.Combine(outDir, "summary.md"), summary.ToMarkdown());
        string losses = LossReport.Write(outDir, runs, options.Top);
        string typesPath = Path.Combine(outDir, "types.md");
        TextFile.Write(typesPath, PageTypeReport.ToMarkdown(runs));
        if (options.Sites)
        {
            TextFile.Write(Path.Combine(outDir, "sites.md"), SiteReport.Write(runs));
        }

        string picture = Path.Combine(outDir, "quality.png");
        QualityPlot.Save(picture, runs.Where(r => !r.Sites).ToList());
        if (options.UpdateDocs)
        {
            if (repoRoot is null)
            {
                Console.Error.WriteLine("error: --update-docs needs the repository (Boilerplate.sln) above the working directory.");
                return 2;
            }

            string docs = Path.Combine(repoRoot, "docs", "quality.png");
            Directory.CreateDirectory(Path.GetDirectoryName(docs)!);
            File.Copy(picture, docs, overwrite: true);
            Console.WriteLine($"copied the picture to {docs}");
        }

        string metadata = MetadataReport.Write(outDir, runs) + HtmlOutputReport.Write(outDir, runs);
        Console.WriteLine();
        Console.Write(summary.ToConsoleTable());
        string byType = PageTypeReport.ToConsoleTable(runs);
        if (byType.Length > 0)
        {
            Console.WriteLine();
            Console.Write(byType);
        }

        Console.Write(metadata);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {total.Elapsed.TotalSeconds:F1}s · {Path.Combine(outDir, "summary.md")} · {typesPath} · {losses} · {picture}"));

        if (options.WriteFloor is not null)
        {
            QualityFloor.Record(options.WriteFloor, runs);
            Console.WriteLine($"recorded the quality floor in {options.WriteFloor}");
        }

        if (options.CheckFloor is not null)
        {
            Console.WriteLine($"\nquality floor {options.CheckFloor}:");
            if (!QualityFloor.Load(options.CheckFloor).Check(runs, options.Modes, Console.Out))
            {
                Console.WriteLine("quality gate FAILED: a figure broke its floor (see above). If the drop is intended, record a new floor with --write-floor and say why in the commit.");
                return 1;
            }

            Console.WriteLine("quality gate passed: every floor holds.");
        }

        return 0;
    }

    private static RunResult RunAndReport(Dataset dataset, EvalMode mode, string outDir, EvaluationOptions options, SiteGroups? sites)
    {
        RunResult run = Runner.Run(dataset, mode, outDir, options.WithTitle, sites, options.Pipeline);
        TextFile.Write(Path.Combine(outDir, run.RelativeDirectory, "scores.tsv"), run.ToScoresTsv());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {run.RelativeDirectory}: {run.Pages.Count} pages in {run.Elapsed.TotalSeconds:F1}s, F1 {run.Score.F1:F3}"));
        foreach (PageResult page in run.Pages.Where(p => p.Error is not null))
        {
            Console.WriteLine($"    {page.Id}: {page.Error}");
        }

        return run;
    }

    private static string CommandLine(string[] args) =>
        "dotnet run -c Release --project benchmarks/Boilerplate.Evaluation" + (args.Length > 0 ? " -- " + string.Join(' ', args) : string.Empty);

    /// <summary>The folder holding Boilerplate.sln, searched upwards from the working directory.</summary>
    private static string? FindRepositoryRoot()
    {
        for (DirectoryInfo? dir = new(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Boilerplate.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary><c>../shared/eval</c> beside the repository (or the working directory), when it exists.</summary>
    private static string? DefaultDataDir(string? repoRoot)
    {
        foreach (string? baseDir in new[] { repoRoot, Directory.GetCurrentDirectory() })
        {
            if (baseDir is not null)
            {
                string candidate = Path.GetFullPath(Path.Combine(baseDir, "..", "shared", "eval"));
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
