namespace Boilerplate;

/// <summary>
/// What a page says about its article: title, authors, dates, site, description, canonical URL, language, lead image,
/// categories, tags, licence and page type. A value the page does not give is <see langword="null"/> (lists: empty), never
/// guessed. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// HTML gives most fields, read from schema.org JSON-LD first, then OpenGraph and Twitter cards, then
/// <c>&lt;meta&gt;</c>, <c>&lt;link&gt;</c> and microdata, then the page's text (byline, <c>&lt;time&gt;</c>). A text dump
/// gives only what its lines say: the title, a byline, a date stamp near the headline and the detected language.
/// </remarks>
public sealed class PageMetadata
{
    /// <summary>A page that gives nothing.</summary>
    public static PageMetadata Empty { get; } = new();

    internal PageMetadata()
    {
    }

    /// <summary>The article's title, without the site name that page titles add ("Headline | Site" gives "Headline").</summary>
    public string? Title { get; internal init; }

    /// <summary>The authors' names, in page order: names only, without "By", dates or roles; empty when the page names none.</summary>
    public IReadOnlyList<string> Authors { get; internal init; } = [];

    /// <summary>
    /// When the article was first published, in ISO 8601: <c>yyyy-MM-dd</c>, or <c>yyyy-MM-ddTHH:mm:ss</c> followed by the
    /// offset (<c>+02:00</c>, <c>Z</c>) when the page gives a time and a zone. Dates after today or before 1990 are dropped.
    /// </summary>
    public string? DatePublished { get; internal init; }

    /// <summary>When the article was last changed, in the form of <see cref="DatePublished"/>.</summary>
    public string? DateModified { get; internal init; }

    /// <summary>The site's name (og:site_name, the publisher's name).</summary>
    public string? SiteName { get; internal init; }

    /// <summary>The page's own short description of the article.</summary>
    public string? Description { get; internal init; }

    /// <summary>The page's canonical URL, absolute (http or https); relative ones need the base URL given to the HTML call.</summary>
    public string? CanonicalUrl { get; internal init; }

    /// <summary>The language as a BCP 47 tag (<c>en</c>, <c>en-US</c>): the one the markup declares, else the detected one.</summary>
    public string? Language { get; internal init; }

    /// <summary>The lead image's URL, absolute (http or https).</summary>
    public string? ImageUrl { get; internal init; }

    /// <summary>The sections the page files the article under (article:section, articleSection).</summary>
    public IReadOnlyList<string> Categories { get; internal init; } = [];

    /// <summary>The article's tags and keywords (article:tag, schema.org keywords, meta keywords).</summary>
    public IReadOnlyList<string> Tags { get; internal init; } = [];

    /// <summary>The licence the page states (rel=license, schema.org license): a URL or a name.</summary>
    public string? License { get; internal init; }

    /// <summary>
    /// What the markup says the page is, as one of: <c>article</c>, <c>product</c>, <c>recipe</c>, <c>forum posting</c>,
    /// <c>question</c>, <c>listing</c>, <c>video</c>, <c>event</c>, <c>profile</c>, <c>web page</c>, <c>website</c>.
    /// </summary>
    public string? PageType { get; internal init; }
}
