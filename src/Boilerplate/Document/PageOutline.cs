namespace Boilerplate;

/// <summary>
/// The elements a page's blocks sit in, as a tree: HTML's block-level elements, or the sections of any input format
/// that has them. Elements come parents before children, so a filter can sum scores bottom-up in one reverse pass
/// and pass facts down in one forward pass. A block points at its innermost element with <see cref="Block.Element"/>.
/// </summary>
/// <remarks>Immutable once built; build one with <see cref="PageDocumentBuilder.AddElement"/>.</remarks>
public sealed class PageOutline
{
    private readonly int[] _parents;
    private readonly string[] _tags;
    private readonly bool[] _articleBodies;
    private readonly string _names;
    private readonly Range[] _classes;
    private readonly Range[] _ids;

    internal PageOutline(int[] parents, string[] tags, bool[] articleBodies, string names, Range[] classes, Range[] ids)
    {
        _parents = parents;
        _tags = tags;
        _articleBodies = articleBodies;
        _names = names;
        _classes = classes;
        _ids = ids;
    }

    /// <summary>Number of elements.</summary>
    public int Count => _parents.Length;

    /// <summary>Index of each element's parent element, or -1 for a root; always lower than the element's own index.</summary>
    public ReadOnlySpan<int> Parents => _parents;

    /// <summary>Each element's lower-case name (div, section, li, …).</summary>
    public ReadOnlySpan<string> Tags => _tags;

    /// <summary>Whether the element is marked as the article body (HTML: article, main, schema.org articleBody).</summary>
    /// <param name="element">Zero-based element index.</param>
    /// <returns><see langword="true"/> when the input marks the element as the article.</returns>
    public bool IsArticleBody(int element) => _articleBodies[element];

    /// <summary>The element's class names as written (HTML's class attribute), or empty.</summary>
    /// <param name="element">Zero-based element index.</param>
    /// <returns>A range of the page's text; no string is allocated.</returns>
    public ReadOnlySpan<char> GetClass(int element) => _names.AsSpan()[_classes[element]];

    /// <summary>The element's identifier as written (HTML's id attribute), or empty.</summary>
    /// <param name="element">Zero-based element index.</param>
    /// <returns>A range of the page's text; no string is allocated.</returns>
    public ReadOnlySpan<char> GetId(int element) => _names.AsSpan()[_ids[element]];

    /// <summary>Whether <paramref name="element"/> is <paramref name="ancestor"/> or lies inside it.</summary>
    /// <param name="element">Zero-based element index.</param>
    /// <param name="ancestor">Zero-based element index.</param>
    /// <returns><see langword="true"/> when the walk up from <paramref name="element"/> reaches <paramref name="ancestor"/>.</returns>
    public bool IsWithin(int element, int ancestor)
    {
        // Parents come before their children, so the walk up can stop below the ancestor's index.
        for (int e = element; e >= ancestor && e >= 0; e = _parents[e])
        {
            if (e == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
