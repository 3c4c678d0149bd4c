using System.Reflection;
using BenchmarkDotNet.Running;

namespace Boilerplate.Benchmarks;

/// <summary>What one operation of a benchmark reads, so the columns can turn its time into MB/s and pages/s.</summary>
internal enum Input
{
    /// <summary>Every text dump of the corpus.</summary>
    DumpCorpus,

    /// <summary>Every HTML page of the corpus.</summary>
    HtmlCorpus,

    /// <summary>The corpus in the form named by the benchmark's <c>Form</c> parameter.</summary>
    CorpusOfForm,

    /// <summary>One page grown to the benchmark's <c>SizeKB</c> parameter, in the form named by its <c>Form</c> parameter.</summary>
    GrownPage,
}

/// <summary>The two forms a page comes in.</summary>
public enum PageForm
{
    /// <summary>The visible text, one block per line.</summary>
    Dump,

    /// <summary>The page's HTML.</summary>
    Html,
}

/// <summary>Marks a benchmark method with what one operation reads.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class WorkloadAttribute(Input input) : Attribute
{
    public Input Input { get; } = input;
}

/// <summary>Bytes and pages one operation of a benchmark reads; the host computes it from the same corpus the benchmark loads.</summary>
internal static class Workload
{
    public static (long Bytes, int Pages)? Of(BenchmarkCase benchmarkCase)
    {
        WorkloadAttribute? attribute = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<WorkloadAttribute>();
        if (attribute is null)
        {
            return null;
        }

        Corpus corpus = Corpus.Shared;
        PageForm form = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Form")?.Value is PageForm f ? f : PageForm.Dump;
        return attribute.Input switch
        {
            Input.DumpCorpus => (corpus.DumpBytes, corpus.Dumps.Count),
            Input.HtmlCorpus => (corpus.HtmlBytes, corpus.Htmls.Count),
            Input.CorpusOfForm => form == PageForm.Dump ? (corpus.DumpBytes, corpus.Dumps.Count) : (corpus.HtmlBytes, corpus.Htmls.Count),
            Input.GrownPage => (GrownPage.Build(form, (int)benchmarkCase.Parameters["SizeKB"]).Length, 1),
            _ => null,
        };
    }
}
