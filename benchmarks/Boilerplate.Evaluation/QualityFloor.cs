using System.Globalization;
using System.Text.Json;

namespace Boilerplate.Evaluation;

/// <summary>The lowest F1 and the most empty outputs a data set may have in one mode before CI fails.</summary>
/// <param name="Dataset">The data set.</param>
/// <param name="Mode">dump or html.</param>
/// <param name="F1">The F1 may not fall below this.</param>
/// <param name="MaxEmpty">The number of empty outputs may not rise above this.</param>
internal sealed record FloorEntry(string Dataset, string Mode, double F1, int MaxEmpty);

/// <summary>
/// <c>benchmarks/quality-floor.json</c>: figures the extraction must keep. Recorded with <c>--write-floor</c> as the
/// run's F1 less <see cref="Tolerance"/> and its number of empty outputs, and checked by <c>tools/quality-gate.sh</c>
/// with <c>--check-floor</c>. Raise it when a change improves the figures; lower it only on purpose, in review.
/// </summary>
internal sealed record QualityFloor(string About, double Tolerance, IReadOnlyList<FloorEntry> Floors)
{
    public const double DefaultTolerance = 0.002;

    private const string AboutText =
        "Quality floor checked by tools/quality-gate.sh: per data set and mode (dump-sites, html-sites: with --sites, a template learnt per site from its pages), F1 may not fall below f1 and empty outputs may not rise above maxEmpty. " +
        "Recorded with: dotnet run -c Release --project benchmarks/Boilerplate.Evaluation -- --mode both --sites --write-floor benchmarks/quality-floor.json";

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public static QualityFloor Load(string path) =>
        JsonSerializer.Deserialize<QualityFloor>(File.ReadAllText(path), s_json)
        ?? throw new InvalidDataException($"{path} holds no quality floor");

    /// <summary>Records the runs' figures, keeping the entries of data sets and modes this run did not measure.</summary>
    public static QualityFloor Record(string path, IReadOnlyList<RunResult> runs)
    {
        IEnumerable<FloorEntry> kept = File.Exists(path)
            ? Load(path).Floors.Where(f => !runs.Any(r => r.Dataset.Name == f.Dataset && r.ModeLabel == f.Mode))
            : [];
        IEnumerable<FloorEntry> measured = runs.Select(r => new FloorEntry(
            r.Dataset.Name,
            r.ModeLabel,
            Math.Floor((r.Score.F1 - DefaultTolerance) * 10_000) / 10_000,
            r.Empty));
        var floor = new QualityFloor(
            AboutText,
            DefaultTolerance,
            kept.Concat(measured).OrderBy(f => f.Mode, StringComparer.Ordinal).ThenBy(f => f.Dataset, StringComparer.Ordinal).ToList());
        TextFile.Write(path, JsonSerializer.Serialize(floor, s_json).ReplaceLineEndings("\n") + "\n");
        return floor;
    }

    /// <summary>Checks the runs against the floor; prints one line per entry and returns whether all hold.</summary>
    public bool Check(IReadOnlyList<RunResult> runs, IReadOnlyCollection<EvalMode> requestedModes, TextWriter output)
    {
        int failures = 0;
        foreach (FloorEntry floor in Floors)
        {
            string name = $"{floor.Dataset}/{floor.Mode}";
            // A site-template floor ("dump-sites") is checked when its mode ran with --sites.
            bool sitesFloor = floor.Mode.EndsWith("-sites", StringComparison.Ordinal);
            string modeName = sitesFloor ? floor.Mode[..^"-sites".Length] : floor.Mode;
            if (!requestedModes.Any(m => m.Name() == modeName) || (sitesFloor && !runs.Any(r => r.Sites)))
            {
                output.WriteLine($"  skip {name}: {(sitesFloor ? "site mode (--sites)" : "mode")} not run");
                continue;
            }

            RunResult? run = runs.FirstOrDefault(r => r.Dataset.Name == floor.Dataset && r.ModeLabel == floor.Mode);
            if (run is null)
            {
                output.WriteLine($"  FAIL {name}: a floor is recorded but nothing was measured (data set missing, or HTML input not in this build)");
                failures++;
                continue;
            }

            bool f1Ok = run.Score.F1 >= floor.F1, emptyOk = run.Empty <= floor.MaxEmpty;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {(f1Ok && emptyOk ? "ok  " : "FAIL")} {name}: F1 {run.Score.F1:F4} (floor {floor.F1:F4}){(f1Ok ? "" : " fell below the floor")}; empty {run.Empty} (at most {floor.MaxEmpty}){(emptyOk ? "" : " rose")}"));
            failures += f1Ok && emptyOk ? 0 : 1;
        }

        foreach (RunResult run in runs.Where(r => !Floors.Any(f => f.Dataset == r.Dataset.Name && f.Mode == r.ModeLabel)))
        {
            output.WriteLine($"  note {run.RelativeDirectory}: no floor recorded yet (record one with --write-floor)");
        }

        return failures == 0;
    }
}
