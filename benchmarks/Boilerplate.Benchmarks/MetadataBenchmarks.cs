using BenchmarkDotNet.Attributes;
using Boilerplate.Html;

namespace Boilerplate.Benchmarks;

/// <summary>
/// What metadata costs: the default pipeline over the HTML corpus with <see cref="BoilerplatePipelineBuilder.ExtractMetadata"/>
/// off (the baseline) and on, from the same decoded strings, and <see cref="CleanResult.ToHtml"/> after the clean. The
/// baseline runs again last, so that a drift of a loaded machine shows instead of passing for the cost of metadata.
/// </summary>
public class MetadataBenchmarks
{
    private static readonly BoilerplatePipeline s_withoutMetadata = new BoilerplatePipelineBuilder { ExtractMetadata = false }.UseDefaults().Build();
    private static readonly BoilerplatePipeline s_withMetadata = new BoilerplatePipelineBuilder().UseDefaults().Build();
    private static readonly Uri s_pageUri = new("https://example.com/article");

    private string[] _html = [];

    [GlobalSetup]
    public void Setup() => _html = [.. Corpus.Shared.Htmls.Select(b => HtmlDecoder.Decode(b))];

    [Benchmark(Baseline = true, Description = "ProcessHtml, metadata off")]
    [Workload(Input.HtmlCorpus)]
    public int WithoutMetadata()
    {
        int kept = 0;
        foreach (string html in _html)
        {
            kept += s_withoutMetadata.ProcessHtml(html).Text.Length;
        }

        return kept;
    }

    [Benchmark(Description = "ProcessHtml, metadata on (default)")]
    [Workload(Input.HtmlCorpus)]
    public int WithMetadata()
    {
        int kept = 0;
        foreach (string html in _html)
        {
            CleanResult result = s_withMetadata.ProcessHtml(html, s_pageUri);
            kept += result.Text.Length + result.Metadata.Authors.Count;
        }

        return kept;
    }

    [Benchmark(Description = "ProcessHtml, metadata on, then ToHtml()")]
    [Workload(Input.HtmlCorpus)]
    public int WithMetadataAndHtml()
    {
        int length = 0;
        foreach (string html in _html)
        {
            length += s_withMetadata.ProcessHtml(html, s_pageUri).ToHtml().Length;
        }

        return length;
    }

    [Benchmark(Description = "ProcessHtml, metadata off, again last")]
    [Workload(Input.HtmlCorpus)]
    public int WithoutMetadataAgain() => WithoutMetadata();
}
