using System.Text;
using System.Text.Json;

namespace Boilerplate.Tests.Cli;

/// <summary><c>boilerplate batch</c> on real WARC and WET files: records, keys, order, formats and places.</summary>
public sealed class BatchWarcTests
{
    [Fact]
    public void Warc_ToStandardOutput_GivesOneRecordPerHtmlPageInOrderKeyedByRecordIdAndUri()
    {
        CliRun run = CliRun.Invoke("batch", "--input", BatchData.WarcPath, "--output", "-");

        Assert.Equal(0, run.ExitCode);
        List<JsonElement> records = BatchData.JsonLines(run.Out);
        Assert.Equal(BatchData.Pages.Length, records.Count);
        for (int i = 0; i < records.Count; i++)
        {
            JsonElement record = records[i];
            Assert.Equal(["WARC-Record-ID", "WARC-Target-URI", "WARC-Date", "title", "text", "metadata"], record.Names());
            Assert.Matches("^<urn:uuid:[0-9a-f-]{36}>$", record.String("WARC-Record-ID"));
            Assert.Matches($"^http://127\\.0\\.0\\.1:\\d+/{BatchData.Pages[i].File}$", record.String("WARC-Target-URI"));
            Assert.Equal(BatchData.Pages[i].Title, record.String("title"));
            Assert.True(record.String("text").Length > 200, record.String("text"));
        }

        // The 404 and robots.txt (text/plain) are skipped, not errors; request, metadata and resource records are not counted.
        string summary = Assert.Single(run.ErrorLines);
        Assert.StartsWith("boilerplate: 6 records, 2 skipped, ", summary, StringComparison.Ordinal);
        Assert.EndsWith(", 0 errors", summary, StringComparison.Ordinal);

        // Each page cleaned from its HTTP body as 'clean' cleans the file (the windows-1252 page decoded by its <meta>).
        for (int i = 0; i < records.Count; i++)
        {
            CleanResult expected = Cleaner.ProcessHtml(BatchData.ResponseBody(BatchData.Pages[i].File));
            Assert.Equal(expected.Title, records[i].String("title"));
            Assert.Equal(expected.Text, records[i].String("text"));
        }
    }

    [Fact]
    public void Warc_UncompressedOnStdinAndCompressedOnStdin_GiveTheSameRecords()
    {
        string expected = CliRun.Invoke("batch", "--input", BatchData.WarcPath, "--output", "-").Out;
        using var temp = new TempDirectory();
        string plain = temp.Combine("pages.warc");
        File.WriteAllBytes(plain, BatchData.Decompress(BatchData.WarcPath));

        Assert.Equal(expected, CliRun.Invoke("batch", "--input", plain, "--output", "-").Out);
        Assert.Equal(expected, CliRun.InvokeWithBytes(File.ReadAllBytes(BatchData.WarcPath), "batch", "--input", "-", "--output", "-").Out);
        Assert.Equal(expected, CliRun.InvokeWithBytes(File.ReadAllBytes(plain), "batch", "--input", "-", "--output", "-", "--threads", "1").Out);
    }

