using Boilerplate.Text;
using HtmlAgilityPack;

namespace Boilerplate.Html;

/// <summary>What an element's name, role and class/id words say about what it holds.</summary>
internal enum ContainerHint : byte
{
    None = 0,
    Boilerplate,
    Content,

    /// <summary>A comment section: boilerplate for an article, and recognisable enough to trust on its own.</summary>
    Comments,

    /// <summary>
    /// A "widget" inside the article's container: boilerplate (a gallery, a share box) unless it turns out to hold prose
    /// (a buying guide's product card, an embedded quote), which the parser decides when the element ends.
    /// </summary>
    Widget,
}

/// <summary>
/// Reads an element's tag, ARIA role, itemprop and class/id words for evidence that it holds boilerplate
/// (nav, footer, sidebar, share, related, cookie, …) or the article (article, main, articleBody, post-content, …).
/// Class and id values are split into words at punctuation and camelCase humps, and words are matched whole,
/// so "header-ad" says ad but "shadow" and "head" do not.
/// </summary>
internal static class ContainerHints
{
    private const ulong BoilerplateWord = 1, ContentWord = 2, CommentWord = 4 | BoilerplateWord, CaptionWord = 8, BylineWord = 16;

    // "widget" says boilerplate outside the article's container; inside it, see ContainerHint.Widget. Page builders call
    // every box a widget: Elementor wraps a post's text in the same "elementor-widget-container" as a share bar, and names
    // the kind in another word of the class ("elementor-widget-text-editor", "elementor-widget-share-buttons"), so there
    // it is no evidence at all.
    private const ulong WidgetWord = 32;
    private const string PageBuilderClassPrefix = "elementor";
    private const ulong HintWords = BoilerplateWord | ContentWord | CommentWord;

    // ARIA landmark roles of page furniture, and of the article.
    private static readonly string[] s_boilerplateRoles =
        ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog"];

    private static readonly string[] s_contentRoles = ["main", "article"];

    // Class names that hide an element by convention (CSS frameworks' "hidden", "d-none"; screen-reader-only text).
    private static readonly string[] s_hiddenClasses =
    [
        "hidden", "hide", "d-none", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "off-screen",
        "offscreen", "element-invisible",
    ];

    private static readonly string[] s_widgetWords = ["widget", "widgets"];

    /// <summary>The built-in words, shared by every pipeline that does not change them.</summary>
    internal static readonly WordTable DefaultWords = WordsOf(new ContainerWords());

    /// <summary>The lookup table of <paramref name="words"/>, with the page builders' widget words, which are not a list of their own.</summary>
    internal static WordTable WordsOf(ContainerWords words) => new(
        words.Boilerplate.Select(w => new KeyValuePair<string, ulong>(w, BoilerplateWord))
            .Concat(words.Comments.Select(w => new KeyValuePair<string, ulong>(w, CommentWord)))
            .Concat(words.Content.Select(w => new KeyValuePair<string, ulong>(w, ContentWord)))
            .Concat(words.Caption.Select(w => new KeyValuePair<string, ulong>(w, CaptionWord)))
            .Concat(s_widgetWords.Select(w => new KeyValuePair<string, ulong>(w, WidgetWord)))
            .Concat(words.Byline.Select(w => new KeyValuePair<string, ulong>(w, BylineWord))));

    /// <summary>What the element says it holds, given the hint of the container it sits in.</summary>
    public static ContainerHint Of(HtmlNode element, in ElementAttributes attributes, ContainerHint outer)
    {
        bool insideContent = outer == ContainerHint.Content;
        switch (element.Name)
        {
            case "nav" or "aside" or "footer" or "menu":
                return ContainerHint.Boilerplate;
            case "header":
                // An article's own header holds its headline and byline; only the page's header is furniture.
                return insideContent ? ContainerHint.None : ContainerHint.Boilerplate;
            case "article" or "main":
                // <article class="comment-body"> is a comment, not the article: class words that speak of boilerplate win,
                // unless they also call it content (<article class="newsletter-content">) and say nothing of comments.
                ulong articleWords = AttributeWords(attributes) | ((attributes.ClassIdWords & WidgetWord) != 0 ? BoilerplateWord : 0);
                return (articleWords & BoilerplateWord) == 0 || articleWords == (BoilerplateWord | ContentWord) ? ContainerHint.Content : ContainerHint.None;
        }

        if (!element.HasAttributes)
        {
            return ContainerHint.None;
        }

        if (attributes.ItemProp.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return ContainerHint.Content;
        }

        ReadOnlySpan<char> role = attributes.Role;
        if (EqualsAny(role, s_boilerplateRoles))
        {
            return ContainerHint.Boilerplate;
        }

        if (EqualsAny(role, s_contentRoles))
        {
            return ContainerHint.Content;
        }

        ulong words = AttributeWords(attributes);
        bool onlyWidgetSaysBoilerplate = false;
        if ((attributes.ClassIdWords & WidgetWord) != 0)
        {
            if ((words & BoilerplateWord) == 0)
            {
                if (outer == ContainerHint.Widget)
                {
                    return ContainerHint.None; // the widget's own parts ("c-card-widget__title") belong to it
                }

                onlyWidgetSaysBoilerplate = true;
            }

            words |= BoilerplateWord;
        }

        ContainerHint hint = words switch
        {
            BoilerplateWord => ContainerHint.Boilerplate,
            CommentWord => ContainerHint.Comments,
            ContentWord => ContainerHint.Content,
            _ => ContainerHint.None, // both kinds or neither: no evidence
        };
        return hint == ContainerHint.Boilerplate && onlyWidgetSaysBoilerplate && insideContent ? ContainerHint.Widget : hint;
    }

