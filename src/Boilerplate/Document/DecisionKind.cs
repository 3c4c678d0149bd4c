namespace Boilerplate;

/// <summary>
/// What kind of evidence a block's decision rests on. Filters that overrule others (a rescue inside the article, the
/// empty-article fallback) read it, so that they never depend on another filter's name or wording.
/// </summary>
public enum DecisionKind : byte
{
    /// <summary>No filter has decided the block.</summary>
    None = 0,

    /// <summary>What the block says or is: menu words, a copyright line, a date, a repeat, a line in a foreign script, the page title.</summary>
    Rule,

    /// <summary>The container the block sits in: a navigation, footer, sidebar, form or comment section named as such by the input.</summary>
    Container,

    /// <summary>The block's features weighed with its neighbours' (the content classifier's decisions).</summary>
    Context,

    /// <summary>Where the block sits in the page's layout: outside the article's region or element, a teaser list, a caption, a listing.</summary>
    Structure,

    /// <summary>The block recurs on other pages of the site (a <see cref="SiteTemplate"/>).</summary>
    Template,

    /// <summary>The other filters kept nothing and the block was brought back so the article is not empty.</summary>
    Fallback,

    /// <summary>A filter of the caller's that gave a reason text rather than a <see cref="DecisionCode"/>.</summary>
    User,
}
