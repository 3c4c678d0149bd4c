using System.Text;
using BenchmarkDotNet.Attributes;

namespace Boilerplate.Benchmarks;

/// <summary>The hostile shapes of the reliability tests.</summary>
public enum HostileShape
{
    /// <summary>A text dump that is one line of prose (cut at <see cref="PipelineLimits.MaxLineChars"/>, so lifted here).</summary>
    LongLine,

    /// <summary>A text dump of one-character lines.</summary>
    OneCharLines,

    /// <summary>HTML of nested, closed &lt;div&gt; elements around one paragraph.</summary>
    NestedDivs,

    /// <summary>HTML of unclosed &lt;b&gt; tags.</summary>
    UnclosedTags,

    /// <summary>HTML whose one paragraph is an entity flood.</summary>
    EntityFlood,

    /// <summary>HTML of many paragraphs in one container (many siblings: HtmlAgilityPack's slow case).</summary>
    ManyParagraphs,
}

/// <summary>
/// Hostile pages doubled from 1 to 4 MB: each doubling of the input should double the mean (linear time) and the
/// allocation (bounded memory). Limits that would cut these inputs (line length, block count, element count) are
/// lifted so that the whole input is processed.
/// </summary>
public class HostileScalingBenchmarks
{
    private const string Sentence = "The committee met on Tuesday to discuss the new proposal for the city park, which residents have debated. ";

    private BoilerplatePipeline _pipeline = null!;
    private string _page = string.Empty;

    [Params(HostileShape.LongLine, HostileShape.OneCharLines, HostileShape.NestedDivs, HostileShape.UnclosedTags, HostileShape.EntityFlood, HostileShape.ManyParagraphs)]
    public HostileShape Shape { get; set; }

    [Params(1, 2, 4)]
    public int SizeMB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new BoilerplatePipelineBuilder().UseDefaults();
        builder.Limits.MaxLineChars = int.MaxValue;
        builder.Limits.MaxBlocks = int.MaxValue;
        builder.Limits.MaxHtmlElements = int.MaxValue;
        _pipeline = builder.Build();
        int chars = SizeMB << 20;
        _page = Shape switch
        {
            HostileShape.LongLine => Fill(Sentence, chars),
            HostileShape.OneCharLines => Fill("a\n", chars),
            HostileShape.NestedDivs => Fill("<div>", chars / 2) + Sentence + Fill("</div>", chars / 2),
            HostileShape.UnclosedTags => Fill("<b>", chars),
            HostileShape.EntityFlood => "<p>" + Fill("&amp;&lt;&#233;", chars) + "</p>",
            _ => "<div>" + Fill("<p>" + Sentence + "</p>", chars) + "</div>",
        };
    }

    [Benchmark]
    public int Clean() => (Shape is HostileShape.LongLine or HostileShape.OneCharLines ? _pipeline.Process(_page) : _pipeline.ProcessHtml(_page)).Text.Length;

    private static string Fill(string part, int chars)
    {
        var builder = new StringBuilder(chars + part.Length);
        while (builder.Length + part.Length <= chars)
        {
            builder.Append(part);
        }

        return builder.ToString();
    }
}
