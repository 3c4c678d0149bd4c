using System.IO.Compression;
using System.Text;
using Boilerplate.Cli.Records;

namespace Boilerplate.Tests.Cli;

/// <summary>The record layer on its own: HTTP bodies in WARC responses, WARC fields, globs, line reading, the progress line.</summary>
public sealed class RecordReaderTests
{
    private const string Html = "<html><head><title>Café</title></head><body><p>Hello</p></body></html>";

    [Fact]
    public void Http_ChunkedBody_IsDechunked()
    {
        byte[] message = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "10\r\n<html><head><tit\r\n" + $"{Html.Length - 16:x}\r\n{Html[16..]}\r\n0\r\n\r\n");

        HttpResponse response = HttpResponse.Parse(message, 1 << 20);

        Assert.Equal(200, response.Status);
        Assert.Equal(Html.Replace("é", "?", StringComparison.Ordinal), Encoding.ASCII.GetString(response.Body.Span));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public void Http_ContentEncoding_IsUndone(string coding)
    {
        byte[] body = Encoding.UTF8.GetBytes(Html);
        using var compressed = new MemoryStream();
        using (Stream encoder = coding switch
        {
            "gzip" => new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true),
            "deflate" => new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true),
            _ => new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true),
        })
        {
            encoder.Write(body);
        }

        byte[] message = [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Encoding: {coding}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"), .. compressed.ToArray()];

        HttpResponse response = HttpResponse.Parse(message, 1 << 20);

        Assert.Equal(body, response.Body.ToArray());
        Assert.Equal("utf-8", response.Charset);
    }

    [Fact]
    public void Http_BrokenContentEncoding_IsAnError()
    {
        byte[] message = [.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n"), 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF];

        var error = Assert.Throws<InvalidDataException>(() => HttpResponse.Parse(message, 1 << 20));
        Assert.StartsWith("cannot undo Content-Encoding 'gzip'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Content-Type: text/html; charset=\"ISO-8859-1\"", "text/html", "ISO-8859-1", true)]
    [InlineData("content-type: Application/XHTML+XML", "application/xhtml+xml", null, true)]
    [InlineData("Content-Type: image/png", "image/png", null, false)]
    [InlineData("Server: x", null, null, true)]
    public void Http_ContentType_GivesMediaTypeAndCharset(string header, string? mediaType, string? charset, bool isHtml)
    {
        HttpResponse response = HttpResponse.Parse(Encoding.ASCII.GetBytes($"HTTP/1.0 404 Not Found\r\n{header}\r\n\r\nbody"), 1 << 20);

        Assert.Equal(404, response.Status);
        Assert.Equal(mediaType, response.MediaType);
        Assert.Equal(charset, response.Charset);
        Assert.Equal(isHtml, response.IsHtml);
    }

    [Fact]
    public void Http_NotAResponse_IsAnError()
    {
        Assert.Throws<InvalidDataException>(() => HttpResponse.Parse(Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\n\r\n"), 1 << 20));
    }

    [Fact]
    public void Warc_HttpCharsetWinsOverTheMetaOfThePage()
    {
        // A windows-1252 page whose server says so, while its <meta> wrongly claims UTF-8.
        byte[] page = Encoding.Latin1.GetBytes("<html><head><meta charset=\"utf-8\"><title>Crème brûlée</title></head><body><p>Une crème brûlée est un dessert français, servi froid, dont la croûte est caramélisée au moment de servir.</p></body></html>");
        byte[] block = [.. Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n"), .. page];
        byte[] warc = [.. Encoding.ASCII.GetBytes($"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nWARC-Target-URI: http://example.org/\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {block.Length}\r\n\r\n"), .. block, .. "\r\n\r\n"u8];

        CliRun run = CliRun.InvokeWithBytes(warc, "batch", "--input", "-", "--output", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Crème brûlée", BatchData.JsonLines(run.Out)[0].String("title"));
    }

    [Fact]
    public void Warc_FoldedFieldsAndRecordsWithoutTrailingNewlines_AreRead()
    {
        byte[] text = "Title\nA text dump line that is long enough to be kept as the article body of this page."u8.ToArray();
        string head = $"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: http://example.org/a\r\nWARC-Record-ID: <urn:uuid:1>\r\nX-Note: first part\r\n  second part\r\nContent-Length: {text.Length}\r\n\r\n";
        byte[] file = [.. Encoding.ASCII.GetBytes(head), .. text, .. Encoding.ASCII.GetBytes(head.Replace("uuid:1", "uuid:2", StringComparison.Ordinal)), .. text];
        var reader = new WarcReader(new MemoryStream(file), "test", (_, _) => true, 1 << 20);

        WarcRecord first = reader.Next()!;
        WarcRecord second = reader.Next()!;

        Assert.Null(reader.Next());
        Assert.Equal("first part second part", first.Get("x-note"));
        Assert.Equal(text, first.Block);
        Assert.Equal("<urn:uuid:2>", second.RecordId);
        Assert.Equal(2, second.Number);
    }

    [Theory]
    [InlineData("root/*.warc.gz", "root", "a.warc.gz", true)]
    [InlineData("root/*.warc.gz", "root", "sub/a.warc.gz", false)]
    [InlineData("root/**/*.warc.gz", "root", "a.warc.gz", true)]
    [InlineData("root/**/*.warc.gz", "root", "x/y/a.warc.gz", true)]
    [InlineData("root/x/**/a?.html", "root/x", "a1.html", true)]
    [InlineData("root/x/**/a?.html", "root/x", "q/a12.html", false)]
    [InlineData("*.jsonl", ".", "seg.1.jsonl", true)]
    [InlineData("/data/**", "/data", "any/thing", true)]
    public void Glob_MatchesLikeAShell(string pattern, string root, string path, bool matches)
    {
        var glob = Glob.Parse(pattern);

        Assert.Equal(root, glob.Root);
        Assert.Equal(matches, glob.IsMatch(path));
    }

    [Fact]
    public void ByteReader_LongLinesAreSkippedAndTheLastLineMayLackItsNewline()
    {
        var reader = new ByteReader(new MemoryStream(Encoding.ASCII.GetBytes("short\n" + new string('x', 300_000) + "\nafter\nlast")));

        Assert.Equal(LineStatus.Line, reader.ReadLine(1000, out ReadOnlySpan<byte> line));
        Assert.Equal("short", Encoding.ASCII.GetString(line));
        Assert.Equal(LineStatus.TooLong, reader.ReadLine(1000, out _));
        Assert.Equal(LineStatus.Line, reader.ReadLine(1000, out line));
        Assert.Equal("after", Encoding.ASCII.GetString(line));
        Assert.Equal(LineStatus.Line, reader.ReadLine(1000, out line));
        Assert.Equal("last", Encoding.ASCII.GetString(line));
        Assert.False(reader.LastLineEndedWithNewline);
        Assert.Equal(LineStatus.End, reader.ReadLine(1000, out _));
    }

    [Fact]
    public void Progress_OnATerminal_DrawsALiveLineThenClearsItForTheSummary()
    {
        using var error = new StringWriter();
        long consumed = 0;
        using var progress = new BatchProgress(error, live: true, totalBytes: 1000, () => consumed);
        consumed = 250;
        progress.Cleaned(2_000_000);
        progress.Failed("boilerplate: cannot clean record x (in.jsonl line 2): reason");
        Thread.Sleep(600);

        // Drawn here rather than waiting for the timer, which a loaded machine may not run in time.
        progress.Draw();
        string line = progress.StatusLine();
        progress.Summary();

        Assert.Matches(@"^2 records  2\.0 MB  [\d,]+ records/s  [\d.]+ MB/s  1 errors  25%  ETA \d+:\d\d:\d\d$", line);
        string text = error.ToString();
        Assert.Contains("\r2 records  2.0 MB", text, StringComparison.Ordinal);
        Assert.True(
            System.Text.RegularExpressions.Regex.IsMatch(text, @"\r +\rboilerplate: 2 records, 2\.00 MB in [\d.]+ s \(\d+ records/s, [\d.]+ MB/s\), 1 error\n$"),
            text.Replace("\r", "\\r", StringComparison.Ordinal));
    }

    [Fact]
    public void Progress_NotOnATerminal_PrintsOnlyReportsAndTheSummary()
    {
        using var error = new StringWriter();
        using (var progress = new BatchProgress(error, live: false, totalBytes: 0, () => 0, "file"))
        {
            progress.Cleaned(10);
            Thread.Sleep(300);
            progress.Summary();
        }

        Assert.DoesNotContain('\r', error.ToString());
        Assert.StartsWith("boilerplate: 1 file, 0.00 MB in ", error.ToString(), StringComparison.Ordinal);
    }
}
