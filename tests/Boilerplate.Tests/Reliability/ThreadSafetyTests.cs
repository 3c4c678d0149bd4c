using System.Security.Cryptography;
using System.Text;
using static Boilerplate.Tests.Reliability.HostilePages;

namespace Boilerplate.Tests.Reliability;

/// <summary>
/// One pipeline shared by many threads gives, over the whole ../shared/eval corpus (both forms), byte-identical results
/// to a single thread, run after run. Without the corpus it runs on the samples and generated pages instead.
/// </summary>
public sealed class ThreadSafetyTests
{
    [Fact]
    public void SharedPipelineOnManyThreads_IsByteIdenticalToOneThread_RunAfterRun()
    {
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().UseDefaults().Build();
        Page[] pages = LoadPages(out bool fromEval);
        Assert.True(pages.Length >= (fromEval ? 2000 : 20), $"only {pages.Length} pages found");

        byte[][] expected = pages.Select(p => Fingerprint(p.Run(pipeline))).ToArray();

        // Twice, on four times as many threads as cores, in two different orders that mix the data sets and forms.
        for (int run = 0; run < 2; run++)
        {
            // A stride that shares no factor with the page count visits every page once (49 fallback pages and a stride of 7 did not).
            int stride = CoprimeStride(run == 0 ? 7 : 13, pages.Length);
            byte[][] actual = new byte[pages.Length][];
            Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 * Environment.ProcessorCount }, i =>
            {
                int page = (int)((long)i * stride % pages.Length);
                actual[page] = Fingerprint(pages[page].Run(pipeline));
            });

            for (int i = 0; i < pages.Length; i++)
            {
                Assert.True(expected[i].AsSpan().SequenceEqual(actual[i]), $"run {run}: {pages[i].Name} differs from the single-threaded result");
            }
        }
    }

    private static int CoprimeStride(int stride, int count)
    {
        while (System.Numerics.BigInteger.GreatestCommonDivisor(stride, count) != 1)
        {
            stride++;
        }

        return stride;
    }

    /// <summary>A hash of everything a caller can observe: title, text, warnings, Markdown and every block's decision.</summary>
    private static byte[] Fingerprint(CleanResult result)
    {
        var builder = new StringBuilder();
        builder.Append(result.Title).Append('\u0001').Append(result.Text).Append('\u0001').Append(result.Warnings).Append('\u0001')
            .Append(result.Document.Language).Append('\u0001').Append(result.ToMarkdown()).Append('\u0001');
        foreach (BlockDecision d in result.Explain())
        {
            builder.Append(d.Index).Append('|').Append(d.LineNumber).Append('|').Append(d.Label).Append('|').Append(d.Filter).Append('|').Append(d.Reason).Append('\u0002');
        }

        return SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
    }

    private static Page[] LoadPages(out bool fromEval)
    {
        var pages = new List<Page>();
        string? eval = EvalFolder();
        fromEval = eval is not null;
        if (eval is not null)
        {
            foreach (string dataSet in Directory.GetDirectories(eval).Order(StringComparer.Ordinal))
            {
                if (!Directory.Exists(Path.Combine(dataSet, "dump")) || !Directory.Exists(Path.Combine(dataSet, "html")))
                {
                    continue;
                }

                foreach (string file in Directory.EnumerateFiles(Path.Combine(dataSet, "dump"), "*.txt").Order(StringComparer.Ordinal))
                {
                    pages.Add(new Page(file, File.ReadAllText(file), null));
                }

                foreach (string file in Directory.EnumerateFiles(Path.Combine(dataSet, "html"), "*.html").Order(StringComparer.Ordinal))
                {
                    pages.Add(new Page(file, null, File.ReadAllBytes(file)));
                }
            }

            return [.. pages];
        }

        string sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "news-article.dump.txt"));
        pages.Add(new Page("sample", sample, null));
        string[] paragraphs = [Paragraph1, Paragraph2, Paragraph3];
        for (int n = 0; n < 24; n++)
        {
            string[] body = [.. Enumerable.Range(0, 1 + (n % 3)).Select(k => paragraphs[(n + k) % 3])];
            pages.Add(new Page($"generated-{n}.txt", Dump([$"Story {n}", .. body]), null));
            pages.Add(new Page($"generated-{n}.html", null, Encoding.UTF8.GetBytes(HtmlPage(body))));
        }

        return [.. pages];
    }

    private sealed record Page(string Name, string? Text, byte[]? Bytes)
    {
        public CleanResult Run(BoilerplatePipeline pipeline) => Text is not null ? pipeline.Process(Text) : pipeline.ProcessHtml(Bytes);
    }
}
