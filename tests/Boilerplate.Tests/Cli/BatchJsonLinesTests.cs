using System.Text.Json;

namespace Boilerplate.Tests.Cli;

/// <summary><c>boilerplate batch</c> on JSON Lines: fields passed through, missing and wrong fields reported, order kept.</summary>
public sealed class BatchJsonLinesTests
{
    private const string Dump = "Lighthouse keepers\\nHome\\nNews\\nFor more than a century the keepers of the northern lighthouses lived through long winters cut off from the mainland.\\nTheir logbooks record storms, shipwrecks and the daily routine of trimming wicks and polishing the lenses.";

    private static readonly string s_input = string.Join('\n',
        """{"id":"a","url":"http://example.org/a","html":"<html><head><title>Page A</title></head><body><p>A paragraph long enough to be an article, about lighthouse keepers and their logbooks, storms and ships.</p></body></html>","lang":"en","meta":{"k":[1,2.50,"é"]}}""",
        $$"""{"id":2,"text":"{{Dump}}","title":"old title","extra":null}""",
        $$"""{"url":"http://example.org/c","text":"{{Dump}}"}""",
        """{"id":"d","body":"no text here"}""",
        """not json""",
        """[1,2]""",
        """{"id":"g","text":42}""",
        "   ",
        $$"""{"id":"h","text":"{{Dump}}"}""") + "\n";

    [Fact]
    public void JsonLines_PassesFieldsThroughReplacesTextDropsHtmlAndAddsTitle()
    {
        CliRun run = CliRun.InvokeWithInput(s_input, "batch", "--input", "-", "--output", "-");

        List<JsonElement> records = BatchData.JsonLines(run.Out);
        Assert.Equal(4, records.Count);

        // In place of "html", "text"; other fields in their order, untouched; "title" added at the end.
        Assert.Equal(["id", "url", "text", "lang", "meta", "title", "metadata"], records[0].Names());
        Assert.Equal("""{"k":[1,2.50,"é"]}""", records[0].GetProperty("meta").GetRawText());
        Assert.Equal("Page A", records[0].String("title"));
        Assert.Contains("lighthouse keepers and their logbooks", records[0].String("text"), StringComparison.Ordinal);

        // An input "title" is replaced in place by the page's title; null fields and number ids pass through.
        Assert.Equal(["id", "text", "title", "extra", "metadata"], records[1].Names());
        Assert.Equal(2, records[1].GetProperty("id").GetInt32());
        CleanResult dump = Cleaner.Process(JsonDocument.Parse($"\"{Dump}\"").RootElement.GetString()!);
        Assert.Equal(dump.Title, records[1].String("title"));
        Assert.Equal(dump.Text, records[1].String("text"));
        Assert.Equal(JsonValueKind.Null, records[1].GetProperty("extra").ValueKind);

        Assert.Equal("http://example.org/c", records[2].String("url"));
        Assert.Equal("h", records[3].String("id"));
    }

    [Fact]
    public void JsonLines_BadRecordsAreReportedWithIdAndReason_AndTheOthersGoOn()
    {
        using var temp = new TempDirectory();
        string errors = temp.Combine("errors.jsonl");

        CliRun run = CliRun.InvokeWithInput(s_input, "batch", "--input", "-", "--output", "-", "--errors", errors);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(4, BatchData.JsonLines(run.Out).Count);
        Assert.Equal(
            [
                "boilerplate: cannot parse record d (stdin line 4): no 'text' or 'html' field",
                "boilerplate: cannot parse stdin line 5: invalid JSON: ",
                "boilerplate: cannot parse stdin line 6: a JSON array, not an object",
                "boilerplate: cannot parse record g (stdin line 7): 'text' is a number, not a string",
            ],
            run.ErrorLines[..4].Select(l => l.StartsWith("boilerplate: cannot parse stdin line 5", StringComparison.Ordinal) ? l[..l.IndexOf("JSON: ", StringComparison.Ordinal)] + "JSON: " : l));
        Assert.StartsWith("boilerplate: 8 records, ", run.ErrorLines[4], StringComparison.Ordinal);
        Assert.EndsWith(", 4 errors", run.ErrorLines[4], StringComparison.Ordinal);

        List<JsonElement> logged = BatchData.JsonLines(File.ReadAllText(errors));
        Assert.Equal(["d", null, null, "g"], logged.Select(e => e.GetProperty("id").GetString()));
        Assert.All(logged, e => Assert.Equal(["id", "source", "stage", "error"], e.Names()));
        Assert.Equal("stdin line 7", logged[3].String("source"));
        Assert.Equal("parse", logged[3].String("stage"));
    }

    [Fact]
    public void AllowRecordErrors_ExitsZeroButStillReports()
    {
        CliRun run = CliRun.InvokeWithInput(s_input, "batch", "--input", "-", "--output", "-", "--allow-record-errors");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(4, BatchData.JsonLines(run.Out).Count);
        Assert.EndsWith(", 4 errors", run.ErrorLines[^1], StringComparison.Ordinal);
        Assert.Equal(5, run.ErrorLines.Length);
    }

    [Fact]
    public void JsonLines_NoTitle_KeepsTheInputTitleAndAddsNone()
    {
        CliRun run = CliRun.InvokeWithInput(s_input, "batch", "--input", "-", "--output", "-", "--no-title");

        List<JsonElement> records = BatchData.JsonLines(run.Out);
        Assert.Equal(["id", "url", "text", "lang", "meta", "metadata"], records[0].Names());
        Assert.Equal("old title", records[1].String("title"));
    }

    [Fact]
    public void JsonLines_ToFolder_NamesFilesByIdOrLineNumber()
    {
        using var temp = new TempDirectory();
        string input = temp.WriteFile("in.jsonl", s_input);
        string output = temp.Combine("out");

        CliRun run = CliRun.Invoke("batch", "--input", input, "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["2.txt", "3.txt", "a.txt", "h.txt"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void JsonLines_ManyRecordsOnManyThreads_KeepInputOrder()
    {
        var input = new System.Text.StringBuilder();
        for (int i = 0; i < 2000; i++)
        {
            // Uneven sizes, so that records finish out of order.
            string body = string.Concat(Enumerable.Repeat($"Sentence {i} of a paragraph that has some words in it. ", 1 + (i * 7 % 40)));
            input.Append(System.Globalization.CultureInfo.InvariantCulture, $$"""{"id":{{i}},"text":"Title {{i}}\n{{body}}"}""").Append('\n');
        }

        CliRun run = CliRun.InvokeWithInput(input.ToString(), "batch", "--input", "-", "--output", "-", "--threads", "4");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Enumerable.Range(0, 2000), BatchData.JsonLines(run.Out).Select(r => r.GetProperty("id").GetInt32()));
    }

    [Fact]
    public void JsonLines_GzipOnStdinAndWithBom_AreRead()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(s_input)]);
        }

        CliRun run = CliRun.InvokeWithBytes(buffer.ToArray(), "batch", "--input", "-", "--output", "-");

        Assert.Equal(CliRun.InvokeWithInput(s_input, "batch", "--input", "-", "--output", "-").Out, run.Out);
    }
}
