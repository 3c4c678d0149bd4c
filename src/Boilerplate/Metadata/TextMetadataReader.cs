namespace Boilerplate.Metadata;

/// <summary>
/// What a text dump's lines give: the title the title filter found, the detected language, and near the headline a
/// byline ("By …", "Written by …", "Author: …") and a date stamp. A dump has no site name, description, URLs, tags or type.
/// </summary>
internal static class TextMetadataReader
{
    // How far from the headline a byline or a date stamp is looked for, and how long such a line may be.
    private const int LinesBefore = 3;
    private const int LinesAfter = 8;
    private const int MaxStampWords = 16;
    private const int StampLinesAfter = 32;
    private const int MaxBareStampWords = 6;

    private static readonly string[] s_bylineStarts =
    [
        "by ", "by:", "written by", "posted by", "published by", "words by", "story by", "author:", "authors:", "autor:", "auteur:",
        "von ", "par ", "por ", "door ", "автор:",
    ];

    public static PageMetadata Read(PageDocument document, DateTime today)
    {
        var authors = new List<string>();
        AddBylineNearHeadline(document, authors);
        return new PageMetadata
        {
            Title = document.Title,
            Authors = authors,
            DatePublished = DateNearHeadline(document, today),
            Language = document.Language,
        };
    }

    /// <summary>Adds the names of the first byline line near the headline.</summary>
    public static void AddBylineNearHeadline(PageDocument document, List<string> authors)
    {
        (int from, int to) = NearHeadline(document);
        for (int i = from; i < to && authors.Count == 0; i++)
        {
            ReadOnlySpan<char> text = document.GetText(i);
            if (document[i].WordCount <= MaxStampWords && StartsAsByline(text))
            {
                MetadataText.AddAuthors(text.ToString(), authors);
            }
        }
    }

    /// <summary>
    /// The first date written in a short line near the headline, or in a bare date stamp ("Published", "July 8, 2025") a
    /// little further down, where article pages put them after the share buttons and the lead image.
    /// </summary>
    public static string? DateNearHeadline(PageDocument document, DateTime today)
    {
        (int from, int to) = NearHeadline(document);
        int stampTo = Math.Min(document.Count, to + StampLinesAfter);
        for (int i = from; i < stampTo; i++)
        {
            int maxWords = i < to ? MaxStampWords : MaxBareStampWords;
            if (document[i].WordCount <= maxWords && MetadataDates.Find(document.GetText(i), today) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The lines around the headline: in HTML the first title line; in a dump the last of the first forty (the first is the
    /// page title); the first lines when there is none.
    /// </summary>
    private static (int From, int To) NearHeadline(PageDocument document)
    {
        int anchor = -1;
        int scan = document.Format == PageFormat.Html ? document.Count : Math.Min(document.Count, 40);
        for (int i = 0; i < scan; i++)
        {
            if (document[i].Label == BlockLabel.Title)
            {
                anchor = i;
                if (document.Format == PageFormat.Html)
                {
                    break;
                }
            }
        }

        return (Math.Max(0, anchor - LinesBefore), Math.Min(document.Count, (anchor < 0 ? 4 : anchor + 1) + LinesAfter));
    }

    private static bool StartsAsByline(ReadOnlySpan<char> text)
    {
        foreach (string start in s_bylineStarts)
        {
            if (text.StartsWith(start, StringComparison.OrdinalIgnoreCase) && text.Length > start.Length + 1)
            {
                return true;
            }
        }

        return false;
    }
}
