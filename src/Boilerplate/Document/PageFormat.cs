namespace Boilerplate;

/// <summary>The form a page came in.</summary>
public enum PageFormat : byte
{
    /// <summary>A text dump: the page's visible text, one block per line.</summary>
    Text = 0,

    /// <summary>HTML markup.</summary>
    Html,
}
