namespace Boilerplate.Tests.Sites;

/// <summary>A small hand-made news site: every page has its own article between the same pitch, disclaimer and footer.</summary>
internal static class SitePages
{
    public const string Pitch = "Harbour Gazette has covered the towns of the northern coast since 1998 and is read by thousands of families every week.";

    public const string Disclaimer = "The views expressed in this article are those of its author and not necessarily those of the newspaper.";

    public const string Footer = "You can support our independent local reporting by becoming a member of the Harbour Gazette today.";

    private static readonly string[] s_topics = ["ferry timetable", "school library", "fishing quota", "harbour wall", "winter market", "lifeboat crew"];

    /// <summary>The text dump of page <paramref name="n"/>: title, pitch, two own paragraphs around the disclaimer, a third, the footer.</summary>
    public static string Dump(int n)
    {
        string topic = s_topics[n % s_topics.Length];
        return $"""
            Changes to the {topic} announced | Harbour Gazette
            {Pitch}
            Changes to the {topic} announced
            The council said on Monday that the {topic} would change next spring after a long consultation with residents number {n}.
            {Disclaimer}
            Residents told the meeting that they had waited for news about the {topic} for years and welcomed the plan at last, number {n}.
            A spokesperson added that a public exhibition about the {topic} will open in the town hall next month for all to see, number {n}.
            {Footer}
            """;
    }

    /// <summary>The HTML of page <paramref name="n"/>: the pitch in a header, the article, the footer paragraph in a div.</summary>
    public static string Html(int n, string? articleExtra = null)
    {
        string topic = s_topics[n % s_topics.Length];
        return $"""
            <html><head><title>Changes to the {topic} announced | Harbour Gazette</title></head><body>
            <div class="masthead"><p>{Pitch}</p></div>
            <div class="story"><h1>Changes to the {topic} announced</h1>
            <p>The council said on Monday that the {topic} would change next spring after a long consultation with residents number {n}.</p>
            <p>Residents told the meeting that they had waited for news about the {topic} for years and welcomed the plan at last, number {n}.</p>
            {articleExtra}
            <p>A spokesperson added that a public exhibition about the {topic} will open in the town hall next month for all to see, number {n}.</p>
            </div>
            <div class="support"><p>{Footer}</p></div>
            </body></html>
            """;
    }
}
