using System.Globalization;
using ScottPlot;

namespace Boilerplate.Evaluation;

/// <summary>
/// Precision against recall, one panel per data set: Boilerplate's figures per mode, the peers' published figures
/// on the same files, and curves of equal F1.
/// </summary>
internal static class QualityPlot
{
    private const int PanelWidth = 560;
    private const int Height = 600;
    private static readonly Color s_dump = Color.FromHex("#1f77b4");
    private static readonly Color s_html = Color.FromHex("#d62728");
    private static readonly Color s_peer = Color.FromHex("#7f7f7f");
    private static readonly Color s_curve = Color.FromHex("#d0d0d0");

    /// <summary>A sans-serif family that is installed (ScottPlot's own default falls back to a serif one on Linux).</summary>
    private static readonly Lazy<string> s_font = new(() =>
        new[] { "DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial" }
            .FirstOrDefault(f => SkiaSharp.SKFontManager.Default.GetFontFamilies().Contains(f, StringComparer.OrdinalIgnoreCase))
        ?? Fonts.Default);

    public static void Save(string path, IReadOnlyList<RunResult> runs)
    {
        List<string> datasets = runs.Select(r => r.Dataset.Name).Distinct(StringComparer.Ordinal).ToList();
        var multiplot = new Multiplot();
        multiplot.AddPlots(datasets.Count);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        for (int i = 0; i < datasets.Count; i++)
        {
            Draw(multiplot.GetPlot(i), datasets[i], runs.Where(r => r.Dataset.Name == datasets[i]).ToList(), legend: i == 0);
        }

        multiplot.SavePng(path, PanelWidth * datasets.Count, Height);
    }

    private static void Draw(Plot plot, string dataset, List<RunResult> runs, bool legend)
    {
        plot.Font.Set(s_font.Value);
        List<PeerReference> peers = PeerReference.All.Where(p => p.Dataset == dataset).ToList();
        IEnumerable<double> precisions = runs.Select(r => r.Score.Precision).Concat(peers.Select(p => p.Precision));
        IEnumerable<double> recalls = runs.Select(r => r.Score.Recall).Concat(peers.Select(p => p.Recall));
        double xMin = Math.Floor((recalls.Min() - 0.03) * 20) / 20, yMin = Math.Floor((precisions.Min() - 0.03) * 20) / 20;

        // Every marker is an obstacle for every label; Boilerplate's labels are placed first.
        var labels = new LabelPlacer(xMin, yMin);
        foreach ((double x, double y) in runs.Select(r => (r.Score.Recall, r.Score.Precision)).Concat(peers.Select(p => (p.Recall, p.Precision))))
        {
            labels.AddObstacle(x, y, 8);
        }

        foreach (double f1 in new[] { 0.7, 0.8, 0.9, 0.95 })
        {
            DrawF1Curve(plot, labels, f1, xMin, yMin);
        }

        foreach (RunResult run in runs)
        {
            Color color = run.Mode == EvalMode.Dump ? s_dump : s_html;
            var marker = plot.Add.Marker(run.Score.Recall, run.Score.Precision, run.Mode == EvalMode.Dump ? MarkerShape.FilledCircle : MarkerShape.FilledSquare, 14, color);
            marker.LegendText = legend ? $"Boilerplate, {run.Mode.Name()}" : string.Empty;
            string text = string.Create(CultureInfo.InvariantCulture, $"Boilerplate {run.Mode.Name()} F1 {run.Score.F1:F3}");
            AddLabel(plot, labels, text, run.Score.Recall, run.Score.Precision, 13, color, bold: true);
        }

        foreach (PeerReference peer in peers)
        {
            var marker = plot.Add.Marker(peer.Recall, peer.Precision, peer.Mode == "html" ? MarkerShape.OpenCircle : MarkerShape.OpenTriangleUp, 9, s_peer);
            marker.LineWidth = 1.5f;
            string name = peer.Mode == "dump" && peer.System != "the dump itself" ? peer.System + " (dump)" : peer.System;
            AddLabel(plot, labels, name, peer.Recall, peer.Precision, 11, s_peer, bold: false);
        }

        if (legend)
        {
            var html = plot.Add.Marker(double.NaN, double.NaN, MarkerShape.OpenCircle, 9, s_peer);
            html.LegendText = "peer on HTML";
            var dump = plot.Add.Marker(double.NaN, double.NaN, MarkerShape.OpenTriangleUp, 9, s_peer);
            dump.LegendText = "peer on the dump";
            plot.Legend.Alignment = Alignment.LowerLeft;
            plot.ShowLegend();
        }
        else
        {
            plot.HideLegend();
        }

        plot.Title(dataset);
        plot.XLabel("recall");
        plot.YLabel("precision");
        plot.Axes.SetLimits(xMin, 1.0, yMin, 1.0);
    }

