using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Boilerplate.Cli.Records;

/// <summary>
/// The parts of an HTTP response (a WARC <c>response</c> record's block) that cleaning needs: the status, the media
/// type and charset of <c>Content-Type</c>, and the body with any chunked transfer coding and gzip, deflate or Brotli
/// content coding undone.
/// </summary>
internal sealed class HttpResponse
{
    static HttpResponse() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private HttpResponse(int status, string? mediaType, string? charset, ReadOnlyMemory<byte> body)
    {
        Status = status;
        MediaType = mediaType;
        Charset = charset;
        Body = body;
    }

    public int Status { get; }

    /// <summary>The media type of <c>Content-Type</c>, lower case, or <see langword="null"/> when there is none.</summary>
    public string? MediaType { get; }

    /// <summary>The <c>charset</c> parameter of <c>Content-Type</c>, or <see langword="null"/>.</summary>
    public string? Charset { get; }

    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Whether the body is a page to clean: HTML or XHTML, or no media type at all.</summary>
    public bool IsHtml => MediaType is null or "text/html" or "application/xhtml+xml" or "application/xml" or "text/xml";

    /// <summary>The charset as an <see cref="Encoding"/> when .NET knows it, else <see langword="null"/>.</summary>
    public Encoding? Encoding
    {
        get
        {
            if (Charset is null)
            {
                return null;
            }

            try
            {
                return Encoding.GetEncoding(Charset);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// The body decoded by the HTTP charset, which wins over the page's &lt;meta&gt; (as in browsers) but not over a byte
    /// order mark; <see langword="null"/> when the bytes should be decoded by the library as a browser would.
    /// </summary>
    public string? DecodeByHttpCharset()
    {
        ReadOnlySpan<byte> body = Body.Span;
        bool hasByteOrderMark = body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        return !hasByteOrderMark && Encoding is { } encoding ? encoding.GetString(body) : null;
    }

    /// <summary>Parses a response.</summary>
    /// <exception cref="InvalidDataException">Not an HTTP response, or its content coding cannot be undone.</exception>
    public static HttpResponse Parse(byte[] message, int maxBodyBytes)
    {
        ReadOnlySpan<byte> span = message;
        int headerEnd = span.IndexOf("\r\n\r\n"u8);
        int bodyStart = headerEnd + 4;
        int lfOnly = span.IndexOf("\n\n"u8);
        if (lfOnly >= 0 && (headerEnd < 0 || lfOnly < headerEnd))
        {
            headerEnd = lfOnly;
            bodyStart = lfOnly + 2;
        }

        if (headerEnd < 0)
        {
            // Headers only, no body (a HEAD response, or a response cut off by the crawler).
            headerEnd = span.Length;
            bodyStart = span.Length;
        }

        string[] lines = Encoding.Latin1.GetString(span[..headerEnd]).Split('\n');
        string statusLine = lines[0].TrimEnd('\r');
        string[] parts = statusLine.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int status))
        {
            throw new InvalidDataException($"not an HTTP response (starts '{Shorten(statusLine)}')");
        }

        string? contentType = null, transferEncoding = null, contentEncoding = null;
        for (int i = 1; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            string name = line[..colon].Trim();
            string value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType ??= value;
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                transferEncoding = value;
            }
            else if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                contentEncoding = value;
            }
        }

        ReadOnlyMemory<byte> body = message.AsMemory(bodyStart);
        if (transferEncoding is not null && transferEncoding.Contains("chunked", StringComparison.OrdinalIgnoreCase)
            && Dechunk(body.Span) is { } dechunked)
        {
            // Crawlers that store the body decoded keep the header; the body is only dechunked when it is chunked.
            body = dechunked;
        }

        if (contentEncoding is not null && body.Length > 0)
        {
            body = Decode(body, contentEncoding.Trim().ToUpperInvariant(), maxBodyBytes);
        }

        (string? mediaType, string? charset) = ParseContentType(contentType);
        return new HttpResponse(status, mediaType, charset, body);
    }

    private static (string? MediaType, string? Charset) ParseContentType(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        string[] parts = value.Split(';');
        string mediaType = parts[0].Trim().ToLowerInvariant();
        string? charset = null;
        foreach (string parameter in parts.AsSpan(1))
        {
            int equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && parameter[..equals].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                charset = parameter[(equals + 1)..].Trim().Trim('"', '\'');
            }
        }

        return (mediaType.Length == 0 ? null : mediaType, string.IsNullOrEmpty(charset) ? null : charset);
    }

    /// <summary>Undoes chunked transfer coding, or returns <see langword="null"/> when the body is not validly chunked.</summary>
    private static byte[]? Dechunk(ReadOnlySpan<byte> body)
    {
        using var output = new MemoryStream(body.Length);
        while (true)
        {
            int lineEnd = body.IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                return null;
            }

            ReadOnlySpan<byte> sizeLine = body[..lineEnd].TrimEnd((byte)'\r');
            int extension = sizeLine.IndexOf((byte)';');
            if (extension >= 0)
            {
                sizeLine = sizeLine[..extension];
            }

            if (!int.TryParse(Encoding.ASCII.GetString(sizeLine.Trim((byte)' ')), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int size)
                || size < 0 || size > body.Length - lineEnd - 1)
            {
                return null;
            }

            body = body[(lineEnd + 1)..];
            if (size == 0)
            {
                // Trailers, if any, are ignored.
                return output.ToArray();
            }

            output.Write(body[..size]);
            body = body[size..];
            body = body.StartsWith("\r\n"u8) ? body[2..] : body.StartsWith("\n"u8) ? body[1..] : body;
        }
    }

    private static ReadOnlyMemory<byte> Decode(ReadOnlyMemory<byte> body, string coding, int maxBodyBytes)
    {
        var compressed = new MemoryStream(body.ToArray(), writable: false);
        using Stream decoder = coding switch
        {
            "IDENTITY" => compressed,
            "GZIP" or "X-GZIP" => new GZipStream(compressed, CompressionMode.Decompress),

            // "deflate" is meant to be zlib-wrapped, but servers also send raw deflate.
            "DEFLATE" => body.Span[0] == 0x78 ? new ZLibStream(compressed, CompressionMode.Decompress) : new DeflateStream(compressed, CompressionMode.Decompress),
            "BR" => new BrotliStream(compressed, CompressionMode.Decompress),
            _ => throw new InvalidDataException($"unsupported Content-Encoding '{coding.ToLowerInvariant()}'"),
        };

        using var output = new MemoryStream();
        byte[] buffer = new byte[81920];
        int read;
        do
        {
            try
            {
                read = decoder.Read(buffer);
            }
            catch (InvalidDataException ex)
            {
                throw new InvalidDataException($"cannot undo Content-Encoding '{coding.ToLowerInvariant()}': {ex.Message}", ex);
            }

            if (output.Length + read > maxBodyBytes)
            {
                throw new InvalidDataException($"the body decompresses to over {maxBodyBytes / (1024 * 1024)} MiB");
            }

            output.Write(buffer, 0, read);
        }
        while (read > 0);

        return output.ToArray();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
