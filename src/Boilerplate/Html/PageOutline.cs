namespace Boilerplate;

/// <summary>The block-level elements of an HTML page, parents before children, so scores can be summed bottom-up in one reverse pass.</summary>
internal sealed class PageOutline
{
    public PageOutline(int[] parents, string[] tags, bool[] isArticleBody, int[] signatures)
    {
        Parents = parents;
        Tags = tags;
        IsArticleBody = isArticleBody;
        Signatures = signatures;
    }

    /// <summary>Index of each element's parent element, or -1 for the root.</summary>
    public int[] Parents { get; }

    /// <summary>Lower-case tag names.</summary>
    public string[] Tags { get; }

    /// <summary>Whether the element is marked as the article body (schema.org articleBody, or article/main).</summary>
    public bool[] IsArticleBody { get; }

    /// <summary>A hash of each element's tag and class names with digits masked: the items of one list share it.</summary>
    public int[] Signatures { get; }

    public int Count => Parents.Length;
}

/// <summary>The title candidates an HTML page offers.</summary>
internal sealed record HtmlTitles(string? TitleElement, string? OpenGraph, string? FirstHeading);