    private static void AddLabel(Plot plot, LabelPlacer placer, string text, double x, double y, float size, Color color, bool bold)
    {
        (float offsetX, float offsetY, Alignment alignment) = placer.Place(text, x, y, size);
        var label = plot.Add.Text(text, x, y);
        label.LabelFontSize = size;
        label.LabelFontName = s_font.Value;
        label.LabelBold = bold;
        label.LabelFontColor = color;
        label.LabelAlignment = alignment;
        label.OffsetX = offsetX;
        label.OffsetY = offsetY;
    }

    /// <summary>
    /// Puts labels beside their points without covering markers or other labels and without leaving the panel:
    /// right of the point when it fits, else left, nudged up or down. Works on an estimate of the data area's
    /// pixels, which is close enough for a handful of labels.
    /// </summary>
    private sealed class LabelPlacer(double xMin, double yMin)
    {
        private const float Gap = 8;
        private const double Width = PanelWidth - 100, Height = QualityPlot.Height - 100;
        private readonly List<(double Left, double Top, double Right, double Bottom)> _taken = [];

        public void AddObstacle(double x, double y, double radius)
        {
            (double px, double py) = ToPixels(x, y);
            _taken.Add((px - radius, py - radius, px + radius, py + radius));
        }

        /// <summary>Reserves a label's box anchored at its upper-right corner, as <see cref="Alignment.UpperRight"/> draws it.</summary>
        public void AddUpperRightLabel(string text, double x, double y, float size)
        {
            (double px, double py) = ToPixels(x, y);
            _taken.Add((px - TextWidth(text, size), py, px, py + (size * 1.3)));
        }

        public (float OffsetX, float OffsetY, Alignment Alignment) Place(string text, double x, double y, float size)
        {
            (double px, double py) = ToPixels(x, y);
            double width = TextWidth(text, size), height = size * 1.3;
            bool preferRight = px + Gap + width <= Width;
            foreach (double nudge in new[] { 0.0, -0.9, 0.9, -1.8, 1.8, -2.7, 2.7 })
            {
                foreach (bool right in new[] { preferRight, !preferRight })
                {
                    double left = right ? px + Gap : px - Gap - width;
                    double top = py - (height / 2) + (nudge * height);
                    (double, double, double, double) box = (left, top, left + width, top + height);
                    if (left >= 0 && left + width <= Width && top >= 0 && top + height <= Height && !_taken.Any(r => Overlaps(r, box)))
                    {
                        _taken.Add(box);
                        return (right ? Gap : -Gap, (float)(nudge * height), right ? Alignment.MiddleLeft : Alignment.MiddleRight);
                    }
                }
            }

            return (preferRight ? Gap : -Gap, 0, preferRight ? Alignment.MiddleLeft : Alignment.MiddleRight);
        }

        private static double TextWidth(string text, float size) => text.Length * size * 0.56;

        private static bool Overlaps((double Left, double Top, double Right, double Bottom) a, (double Left, double Top, double Right, double Bottom) b) =>
            a.Left < b.Right && a.Right > b.Left && a.Top < b.Bottom && a.Bottom > b.Top;

        private (double X, double Y) ToPixels(double x, double y) => ((x - xMin) / (1 - xMin) * Width, (1 - y) / (1 - yMin) * Height);
    }

    /// <summary>The points of equal F1: precision = F1·R / (2R − F1), for R from where it enters the panel to 1.</summary>
    private static void DrawF1Curve(Plot plot, LabelPlacer labels, double f1, double xMin, double yMin)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (double r = Math.Max(xMin, (f1 / 2) + 1e-6); r <= 1.0; r += 0.002)
        {
            double p = f1 * r / ((2 * r) - f1);
            if (p <= 1.0 && p >= yMin)
            {
                xs.Add(r);
                ys.Add(p);
            }
        }

        if (xs.Count < 2)
        {
            return;
        }

        var curve = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), s_curve);
        curve.LinePattern = LinePattern.Dashed;
        string text = string.Create(CultureInfo.InvariantCulture, $"F1 {f1:0.##}");
        labels.AddUpperRightLabel(text, xs[^1], ys[^1], 10);
        var label = plot.Add.Text(text, xs[^1], ys[^1]);
        label.LabelFontSize = 10;
        label.LabelFontColor = Color.FromHex("#a0a0a0");
        label.LabelAlignment = Alignment.UpperRight;
    }
}