    private static bool EqualsAny(ReadOnlySpan<char> value, string[] candidates)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        foreach (string candidate in candidates)
        {
            if (value.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong AttributeWords(in ElementAttributes attributes) => attributes.ClassIdWords & HintWords;

    /// <summary>The lexicon words (hint, caption, byline) found in a class and an id, read once per element.</summary>
    internal static ulong ClassIdWords(ReadOnlySpan<char> @class, ReadOnlySpan<char> id, WordTable words) => Words(@class, words) | Words(id, words);

    /// <summary>
    /// What a small element holds when its name or class/id words say so: an image's caption or credit
    /// (<see cref="BlockTraits.Caption"/>: figcaption, "caption", "credit", …) or an author's byline or bio
    /// (<see cref="BlockTraits.Byline"/>: "author", "byline", "bio", …); otherwise <see cref="BlockTraits.None"/>.
    /// </summary>
    public static BlockTraits SmallElementKind(HtmlNode element, in ElementAttributes attributes)
    {
        if (element.Name == "figcaption")
        {
            return BlockTraits.Caption;
        }

        ulong words = attributes.ClassIdWords;
        return (words & CaptionWord) != 0 ? BlockTraits.Caption
            : (words & BylineWord) != 0 ? BlockTraits.Byline
            : BlockTraits.None;
    }

    public static bool IsArticleBody(HtmlNode element, in ElementAttributes attributes) =>
        element.Name is "article" or "main" || attributes.ItemProp.Contains("articleBody", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the element is hidden from readers by attribute or inline style.</summary>
    public static bool IsHidden(HtmlNode element, in ElementAttributes attributes)
    {
        if (attributes.Hidden || attributes.AriaHidden)
        {
            return true;
        }

        // Pages that hide the whole document until a script has run put the class on html or body: those stay walked.
        if (element.Name is not ("html" or "body") && HasHiddenClass(attributes.Class))
        {
            return true;
        }

        ReadOnlySpan<char> style = attributes.Style;
        if (style.IsEmpty)
        {
            return false;
        }

        // Spaces do not count ("display: none"): the style is compacted first, on the stack when it is short.
        Span<char> compact = style.Length <= 256 ? stackalloc char[style.Length] : new char[style.Length];
        int length = 0;
        foreach (char c in style)
        {
            if (c != ' ')
            {
                compact[length++] = c;
            }
        }

        compact = compact[..length];
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a class list holds a conventionally hidden class; split without allocating.</summary>
    private static bool HasHiddenClass(ReadOnlySpan<char> classes)
    {
        ReadOnlySpan<char> rest = classes;
        while (!rest.IsEmpty)
        {
            int start = 0;
            while (start < rest.Length && char.IsWhiteSpace(rest[start]))
            {
                start++;
            }

            int end = start;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
            {
                end++;
            }

            ReadOnlySpan<char> name = rest[start..end];
            foreach (string hidden in s_hiddenClasses)
            {
                if (name.Equals(hidden, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            rest = rest[end..];
        }

        return false;
    }

    private static ulong Words(ReadOnlySpan<char> value, WordTable words)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        Span<char> word = stackalloc char[WordTable.MaxWordLength];
        ulong found = 0;
        int length = 0;
        bool pageBuilderClass = false;
        for (int i = 0; i <= value.Length; i++)
        {
            char c = i < value.Length ? value[i] : ' ';
            if (i == 0 || char.IsWhiteSpace(value[i - 1]))
            {
                pageBuilderClass = value[i..].StartsWith(PageBuilderClassPrefix, StringComparison.OrdinalIgnoreCase);
            }

            bool hump = length > 0 && char.IsAsciiLetterUpper(c) && i > 0 && char.IsAsciiLetterLower(value[i - 1]);
            if (!char.IsAsciiLetter(c) || hump)
            {
                if (length is > 0 and <= WordTable.MaxWordLength)
                {
                    ulong bits = words.Lookup(word[..length]);
                    found |= pageBuilderClass && bits == WidgetWord ? 0 : bits;
                }

                length = 0;
                if (!char.IsAsciiLetter(c))
                {
                    continue;
                }
            }

            if (length < word.Length)
            {
                word[length] = char.ToLowerInvariant(c);
            }

            length++;
        }

        return found;
    }
}

/// <summary>
/// The attributes the parser and <see cref="ContainerHints"/> read, taken in one pass over an element's attribute list:
/// HtmlAgilityPack's by-name lookup lower-cases the name and hashes it on every call. Values are read in place, as ranges
/// of the markup (what HtmlAgilityPack's Value would copy out of it). As with that lookup, the last of repeated attributes
/// wins. Absent values are empty.
/// </summary>
internal readonly struct ElementAttributes
{
    private readonly string _markup;
    private readonly Range _class, _id, _itemProp, _role, _style;

    private ElementAttributes(string markup, Range @class, Range id, Range itemProp, Range role, Range style)
    {
        _markup = markup;
        _class = @class;
        _id = id;
        _itemProp = itemProp;
        _role = role;
        _style = style;
    }

    public ReadOnlySpan<char> Class => _markup.AsSpan()[_class];

    /// <summary>Where the class value lies in the markup.</summary>
    public Range ClassRange => _class;

    /// <summary>Where the id value lies in the markup.</summary>
    public Range IdRange => _id;

    public ReadOnlySpan<char> ItemProp => _markup.AsSpan()[_itemProp];

    public ReadOnlySpan<char> Role => _markup.AsSpan()[_role];

    public ReadOnlySpan<char> Style => _markup.AsSpan()[_style];

    /// <summary>Whether aria-hidden is "true".</summary>
    public bool AriaHidden { get; private init; }

    public bool Hidden { get; private init; }

    /// <summary>Whether the element has an href that leads somewhere (not a "javascript:" URL).</summary>
    public bool HasHref { get; private init; }

    /// <summary>Whether the href is a fragment of the page itself ("#section").</summary>
    public bool HasFragmentHref { get; private init; }

    /// <summary>The lexicon words of the class and id, which the container hint and the caption/byline kind both read.</summary>
    public ulong ClassIdWords { get; private init; }

    /// <summary>Reads the attributes of <paramref name="element"/>, whose document was parsed from <paramref name="markup"/>.</summary>
    public static ElementAttributes Read(HtmlNode element, string markup, WordTable containerWords)
    {
        Range @class = default, id = default, itemProp = default, role = default, style = default;
        bool hidden = false, href = false, fragmentHref = false, ariaHidden = false;
        if (element.HasAttributes)
        {
            foreach (HtmlAttribute attribute in element.Attributes)
            {
                // OriginalName does not lower-case (and allocate) as Name does.
                string name = attribute.OriginalName ?? string.Empty;
                var value = new Range(attribute.ValueStartIndex, attribute.ValueStartIndex + attribute.ValueLength);
                switch (name.Length)
                {
                    case 2 when name.Equals("id", StringComparison.OrdinalIgnoreCase):
                        id = value;
                        break;
                    case 4 when name.Equals("role", StringComparison.OrdinalIgnoreCase):
                        role = value;
                        break;
                    case 4 when name.Equals("href", StringComparison.OrdinalIgnoreCase):
                        // A "javascript:" URL leads nowhere: its anchor is a button of the page's script, and its text is text.
                        ReadOnlySpan<char> target = markup.AsSpan()[value].TrimStart();
                        href = !target.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
                        fragmentHref = target.StartsWith("#", StringComparison.Ordinal);
                        break;
                    case 5 when name.Equals("class", StringComparison.OrdinalIgnoreCase):
                        @class = value;
                        break;
                    case 5 when name.Equals("style", StringComparison.OrdinalIgnoreCase):
                        style = value;
                        break;
                    case 6 when name.Equals("hidden", StringComparison.OrdinalIgnoreCase):
                        hidden = true;
                        break;
                    case 8 when name.Equals("itemprop", StringComparison.OrdinalIgnoreCase):
                        itemProp = value;
                        break;
                    case 11 when name.Equals("aria-hidden", StringComparison.OrdinalIgnoreCase):
                        ariaHidden = markup.AsSpan()[value].Equals("true", StringComparison.OrdinalIgnoreCase);
                        break;
                }
            }
        }

        return new ElementAttributes(markup, @class, id, itemProp, role, style)
        {
            AriaHidden = ariaHidden,
            Hidden = hidden,
            HasHref = href,
            HasFragmentHref = fragmentHref,
            ClassIdWords = ContainerHints.ClassIdWords(markup.AsSpan()[@class], markup.AsSpan()[id], containerWords),
        };
    }
}
