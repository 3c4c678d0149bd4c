using BenchmarkDotNet.Attributes;
using Boilerplate.Html;

namespace Boilerplate.Benchmarks;

/// <summary>
/// The HTML form end to end over the corpus, against HtmlAgilityPack's parse alone and SmartReader (a Readability port)
/// extracting the same pages. Every row but the last takes the same decoded strings (decoded once, as browsers do).
/// </summary>
public class HtmlBenchmarks
{
    private static readonly Uri s_pageUri = new("https://example.com/article");

    private byte[][] _bytes = [];
    private string[] _html = [];

    [GlobalSetup]
    public void Setup()
    {
        _bytes = [.. Corpus.Shared.Htmls];
        _html = [.. _bytes.Select(b => HtmlDecoder.Decode(b))];
    }

    /// <summary>(b) HtmlAgilityPack builds its DOM; nothing is extracted.</summary>
    [Benchmark(Baseline = true, Description = "(b) HtmlAgilityPack LoadHtml only")]
    [Workload(Input.HtmlCorpus)]
    public int HtmlAgilityPackParse()
    {
        int nodes = 0;
        foreach (string html in _html)
        {
            var document = new HtmlAgilityPack.HtmlDocument();
            document.LoadHtml(html);
            nodes += document.DocumentNode.ChildNodes.Count;
        }

        return nodes;
    }

    [Benchmark(Description = "Boilerplate HTML: Cleaner.ProcessHtml(string)")]
    [Workload(Input.HtmlCorpus)]
    public int CleanHtml()
    {
        int kept = 0;
        foreach (string html in _html)
        {
            kept += Cleaner.ProcessHtml(html).Text.Length;
        }

        return kept;
    }

    /// <summary>(c) SmartReader 0.11.1 extracts the article and its text from the same strings.</summary>
    [Benchmark(Description = "(c) SmartReader 0.11.1 GetArticle + TextContent")]
    [Workload(Input.HtmlCorpus)]
    public int SmartReaderExtract()
    {
        int kept = 0;
        foreach (string html in _html)
        {
            SmartReader.Article article = new SmartReader.Reader(s_pageUri.AbsoluteUri, html).GetArticle();
            kept += article.TextContent?.Length ?? 0;
        }

        return kept;
    }

    /// <summary>From the bytes as fetched: charset detection and decoding included.</summary>
    [Benchmark(Description = "Boilerplate HTML: Cleaner.ProcessHtml(byte[]), decode included")]
    [Workload(Input.HtmlCorpus)]
    public int CleanHtmlBytes()
    {
        int kept = 0;
        foreach (byte[] html in _bytes)
        {
            kept += Cleaner.ProcessHtml(html).Text.Length;
        }

        return kept;
    }
}
