using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Metadata;

/// <summary><see cref="CleanResult.Metadata"/> from real HTML through HtmlAgilityPack, and from text dumps.</summary>
public sealed class PageMetadataTests
{
    private static readonly Uri s_page = new("https://news.example.org/world/storm.html");

    private const string JsonLdHead = """
        <title>Storm floods coastal towns | The Courier</title>
        <meta property="og:site_name" content="The Courier">
        <meta property="og:title" content="Storm floods coastal towns">
        <meta property="og:image" content="/img/storm.jpg">
        <meta name="description" content="Hundreds leave their homes.">
        <link rel="canonical" href="/world/storm">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","@id":"#site","name":"The Courier"},
          {"@type":"Person","@id":"#jane","name":"Jane Doe"},
          {"@type":"NewsArticle","headline":"Storm floods coastal towns","author":{"@id":"#jane"},
           "datePublished":"2025-03-03T08:15:00+01:00","dateModified":"2025-03-04T09:00:00Z",
           "articleSection":"World","keywords":"storm, floods","license":"https://creativecommons.org/licenses/by/4.0/",
           "inLanguage":"en-GB","publisher":{"@type":"Organization","name":"Courier Media"}}]}
        </script>
        """;

    [Fact]
    public void Metadata_JsonLdGraphAndOpenGraph_FillEveryField()
    {
        string html = HtmlPage(JsonLdHead, "<h1>Storm floods coastal towns</h1>");

        PageMetadata metadata = Cleaner.ProcessHtml(html, s_page, null).Metadata;

        Assert.Equal("Storm floods coastal towns", metadata.Title);
        Assert.Equal(["Jane Doe"], metadata.Authors);
        Assert.Equal("2025-03-03T08:15:00+01:00", metadata.DatePublished);
        Assert.Equal("2025-03-04T09:00:00Z", metadata.DateModified);
        Assert.Equal("The Courier", metadata.SiteName);
        Assert.Equal("Hundreds leave their homes.", metadata.Description);
        Assert.Equal("https://news.example.org/world/storm", metadata.CanonicalUrl);
        Assert.Equal("https://news.example.org/img/storm.jpg", metadata.ImageUrl);
        Assert.Equal("en-GB", metadata.Language);
        Assert.Equal(["World"], metadata.Categories);
        Assert.Equal(["storm", "floods"], metadata.Tags);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", metadata.License);
        Assert.Equal("article", metadata.PageType);
    }

    [Fact]
    public void Metadata_RelativeUrlsWithoutBaseUrl_AreLeftOut()
    {
        PageMetadata metadata = Cleaner.ProcessHtml(HtmlPage(JsonLdHead, string.Empty)).Metadata;

        Assert.Null(metadata.CanonicalUrl);
        Assert.Null(metadata.ImageUrl);
        Assert.Equal(["Jane Doe"], metadata.Authors);
    }

    [Fact]
    public void Metadata_MalformedJsonLd_IsRepairedOrIgnored()
    {
        const string head = """
            <script type="application/ld+json"><!--
            {"@type":"BlogPosting","headline":"Line
            break","author":[{"@type":"Person","name":"Jane Doe"},],"datePublished":"2024-05-06"};
            --></script>
            <script type="application/ld+json">{"@type": "Article", "author": </script>
            """;

        PageMetadata metadata = Cleaner.ProcessHtml(HtmlPage(head, string.Empty)).Metadata;

        Assert.Equal(["Jane Doe"], metadata.Authors);
        Assert.Equal("2024-05-06", metadata.DatePublished);
        Assert.Equal("article", metadata.PageType);
    }

    [Fact]
    public void Metadata_MetaTagsMicrodataAndTime_AreReadWithoutJsonLd()
    {
        const string head = """
            <title>Storm floods coastal towns - The Courier</title>
            <meta property="og:site_name" content="The Courier">
            <meta name="author" content="By John Roe">
            <meta property="article:published_time" content="2025-03-03">
            <meta property="article:tag" content="storm">
            <meta property="article:tag" content="coast">
            <meta property="og:locale" content="fr_FR">
            """;

        PageMetadata metadata = Cleaner.ProcessHtml(HtmlPage(head, string.Empty)).Metadata;

        Assert.Equal("Storm floods coastal towns", metadata.Title);
        Assert.Equal(["John Roe"], metadata.Authors);
        Assert.Equal("2025-03-03", metadata.DatePublished);
        Assert.Equal(["storm", "coast"], metadata.Tags);
        Assert.Equal("fr-FR", metadata.Language);
    }