    [Fact]
    public void Wet_ConversionRecords_AreCleanedAsTextDumpsAndReferToTheirResponses()
    {
        List<JsonElement> responses = BatchData.JsonLines(CliRun.Invoke("batch", "--input", BatchData.WarcPath, "--output", "-").Out);

        CliRun run = CliRun.Invoke("batch", "--input", BatchData.WetPath, "--output", "-");

        Assert.Equal(0, run.ExitCode);
        List<JsonElement> records = BatchData.JsonLines(run.Out);
        Assert.Equal(responses.Count, records.Count);
        for (int i = 0; i < records.Count; i++)
        {
            Assert.Equal(["WARC-Record-ID", "WARC-Target-URI", "WARC-Date", "WARC-Refers-To", "WARC-Identified-Content-Language", "title", "text", "metadata"], records[i].Names());
            Assert.Equal(responses[i].String("WARC-Record-ID"), records[i].String("WARC-Refers-To"));
            Assert.Equal(responses[i].String("WARC-Target-URI"), records[i].String("WARC-Target-URI"));
        }

        Assert.Equal("jpn", records[2].String("WARC-Identified-Content-Language"));
        Assert.StartsWith("boilerplate: 4 records, ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);

        // The block of a conversion record is the text dump: the same result as 'clean' on it.
        string dump = ConversionText(BatchData.Decompress(BatchData.WetPath), records[0].String("WARC-Record-ID"));
        CleanResult expected = Cleaner.Process(dump);
        Assert.Equal(expected.Title, records[0].String("title"));
        Assert.Equal(expected.Text, records[0].String("text"));
    }

    [Fact]
    public void Warc_ToFolder_WritesAFilePerRecordNamedByItsUuid()
    {
        List<JsonElement> records = BatchData.JsonLines(CliRun.Invoke("batch", "--input", BatchData.WarcPath, "--output", "-").Out);
        using var output = new TempDirectory();

        CliRun run = CliRun.Invoke("batch", "--input", BatchData.WarcPath, "--output", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(records.Count, Directory.GetFiles(output.Path, "*", SearchOption.AllDirectories).Length);
        foreach (JsonElement record in records)
        {
            string uuid = record.String("WARC-Record-ID")["<urn:uuid:".Length..^1];
            Assert.Equal(record.String("title") + "\n\n" + record.String("text") + "\n", File.ReadAllText(output.Combine(uuid + ".txt")));
        }
    }

    [Fact]
    public void MixedFolder_ReadsPagesJsonLinesWarcAndWet_IntoAFolderPerContainer()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        File.Copy(CliRun.SamplePath, input.Combine("dump.txt"));
        Directory.CreateDirectory(input.Combine("site"));
        File.WriteAllBytes(input.Combine("site", "page.html"), CleanHtmlTests.Page);
        Directory.CreateDirectory(input.Combine("crawl"));
        File.Copy(BatchData.WarcPath, input.Combine("crawl", "a.warc.gz"));
        File.Copy(BatchData.WetPath, input.Combine("crawl", "a.warc.wet.gz"));
        input.WriteFile("feed.jsonl", """{"id":"x1","text":"Hello\nA line of text that is long enough to be kept as the body of the page."}""" + "\n");
        input.WriteFile("notes.md", "not an input");

        CliRun run = CliRun.Invoke("batch", "--input", input.Path, "--output", output.Path, "--threads", "2");

        Assert.Equal(0, run.ExitCode);
        string[] written = [.. Directory.GetFiles(output.Path, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(output.Path, p).Replace('\\', '/'))];
        Assert.Contains("dump.txt", written);
        Assert.Contains("site/page.txt", written);
        Assert.Contains("feed/x1.txt", written);
        Assert.Equal(4, written.Count(p => p.StartsWith("crawl/a.warc/", StringComparison.Ordinal)));
        Assert.Equal(4, written.Count(p => p.StartsWith("crawl/a/", StringComparison.Ordinal)));
        Assert.Equal(11, written.Length);
        Assert.Equal(CliRun.Invoke("clean", CliRun.SamplePath).Out, File.ReadAllText(output.Combine("dump.txt")));
        Assert.StartsWith("boilerplate: 13 records, 2 skipped, ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void PageFolder_ToJsonLines_KeysPagesByTheirRelativePath()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        File.Copy(CliRun.SamplePath, input.Combine("b.txt"));
        Directory.CreateDirectory(input.Combine("a"));
        File.WriteAllBytes(input.Combine("a", "page.htm"), CleanHtmlTests.Page);
        string jsonl = output.Combine("out.jsonl");

        CliRun run = CliRun.Invoke("batch", "--input", input.Path, "--output", jsonl, "--no-title");

        Assert.Equal(0, run.ExitCode);
        List<JsonElement> records = BatchData.JsonLines(File.ReadAllText(jsonl));
        Assert.Equal(["a/page", "b"], records.Select(r => r.String("id")));
        Assert.Equal(["id", "text", "metadata"], records[0].Names());
        Assert.Equal(Cleaner.ProcessHtml(CleanHtmlTests.Page).Text, records[0].String("text"));
        Assert.Equal(Cleaner.Clean(File.ReadAllText(CliRun.SamplePath)), records[1].String("text"));
        Assert.StartsWith("boilerplate: 2 files, ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Glob_SelectsMatchingFilesOnly()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        File.Copy(BatchData.WarcPath, input.Combine("x.warc.gz"));
        Directory.CreateDirectory(input.Combine("deep", "er"));
        File.Copy(BatchData.WarcPath, input.Combine("deep", "er", "y.warc.gz"));
        File.Copy(BatchData.WetPath, input.Combine("deep", "z.warc.wet.gz"));

        CliRun all = CliRun.Invoke("batch", "--input", input.Combine("**", "*.warc.gz"), "--output", output.Combine("all.jsonl"));
        CliRun top = CliRun.Invoke("batch", "--input", input.Combine("*.warc.gz"), "--output", output.Combine("top.jsonl"));
        CliRun wet = CliRun.Invoke("batch", "--input", input.Path + "/**/*.wet.gz", "--output", output.Combine("wet.jsonl"));

        Assert.Equal(8, BatchData.JsonLines(File.ReadAllText(output.Combine("all.jsonl"))).Count);
        Assert.Equal(4, BatchData.JsonLines(File.ReadAllText(output.Combine("top.jsonl"))).Count);
        Assert.All(BatchData.JsonLines(File.ReadAllText(output.Combine("wet.jsonl"))), r => Assert.True(r.TryGetProperty("WARC-Refers-To", out _)));
        Assert.Equal([0, 0, 0], new[] { all.ExitCode, top.ExitCode, wet.ExitCode });
    }

    [Fact]
    public void Markdown_GoesToMdFilesAndToTheTextField()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        File.WriteAllBytes(input.Combine("page.html"), CleanHtmlTests.Page);
        CleanResult expected = Cleaner.ProcessHtml(CleanHtmlTests.Page);

        CliRun folder = CliRun.Invoke("batch", "--input", input.Path, "--output", output.Combine("md"), "--format", "markdown");
        CliRun lines = CliRun.Invoke("batch", "--input", input.Path, "--output", "-", "--format", "markdown");

        Assert.Equal(0, folder.ExitCode);
        Assert.Equal(CliRun.Invoke("clean", input.Combine("page.html"), "--format", "markdown").Out, File.ReadAllText(output.Combine("md", "page.md")));
        JsonElement record = Assert.Single(BatchData.JsonLines(lines.Out));
        Assert.Equal(expected.Title, record.String("title"));
        Assert.Equal(expected.ToMarkdown()[$"# {expected.Title}\n".Length..].Trim('\n'), record.String("text"));
    }

    [Fact]
    public void Explain_AddsTheRemovedBlocksWithFilterAndReason()
    {
        CliRun run = CliRun.Invoke("batch", "--input", BatchData.WetPath, "--output", "-", "--explain");

        Assert.Equal(0, run.ExitCode);
        JsonElement record = BatchData.JsonLines(run.Out)[0];
        Assert.Equal("removed", record.Names()[^1]);
        JsonElement removed = record.GetProperty("removed");
        Assert.True(removed.GetArrayLength() > 0);
        Assert.All(removed.EnumerateArray(), e => Assert.Equal(["line", "text", "filter", "reason", "kind", "code"], e.Names()));
    }

    [Fact]
    public void JsonLinesGzipOutput_IsCompressedAndLeavesNoTemporaryFile()
    {
        using var output = new TempDirectory();
        string path = output.Combine("out.jsonl.gz");

        CliRun run = CliRun.Invoke("batch", "--input", BatchData.WarcPath, "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(CliRun.Invoke("batch", "--input", BatchData.WarcPath, "--output", "-").Out, Encoding.UTF8.GetString(BatchData.Decompress(path)));
        Assert.Equal(["out.jsonl.gz"], Directory.GetFiles(output.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("--explain")]
    [InlineData("--format", "json")]
    [InlineData("--format", "pdf")]
    [InlineData("--errors")]
    public void Batch_OptionsThatNeedJsonLinesOrAreInvalid_AreUsageErrors(params string[] options)
    {
        using var output = new TempDirectory();

        CliRun run = CliRun.Invoke(["batch", "--input", BatchData.WarcPath, "--output", output.Path, .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("boilerplate batch --help", run.Error, StringComparison.Ordinal);
    }

    private static string ConversionText(byte[] wet, string recordId)
    {
        string text = Encoding.UTF8.GetString(wet);
        int header = text.IndexOf("WARC-Record-ID: " + recordId, StringComparison.Ordinal);
        int length = int.Parse(System.Text.RegularExpressions.Regex.Match(text[header..], @"Content-Length: (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        int body = text.IndexOf("\r\n\r\n", header, StringComparison.Ordinal) + 4;
        return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text[body..])[..length]);
    }
}
