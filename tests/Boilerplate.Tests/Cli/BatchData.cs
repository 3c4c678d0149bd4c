using System.IO.Compression;
using System.Text.Json;

namespace Boilerplate.Tests.Cli;

/// <summary>The real WARC and WET test files (see Data/make-test-data.sh) and helpers to read JSON Lines output.</summary>
internal static class BatchData
{
    /// <summary>Written by wget 1.21 fetching four eval pages, a 404 and robots.txt from python3 -m http.server.</summary>
    public static readonly string WarcPath = Path.Combine(AppContext.BaseDirectory, "Cli", "Data", "pages.warc.gz");

    /// <summary>Common Crawl's WET format for the same four pages.</summary>
    public static readonly string WetPath = Path.Combine(AppContext.BaseDirectory, "Cli", "Data", "pages.warc.wet.gz");

    /// <summary>The pages in the WARC, in fetch order, with their titles.</summary>
    public static readonly (string File, string Title)[] Pages =
    [
        ("001.html", "Get your Frontend JavaScript Code Covered"),
        ("108.html", "Progressive Labour Party"),
        ("hukumusume.html", "欲張りなイヌ ＜福娘童話集 きょうのイソップ童話＞"),
        ("3252222e61fe78982cffe0b0bad2b089c27b32f65852d1c5d3951517f3c2e295.html", "A Fantástica Loja dos Materiais Educativos"),
    ];

    public static byte[] Decompress(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The HTTP body of the WARC's response for <paramref name="file"/>, found by plain byte search (python's http.server sends Content-Length).</summary>
    public static byte[] ResponseBody(string file)
    {
        byte[] warc = Decompress(WarcPath);
        string latin1 = System.Text.Encoding.Latin1.GetString(warc);
        int response = latin1.IndexOf("WARC-Type: response", StringComparison.Ordinal);
        while (!latin1.AsSpan(response, 400).Contains("/" + file + ">", StringComparison.Ordinal))
        {
            response = latin1.IndexOf("WARC-Type: response", response + 1, StringComparison.Ordinal);
        }

        int http = latin1.IndexOf("HTTP/1.", response, StringComparison.Ordinal);
        int length = int.Parse(System.Text.RegularExpressions.Regex.Match(latin1[http..], @"Content-Length: (\d+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        int body = latin1.IndexOf("\r\n\r\n", http, StringComparison.Ordinal) + 4;
        return warc[body..(body + length)];
    }

    public static List<JsonElement> JsonLines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    public static string String(this JsonElement element, string name) => element.GetProperty(name).GetString()!;

    public static string[] Names(this JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
