namespace Boilerplate.Evaluation;

/// <summary>A peer's published figures on one data set, from the table in <c>../shared/eval/README.md</c> ("Measured on these exact files").</summary>
/// <param name="System">The peer, short.</param>
/// <param name="Mode">The form it was given: <c>html</c> or <c>dump</c>.</param>
/// <param name="Dataset">The data set.</param>
/// <param name="Precision">Mean precision.</param>
/// <param name="Recall">Mean recall.</param>
internal sealed record PeerReference(string System, string Mode, string Dataset, double Precision, double Recall)
{
    /// <summary>The README's table, row by row: (system, form, then P/R on scrapinghub, cleaneval, readability).</summary>
    private static readonly (string System, string Mode, double[] Figures)[] s_table =
    [
        ("trafilatura", "html", [0.943, 0.978, 0.867, 0.871, 0.938, 0.920]),
        ("trafilatura precision", "html", [0.958, 0.970, 0.862, 0.845, 0.956, 0.900]),
        ("Readability.js", "html", [0.918, 0.988, 0.895, 0.894, 0.997, 0.994]),
        ("SmartReader", "html", [0.919, 0.986, 0.892, 0.901, 0.999, 0.993]),
        ("readability-lxml", "html", [0.913, 0.931, 0.911, 0.860, 0.926, 0.859]),
        ("boilerpipe", "html", [0.850, 0.870, 0.922, 0.758, 0.920, 0.791]),
        ("jusText", "html", [0.843, 0.830, 0.940, 0.844, 0.913, 0.791]),
        ("the dump itself", "dump", [0.499, 0.994, 0.809, 0.965, 0.694, 0.978]),
        ("boilerpipe", "dump", [0.724, 0.887, 0.875, 0.834, 0.821, 0.798]),
        ("jusText", "dump", [0.667, 0.888, 0.891, 0.886, 0.790, 0.838]),
        ("trafilatura", "dump", [0.533, 0.989, 0.811, 0.952, 0.705, 0.936]),
    ];

    private static readonly string[] s_datasets = ["scrapinghub", "cleaneval", "readability"];

    public static IReadOnlyList<PeerReference> All { get; } =
        s_table.SelectMany(row => s_datasets.Select((dataset, i) =>
            new PeerReference(row.System, row.Mode, dataset, row.Figures[2 * i], row.Figures[(2 * i) + 1])))
        .ToArray();

    public double F1 => 2 * Precision * Recall / (Precision + Recall);
}
