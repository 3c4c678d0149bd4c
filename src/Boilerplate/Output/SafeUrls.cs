using Boilerplate.Metadata;

namespace Boilerplate.Output;

/// <summary>
/// The only URLs the writers emit: absolute http(s), resolved against the page's base URL when relative; mailto for links;
/// base64 data:image/png|jpeg|gif|webp for images when asked. Control characters and blanks, which browsers drop from a
/// scheme ("java&#9;script:"), are removed before the scheme is read, and the URL is rebuilt by <see cref="Uri"/>.
/// </summary>
internal static class SafeUrls
{
    private static readonly string[] s_dataImagePrefixes = ["data:image/png;base64,", "data:image/jpeg;base64,", "data:image/jpg;base64,", "data:image/gif;base64,", "data:image/webp;base64,"];

    // C0 controls and the space, which browsers trim from a URL's ends.
    private static readonly char[] s_edges = [.. Enumerable.Range(0, 33).Select(c => (char)c)];

    public static string? Link(string raw, Uri? baseUrl)
    {
        string url = Strip(raw);
        if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(url, UriKind.Absolute, out Uri? mail) && mail.Scheme == Uri.UriSchemeMailto ? mail.AbsoluteUri : null;
        }

        return MetadataBuilder.Absolute(baseUrl, url);
    }

    public static string? Image(string raw, Uri? baseUrl, bool allowData)
    {
        string url = Strip(raw);
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            if (!allowData)
            {
                return null;
            }

            foreach (string prefix in s_dataImagePrefixes)
            {
                if (url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && IsBase64(url.AsSpan(prefix.Length)))
                {
                    return prefix + url[prefix.Length..];
                }
            }

            return null;
        }

        return MetadataBuilder.Absolute(baseUrl, url);
    }

    /// <summary>As browsers read an attribute's URL: entities decoded, tabs and line breaks dropped anywhere, blanks and controls trimmed.</summary>
    private static string Strip(string raw)
    {
        string decoded = raw.Contains('&', StringComparison.Ordinal) ? System.Net.WebUtility.HtmlDecode(raw) : raw;
        return decoded.Replace("\t", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal)
            .Replace("\r", string.Empty, StringComparison.Ordinal).Trim(s_edges);
    }

    private static bool IsBase64(ReadOnlySpan<char> data)
    {
        foreach (char c in data)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '/' or '='))
            {
                return false;
            }
        }

        return data.Length > 0;
    }
}
