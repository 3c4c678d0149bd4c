namespace Boilerplate.Cli.Sites;

/// <summary>The site a URL belongs to: its host lower-cased, without a leading <c>www.</c>.</summary>
internal static class SiteHost
{
    /// <summary>The site of <paramref name="url"/>, or <see langword="null"/> when it is not an absolute URL with a host.</summary>
    public static string? Of(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out Uri? uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        string host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
