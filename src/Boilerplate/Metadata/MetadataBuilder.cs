namespace Boilerplate.Metadata;

/// <summary>
/// Weighs what a page declares into one <see cref="PageMetadata"/>: for each field the most trusted source that gives a
/// valid value wins (JSON-LD, then OpenGraph and Twitter, then &lt;meta&gt;, microdata and links, then the page's text).
/// </summary>
internal static class MetadataBuilder
{
    private static readonly string[] s_titleSeparators = [" | ", " - ", " – ", " — ", " » ", " · ", " • ", " :: ", " ｜ ", " / ", " : "];

    public static PageMetadata Build(PageDocument document, Uri? baseUrl, DateTime today) =>
        document.MarkupMetadata is { } markup ? FromMarkup(document, markup, baseUrl, today) : TextMetadataReader.Read(document, today);

    private static PageMetadata FromMarkup(PageDocument document, MarkupMetadata markup, Uri? baseUrl, DateTime today)
    {
        JsonLdFacts ld = markup.JsonLd ?? new JsonLdFacts();
        Uri? pageBase = BaseOf(baseUrl, markup.BaseHref);

        string? siteName = MetadataText.Clean(ld.SiteName) ?? MetadataText.Clean(markup.MetaValue("og:site_name"))
            ?? MetadataText.Clean(markup.MetaValue("application-name")) ?? MetadataText.Clean(markup.MetaValue("apple-mobile-web-app-title"));

        // JSON-LD names people best; an organization it names as the author (often the site) only when nothing names a person.
        var authors = new List<string>();
        if (!ld.AuthorsAreOrganizations)
        {
            AddFirstSource(authors, ld.Authors);
        }

        AddFirstSource(authors, markup.MetaAuthors, markup.ItemAuthors, markup.LinkAuthors, BylineTexts(document));
        if (authors.Count == 0)
        {
            TextMetadataReader.AddBylineNearHeadline(document, authors);
        }

        AddFirstSource(authors, ld.Authors);

        string? published = FirstDate(today, ld.DatePublished, markup.MetaValue("article:published_time"), markup.MetaValue("og:article:published_time"),
            markup.MetaValue("datepublished"), markup.ItemPublished, markup.MetaValue("citation_publication_date"), markup.MetaValue("citation_date"),
            markup.MetaValue("dc.date.issued"), markup.MetaValue("dc.date"), markup.MetaValue("dcterms.date"), markup.MetaValue("dcterms.created"),
            markup.MetaValue("date"), markup.MetaValue("pubdate"), markup.MetaValue("publishdate"), markup.MetaValue("publish-date"),
            markup.MetaValue("publish_date"), markup.MetaValue("parsely-pub-date"), markup.MetaValue("sailthru.date"), markup.MetaValue("article.published"),
            markup.MetaValue("published_time"), markup.MetaValue("og:published_time"), markup.MetaValue("release_date"))
            ?? BylineDate(document, today) ?? MetadataDates.Normalize(markup.FirstTime, today) ?? TextMetadataReader.DateNearHeadline(document, today);
        string? modified = FirstDate(today, ld.DateModified, markup.MetaValue("article:modified_time"), markup.MetaValue("og:updated_time"),
            markup.MetaValue("datemodified"), markup.ItemModified, markup.MetaValue("dcterms.modified"), markup.MetaValue("last-modified"));

        var tags = new List<string>();
        foreach (string tag in ld.Keywords.Concat(markup.Tags).Concat(ld.Keywords.Count + markup.Tags.Count == 0 ? markup.Keywords : []))
        {
            MetadataText.AddDistinct(tags, tag);
        }

        var categories = new List<string>();
        foreach (string section in ld.Sections.Concat(markup.Sections))
        {
            MetadataText.AddDistinct(categories, section);
        }

        return new PageMetadata
        {
            Title = Title(document, markup, ld, siteName),
            Authors = authors,
            DatePublished = published,
            DateModified = modified,
            SiteName = siteName,
            Description = MetadataText.Clean(markup.MetaValue("og:description")) ?? MetadataText.Clean(markup.MetaValue("description"))
                ?? MetadataText.Clean(markup.MetaValue("twitter:description")) ?? MetadataText.Clean(ld.Description),
            CanonicalUrl = Absolute(pageBase, markup.Canonical) ?? Absolute(pageBase, markup.MetaValue("og:url")) ?? Absolute(pageBase, ld.Url),
            Language = LanguageTag(markup.Language) ?? LanguageTag(markup.MetaValue("og:locale")) ?? LanguageTag(ld.Language)
                ?? LanguageTag(markup.MetaValue("content-language")) ?? document.Language,
            ImageUrl = Absolute(pageBase, markup.MetaValue("og:image")) ?? Absolute(pageBase, markup.MetaValue("og:image:url"))
                ?? Absolute(pageBase, markup.MetaValue("twitter:image")) ?? Absolute(pageBase, markup.MetaValue("twitter:image:src"))
                ?? Absolute(pageBase, ld.Image),
            Categories = categories,
            Tags = tags,
            License = License(pageBase, ld.License ?? markup.License),
            PageType = ld.PageType ?? PageTypes.FromOpenGraph(markup.MetaValue("og:type")),
        };
    }