    [Fact]
    public void Metadata_HtmlLangAndVisibleByline_AreUsed()
    {
        string html = $"""
            <html lang="en-us"><head><title>Storm floods coastal towns</title></head><body><article>
            <h1>Storm floods coastal towns</h1>
            <div class="byline">By <a rel="author" href="/jane">Jane Doe</a></div>
            <p>March 3, 2025</p>
            <p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p>
            </article></body></html>
            """;

        PageMetadata metadata = Cleaner.ProcessHtml(html).Metadata;

        Assert.Equal("en-US", metadata.Language);
        Assert.Equal(["Jane Doe"], metadata.Authors);
        Assert.Equal("2025-03-03", metadata.DatePublished);
        Assert.Equal("Storm floods coastal towns", metadata.Title);
    }

    [Fact]
    public void Metadata_MicrodataInsideNoscript_IsRead()
    {
        string html = $"""
            <html><head><title>Which lens for portraits?</title></head><body>
            <noscript><div itemscope itemtype="http://schema.org/DiscussionForumPosting">
            <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">lens_fan</span></span>
            <time itemprop="datePublished" datetime="2024-10-31T08:00:00Z">Oct 31</time></div></noscript>
            <h1>Which lens for portraits?</h1><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p>
            </body></html>
            """;

        PageMetadata metadata = Cleaner.ProcessHtml(html).Metadata;

        Assert.Equal(["lens_fan"], metadata.Authors);
        Assert.Equal("2024-10-31T08:00:00Z", metadata.DatePublished);
    }

    [Fact]
    public void Metadata_OrganizationAuthor_YieldsToAPersonNamedElsewhere()
    {
        const string head = """
            <meta name="author" content="Jane Doe">
            <script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"The Courier"}}</script>
            """;

        Assert.Equal(["Jane Doe"], Cleaner.ProcessHtml(HtmlPage(head, string.Empty)).Metadata.Authors);
    }

    [Fact]
    public void Metadata_PageWithoutAny_IsEmptyNotGuessed()
    {
        string html = $"<html><body><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></body></html>";

        PageMetadata metadata = Cleaner.ProcessHtml(html).Metadata;

        Assert.Null(metadata.Title);
        Assert.Empty(metadata.Authors);
        Assert.Null(metadata.DatePublished);
        Assert.Null(metadata.SiteName);
        Assert.Null(metadata.CanonicalUrl);
        Assert.Null(metadata.PageType);
        Assert.Equal("en", metadata.Language);
    }

    [Fact]
    public void Metadata_TextDump_GivesBylineAndDateNearTheHeadline()
    {
        string dump = Dump(
            "Storm floods coastal towns | The Courier",
            "Home",
            "Storm floods coastal towns",
            "By Jane Doe and John Roe",
            "Updated 4 March 2025",
            EnglishParagraphs[0],
            EnglishParagraphs[1]);

        PageMetadata metadata = Cleaner.Process(dump).Metadata;

        Assert.Equal("Storm floods coastal towns", metadata.Title);
        Assert.Equal(["Jane Doe", "John Roe"], metadata.Authors);
        Assert.Equal("2025-03-04", metadata.DatePublished);
        Assert.Equal("en", metadata.Language);
        Assert.Null(metadata.SiteName);
    }

    [Fact]
    public void Metadata_PipelineWithoutIt_IsEmpty()
    {
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder { ExtractMetadata = false }.UseDefaults().Build();

        CleanResult result = pipeline.ProcessHtml(HtmlPage(JsonLdHead, string.Empty));

        Assert.Same(PageMetadata.Empty, result.Metadata);
        Assert.Equal(Cleaner.ProcessHtml(HtmlPage(JsonLdHead, string.Empty)).Text, result.Text);
    }

    [Fact]
    public void Metadata_HostileJsonLd_DoesNotThrow()
    {
        string deep = new string('[', 5000) + new string(']', 5000);
        string head = $"<script type=\"application/ld+json\">{deep}</script><script type=\"application/ld+json\">{{\"@graph\":{deep}}}</script>";

        CleanResult result = Cleaner.ProcessHtml(HtmlPage(head, string.Empty));

        Assert.Empty(result.Metadata.Authors);
        Assert.Contains(EnglishParagraphs[0], result.Text, StringComparison.Ordinal);
    }
}
