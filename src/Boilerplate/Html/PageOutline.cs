namespace Boilerplate;

/// <summary>The block-level elements of an HTML page, parents before children, so scores can be summed bottom-up in one reverse pass.</summary>
internal sealed class PageOutline
{
    public PageOutline(int[] parents, string[] tags, bool[] isArticleBody)
    {
        Parents = parents;
        Tags = tags;
        IsArticleBody = isArticleBody;
    }

    /// <summary>Index of each element's parent element, or -1 for the root.</summary>
    public int[] Parents { get; }

    /// <summary>Lower-case tag names.</summary>
    public string[] Tags { get; }

    /// <summary>Whether the element is marked as the article body (schema.org articleBody, or article/main).</summary>
    public bool[] IsArticleBody { get; }

    public int Count => Parents.Length;
}

/// <summary>The title candidates an HTML page offers.</summary>
internal sealed record HtmlTitles(string? TitleElement, string? OpenGraph, string? FirstHeading);