    /// <summary>The authors of the first source, in order of trust, that names any.</summary>
    private static void AddFirstSource(List<string> authors, params IEnumerable<string>[] sources)
    {
        foreach (IEnumerable<string> source in sources)
        {
            if (authors.Count > 0)
            {
                return;
            }

            foreach (string value in source)
            {
                MetadataText.AddAuthors(MetadataText.FirstNameFirst(value), authors);
            }
        }
    }

    /// <summary>The texts of the blocks the parser marked as a byline, in page order.</summary>
    internal static IEnumerable<string> BylineTexts(PageDocument document)
    {
        for (int i = 0; i < document.Count; i++)
        {
            if (document[i].Has(BlockTraits.Byline) && document[i].WordCount <= 30)
            {
                yield return document.GetText(i).ToString();
            }
        }
    }

    private static string? BylineDate(PageDocument document, DateTime today)
    {
        foreach (string text in BylineTexts(document))
        {
            if (MetadataDates.Find(text, today) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static string? FirstDate(DateTime today, params string?[] values)
    {
        foreach (string? value in values)
        {
            if (MetadataDates.Normalize(value, today) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The headline the page shows, its first h1, unless the title, og:title and JSON-LD headline share none of its words (a
    /// logo or a slogan); spelled as the metadata spells it when they differ only in quotes, dashes or case. Without such
    /// an h1, og:title, the JSON-LD headline or the &lt;title&gt;, without the site name they add.
    /// </summary>
    private static string? Title(PageDocument document, MarkupMetadata markup, JsonLdFacts ld, string? siteName)
    {
        HtmlTitles? titles = document.HtmlTitles;
        string? heading = MetadataText.Clean(titles?.FirstHeading);
        string? openGraph = MetadataText.Clean(titles?.OpenGraph) ?? MetadataText.Clean(markup.MetaValue("twitter:title"));
        string? headline = MetadataText.Clean(ld.Headline) ?? MetadataText.Clean(markup.ItemHeadline);
        string? element = MetadataText.Clean(titles?.TitleElement);
        string?[] declared = [openGraph, headline, element];

        if (heading is not null && SharesWords(heading, declared))
        {
            foreach (string? other in declared)
            {
                if (other is not null && Same(other, heading))
                {
                    return other;
                }
            }

            return heading;
        }

        foreach (string? candidate in declared)
        {
            if (candidate is not null)
            {
                return WithoutSiteName(candidate, siteName, heading);
            }
        }

        return heading ?? document.Title;
    }

    /// <summary>Whether more than a fifth of the heading's words occur in the declared titles, or none is declared.</summary>
    private static bool SharesWords(string heading, string?[] declared)
    {
        if (declared.All(d => d is null))
        {
            return true;
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string? title in declared)
        {
            if (title is not null)
            {
                words.UnionWith(Words(title));
            }
        }

        string[] own = [.. Words(heading)];
        return own.Length > 0 && own.Count(words.Contains) * 5 > own.Length;
    }

    private static IEnumerable<string> Words(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>A page title without the site name it adds before or after a separator ("Headline | Site").</summary>
    internal static string WithoutSiteName(string title, string? siteName, string? heading)
    {
        foreach (string separator in s_titleSeparators)
        {
            int last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                string head = title[..last].Trim(), tail = title[(last + separator.Length)..].Trim();
                if (IsSiteName(tail, siteName) || (heading is not null && Same(head, heading)))
                {
                    return head;
                }
            }

            int first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0)
            {
                string head = title[..first].Trim(), tail = title[(first + separator.Length)..].Trim();
                if (IsSiteName(head, siteName) || (heading is not null && Same(tail, heading)))
                {
                    return tail;
                }
            }
        }

        return title;
    }

    private static bool IsSiteName(string segment, string? siteName) =>
        siteName is not null && segment.Length > 0
        && (Same(segment, siteName) || Squeezed(siteName).Contains(Squeezed(segment), StringComparison.Ordinal) || Squeezed(segment).Contains(Squeezed(siteName), StringComparison.Ordinal));

    private static bool Same(string a, string b) => string.Equals(Squeezed(a), Squeezed(b), StringComparison.Ordinal);

    /// <summary>Letters and digits only, lower-cased: "The Verge" and "the-verge" compare equal.</summary>
    private static string Squeezed(string text)
    {
        var squeezed = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                squeezed.Append(char.ToLowerInvariant(c));
            }
        }

        return squeezed.ToString();
    }

    /// <summary>The page's &lt;base href&gt; resolved against the given URL, else the given URL (http or https only).</summary>
    internal static Uri? BaseOf(Uri? baseUrl, string? baseHref)
    {
        Uri? given = baseUrl is { IsAbsoluteUri: true } && IsHttp(baseUrl) ? baseUrl : null;
        return Absolute(given, baseHref) is { } href ? new Uri(href) : given;
    }

    /// <summary>An absolute http(s) URL, resolved against the base when relative; <see langword="null"/> for anything else.</summary>
    internal static string? Absolute(Uri? baseUrl, string? value)
    {
        string? text = MetadataText.Clean(value);
        if (text is null)
        {
            return null;
        }

        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            text = (baseUrl?.Scheme ?? "https") + ":" + text;
        }

        // On Unix "/path" parses as an absolute file URI: only a value that names its scheme is absolute.
        Uri? uri = !text.StartsWith('/') && Uri.TryCreate(text, UriKind.Absolute, out Uri? absolute) ? absolute
            : baseUrl is not null && Uri.TryCreate(baseUrl, text, out Uri? relative) ? relative
            : null;
        return uri is not null && IsHttp(uri) ? uri.AbsoluteUri : null;
    }

    private static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;

    /// <summary>A licence stated as a URL stays a URL (resolved); one stated as a name stays the name.</summary>
    private static string? License(Uri? baseUrl, string? value)
    {
        string? text = MetadataText.Clean(value);
        return text is null ? null : text.Contains('/', StringComparison.Ordinal) || text.Contains(':', StringComparison.Ordinal) ? Absolute(baseUrl, text) : text;
    }

    /// <summary>A declared language as a BCP 47 tag ("en_US" becomes "en-US"); <see langword="null"/> when it is not one.</summary>
    internal static string? LanguageTag(string? value)
    {
        string? text = MetadataText.Clean(value)?.Replace('_', '-');
        if (text is null || text.Length > 35)
        {
            return null;
        }

        string[] parts = text.Split('-');
        if (parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter) || parts.Any(p => p.Length is 0 or > 8 || !p.All(char.IsAsciiLetterOrDigit)))
        {
            return null;
        }

        parts[0] = parts[0].ToLowerInvariant();
        for (int i = 1; i < parts.Length; i++)
        {
            parts[i] = parts[i].Length == 2 ? parts[i].ToUpperInvariant() : parts[i].Length == 4 ? char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant() : parts[i];
        }

        return string.Join('-', parts);
    }
}
