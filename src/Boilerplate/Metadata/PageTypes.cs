namespace Boilerplate.Metadata;

/// <summary>Maps the types pages declare (schema.org @type, og:type) to the small vocabulary of <see cref="PageMetadata.PageType"/>.</summary>
internal static class PageTypes
{
    public static string? FromSchemaType(string? type) => type switch
    {
        null => null,
        "Article" or "NewsArticle" or "BlogPosting" or "Report" or "TechArticle" or "ScholarlyArticle" or "AnalysisNewsArticle"
            or "OpinionNewsArticle" or "ReviewNewsArticle" or "BackgroundNewsArticle" or "ReportageNewsArticle" or "LiveBlogPosting"
            or "Review" or "HowTo" or "MedicalWebPage" or "Guide" or "Blog" => "article",
        "Product" or "ProductGroup" or "IndividualProduct" or "Offer" => "product",
        "Recipe" => "recipe",
        "DiscussionForumPosting" or "SocialMediaPosting" or "Comment" => "forum posting",
        "QAPage" or "Question" or "FAQPage" => "question",
        "CollectionPage" or "ItemList" or "SearchResultsPage" or "OfferCatalog" => "listing",
        "VideoObject" => "video",
        "Event" => "event",
        "ProfilePage" or "Person" => "profile",
        "WebPage" or "ItemPage" or "AboutPage" or "ContactPage" => "web page",
        "WebSite" => "website",
        _ => null,
    };

    /// <summary>OpenGraph's og:type: article, product, profile, video.*, website.</summary>
    public static string? FromOpenGraph(string? type)
    {
        if (string.IsNullOrEmpty(type))
        {
            return null;
        }

        string lower = type.Trim().ToLowerInvariant();
        return lower switch
        {
            "article" or "blog" or "news" => "article",
            "product" or "product.item" or "og:product" => "product",
            "profile" => "profile",
            "website" => "website",
            _ when lower.StartsWith("video", StringComparison.Ordinal) => "video",
            _ => null,
        };
    }
}
