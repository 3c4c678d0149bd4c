#:project ../../src/Boilerplate/Boilerplate.csproj
#:property PublishAot=false

// The in-process rate of the pages a batch-throughput.sh run times: the same pages, already in memory, through
// Cleaner.DefaultPipeline on one thread, first pass and steady passes. Usage: InProcessRate.cs (FILE.jsonl | DIR) [PASSES]
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Boilerplate;

string input = args[0];
int passes = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 6;
var pages = new List<(string? Text, string? Html, byte[]? HtmlBytes)>();
long bytes = 0;
if (Directory.Exists(input))
{
    foreach (string file in Directory.EnumerateFiles(input, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
    {
        byte[] html = File.ReadAllBytes(file);
        pages.Add((null, null, html));
        bytes += html.Length;
    }
}
else
{
    foreach (string line in File.ReadLines(input))
    {
        using var json = JsonDocument.Parse(line);
        bool isHtml = json.RootElement.TryGetProperty("html", out JsonElement field);
        string page = (isHtml ? field : json.RootElement.GetProperty("text")).GetString()!;
        pages.Add(isHtml ? (null, page, null) : (page, null, null));
        bytes += Encoding.UTF8.GetByteCount(page);
    }
}

BoilerplatePipeline pipeline = Cleaner.DefaultPipeline;
var rates = new List<double>();
var cpuRates = new List<double>();
using var self = Process.GetCurrentProcess();
for (int pass = 0; pass < passes; pass++)
{
    long kept = 0;
    self.Refresh();
    TimeSpan cpu = self.TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    foreach ((string? text, string? html, byte[]? htmlBytes) in pages)
    {
        CleanResult result = text is not null ? pipeline.Process(text)
            : html is not null ? pipeline.ProcessHtml(html)
            : pipeline.ProcessHtml(htmlBytes!.AsSpan());
        kept += result.Text.Length;
    }

    rates.Add(bytes / 1e6 / watch.Elapsed.TotalSeconds);
    self.Refresh();
    cpuRates.Add(bytes / 1e6 / (self.TotalProcessorTime - cpu).TotalSeconds);
    GC.KeepAlive(kept);
}

// Steady: the median of the passes after the first two. Per CPU-second too: on a shared machine, wall time says
// as much about the other processes as about this one.
double[] steady = [.. rates.Skip(2).Order()];
double[] steadyCpu = [.. cpuRates.Skip(2).Order()];
Console.WriteLine(FormattableString.Invariant($"{pages.Count} {bytes} {rates[0]:F1} {steady[steady.Length / 2]:F1} {cpuRates[0]:F1} {steadyCpu[steadyCpu.Length / 2]:F1}"));
