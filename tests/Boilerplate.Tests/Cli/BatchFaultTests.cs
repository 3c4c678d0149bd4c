using System.IO.Compression;
using System.Text;

namespace Boilerplate.Tests.Cli;

/// <summary><c>boilerplate batch</c> on truncated and corrupt inputs: what comes before is written, the stop is explained.</summary>
public sealed class BatchFaultTests
{
    private static readonly string s_full = CliRun.Invoke("batch", "--input", BatchData.WarcPath, "--output", "-").Out;

    private static string[] FullLines => s_full.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void TruncatedWarcGz_StopsWithAMessage_AfterWritingEveryRecordBeforeIt()
    {
        // Cut in the middle of the largest gzip member (wget compresses each record on its own): the fourth page.
        byte[] warc = File.ReadAllBytes(BatchData.WarcPath);
        (int start, int length) = LargestGzipMember(warc);
        using var temp = new TempDirectory();
        string input = temp.Combine("cut.warc.gz");
        File.WriteAllBytes(input, warc[..(start + (length / 2))]);
        string output = temp.Combine("out", "articles.jsonl");

        CliRun run = CliRun.Invoke("batch", "--input", input, "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(FullLines[..3], File.ReadAllLines(output));
        Assert.Matches($@"^boilerplate: {Regex(input)}: the input ends inside record \d+ \(<urn:uuid:[0-9a-f-]+>\) after \d+ of its \d+ bytes \(truncated file\?\); stopped after 3 records$", run.ErrorLines[0]);
        Assert.StartsWith("boilerplate: 3 records, ", run.ErrorLines[1], StringComparison.Ordinal);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.Equal(["articles.jsonl"], Directory.GetFiles(temp.Combine("out")).Select(Path.GetFileName));
    }

    [Fact]
    public void TruncatedPlainWarc_InABlockOrInAHeader_Stops()
    {
        byte[] warc = BatchData.Decompress(BatchData.WarcPath);
        string text = Encoding.Latin1.GetString(warc);
        int secondPage = text.IndexOf("HTTP/1.0 200 OK", text.IndexOf("HTTP/1.0 200 OK", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        int thirdHeader = text.IndexOf("WARC-Type: response", secondPage, StringComparison.Ordinal);
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.Combine("block.warc"), warc[..(secondPage + 500)]);
        File.WriteAllBytes(temp.Combine("header.warc"), warc[..(thirdHeader + 12)]);

        CliRun inBlock = CliRun.Invoke("batch", "--input", temp.Combine("block.warc"), "--output", "-");
        CliRun inHeader = CliRun.Invoke("batch", "--input", temp.Combine("header.warc"), "--output", "-");

        Assert.Equal(1, inBlock.ExitCode);
        Assert.Equal(FullLines[..1], inBlock.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("the input ends inside record", inBlock.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(1, inHeader.ExitCode);
        Assert.Equal(FullLines[..2], inHeader.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("the input ends inside the header of record", inHeader.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void CorruptGzip_StopsWithAMessage()
    {
        byte[] warc = File.ReadAllBytes(BatchData.WarcPath);
        (int start, int length) = LargestGzipMember(warc);
        for (int i = start + (length / 2); i < start + (length / 2) + 64; i++)
        {
            warc[i] ^= 0x5A;
        }

        CliRun run = CliRun.InvokeWithBytes(warc, "batch", "--input", "-", "--output", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(FullLines[..3], run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("boilerplate: stdin: corrupt gzip data; stopped after 3 records", run.ErrorLines[0]);
    }

    [Fact]
    public void CorruptWarcRecords_AreReportedAndReadingGoesOnAtTheNextRecord()
    {
        string text = Encoding.Latin1.GetString(BatchData.Decompress(BatchData.WarcPath));

        // The second page's Content-Length made invalid, and junk between two records.
        int secondPage = text.IndexOf("108.html>", text.IndexOf("WARC-Type: response", text.IndexOf("108.html", StringComparison.Ordinal), StringComparison.Ordinal), StringComparison.Ordinal);
        int contentLength = text.IndexOf("Content-Length: ", secondPage, StringComparison.Ordinal) + "Content-Length: ".Length;
        text = text[..contentLength] + "twelve" + text[text.IndexOf('\r', contentLength)..];
        int fourth = text.LastIndexOf("WARC/1.0\r\nWARC-Type: request", text.IndexOf("3252222e", StringComparison.Ordinal), StringComparison.Ordinal);
        text = text[..fourth] + "this line is not a record\r\nnor this one\r\n" + text[fourth..];

        CliRun run = CliRun.InvokeWithBytes(Encoding.Latin1.GetBytes(text), "batch", "--input", "-", "--output", "-");

        Assert.Equal(1, run.ExitCode);
        string[] lines = FullLines;
        Assert.Equal([lines[0], lines[2], lines[3]], run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^boilerplate: cannot parse record <urn:uuid:[0-9a-f-]+> \(stdin record \d+\): no valid Content-Length; reading goes on at the next WARC/ line$", run.ErrorLines[0]);
        Assert.Matches(@"^boilerplate: cannot parse stdin record \d+: 41 bytes that are not a WARC record at offset \d+$", run.ErrorLines[1]);
        Assert.EndsWith(", 2 errors", run.ErrorLines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TruncatedJsonLines_StopsAtTheCutLine(bool gzip)
    {
        var lines = new StringBuilder();
        for (int i = 0; i < 50; i++)
        {
            string body = string.Concat(Enumerable.Repeat($"Line {i}: words that make the record long enough to be cut in the middle. ", 30));
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $$"""{"id":{{i}},"text":"Title\n{{body}}"}""").Append('\n');
        }

        byte[] bytes = Encoding.UTF8.GetBytes(lines.ToString());
        int cut = (bytes.Length * 3 / 5) + 7;
        using var temp = new TempDirectory();
        string input = temp.Combine(gzip ? "in.jsonl.gz" : "in.jsonl");
        File.WriteAllBytes(input, gzip ? Compress(bytes)[..(Compress(bytes).Length * 3 / 5)] : bytes[..cut]);

        CliRun run = CliRun.Invoke("batch", "--input", input, "--output", temp.Combine("out.jsonl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"^boilerplate: {Regex(input)}: the input ends inside line (\d+), which is not complete JSON \(truncated file\?\); stopped after \d+ records$", run.ErrorLines[0]);
        int written = File.ReadAllLines(temp.Combine("out.jsonl")).Length;
        Assert.Equal(int.Parse(System.Text.RegularExpressions.Regex.Match(run.ErrorLines[0], @"line (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1, written);
        Assert.True(written > 20, $"{written} records written");
    }

    [Fact]
    public void UnreadableContainer_IsReportedAndTheOthersGoOn()
    {
        using var input = new TempDirectory();
        File.Copy(BatchData.WarcPath, input.Combine("a.warc.gz"));
        string dangling = input.Combine("b.warc.gz");
        File.CreateSymbolicLink(dangling, input.Combine("no-such-file"));

        CliRun run = CliRun.Invoke("batch", "--input", input.Path, "--output", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(4, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal($"boilerplate: cannot read '{dangling}': file not found", run.ErrorLines[0]);
    }

    [Fact]
    public void SameOutputNameTwice_TheFirstIsWrittenAndTheSecondReported()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        File.Copy(CliRun.SamplePath, input.Combine("page.txt"));
        File.WriteAllBytes(input.Combine("page.html"), CleanHtmlTests.Page);

        CliRun run = CliRun.Invoke("batch", "--input", input.Path, "--output", output.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(CliRun.Invoke("clean", input.Combine("page.html")).Out, File.ReadAllText(output.Combine("page.txt")));
        Assert.Equal($"boilerplate: cannot write '{input.Combine("page.txt")}' to 'page.txt': already written for 'page'", run.ErrorLines[0]);
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);

    private static byte[] Compress(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    /// <summary>Where the largest gzip member starts and how long it is, told by the members' headers (1f 8b 08).</summary>
    private static (int Start, int Length) LargestGzipMember(byte[] gzip)
    {
        var starts = new List<int>();
        for (int i = 0; i + 3 < gzip.Length; i++)
        {
            if (gzip[i] == 0x1F && gzip[i + 1] == 0x8B && gzip[i + 2] == 0x08)
            {
                starts.Add(i);
            }
        }

        starts.Add(gzip.Length);
        int best = Enumerable.Range(0, starts.Count - 1).MaxBy(i => starts[i + 1] - starts[i]);
        return (starts[best], starts[best + 1] - starts[best]);
    }
}
