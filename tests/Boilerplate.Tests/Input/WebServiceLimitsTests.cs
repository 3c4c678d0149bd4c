using Boilerplate.Tests.Support;
using Xunit.Abstractions;

namespace Boilerplate.Tests.Input;

/// <summary><see cref="PipelineLimits.WebService"/> never cuts or refuses a real page: every evaluation page is within each of its limits.</summary>
public sealed class WebServiceLimitsTests(ITestOutputHelper output)
{
    [Fact]
    public void WebService_EveryEvaluationPageIsWithinEveryLimit()
    {
        PipelineLimits web = PipelineLimits.WebService;
        string root = RepositoryFolders.Eval(output, "the sample and test pages beside the test binaries") ?? AppContext.BaseDirectory;
        int pages = 0;
        foreach (string path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            bool html = path.EndsWith(".html", StringComparison.Ordinal);
            if (!html && !path.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            byte[] bytes = File.ReadAllBytes(path);

            // Decoding never gives more characters than bytes, and every element, comment or block opens with '<'.
            Assert.True(bytes.Length <= web.MaxInputChars, $"{path}: {bytes.Length} bytes");
            if (html)
            {
                Assert.True(bytes.AsSpan().Count((byte)'<') <= Math.Min(web.MaxHtmlElements, web.MaxBlocks), $"{path}: too many tags");
            }
            else
            {
                string[] lines = File.ReadAllLines(path);
                Assert.True(lines.Length <= web.MaxBlocks, $"{path}: {lines.Length} lines");
                Assert.True(lines.Select(l => l.Length).DefaultIfEmpty().Max() <= web.MaxLineChars, $"{path}: a line too long");
            }

            pages++;
        }

        output.WriteLine($"{pages} pages under {root}");
        Assert.True(pages > 0);
    }
}
