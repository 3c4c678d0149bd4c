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
    private const ulong HintWords = BoilerplateWord | ContentWord | CommentWord;

    // Class names that hide an element by convention (CSS frameworks' "hidden", "d-none"; screen-reader-only text).
    private static readonly string[] s_hiddenClasses =
    [
        "hidden", "hide", "d-none", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "off-screen",
        "offscreen", "element-invisible",
    ];

    private static readonly WordTable s_words = new(
        new[]
        {
            "nav", "navbar", "navigation", "menu", "menubar", "submenu", "footer", "sidebar", "breadcrumb", "breadcrumbs",
            "share", "sharing", "sharebar", "social", "socials", "related", "promo", "promos", "promotion",
            "promoted", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup", "login",
            "ad", "ads", "adsense", "advert", "adverts", "advertisement", "advertising", "banner", "sponsor", "sponsored",
            "widget", "widgets", "popup", "modal", "overlay", "masthead", "toolbar", "tagcloud", "pagination", "pager",
            "disclaimer", "copyright", "outbrain", "taboola", "recirc", "recommended", "recommendations", "trending", "popular",
            "mostread", "skip", "rss", "follow", "werbung", "anzeige", "publicite", "publicidad", "pubblicita", "reclame",
        }.Select(w => new KeyValuePair<string, ulong>(w, BoilerplateWord)).Concat(
        new[]
        {
            "comment", "comments", "commentlist", "kommentare", "commentaires", "comentarios", "commenti", "reacties", "disqus",
        }.Select(w => new KeyValuePair<string, ulong>(w, CommentWord))).Concat(
        new[]
        {
            "article", "articlebody", "content", "post", "entry", "story", "body", "text", "main", "blogpost",
        }.Select(w => new KeyValuePair<string, ulong>(w, ContentWord))).Concat(
        new[]
        {
            "caption", "captions", "credit", "credits", "legende", "didascalia",
        }.Select(w => new KeyValuePair<string, ulong>(w, CaptionWord))).Concat(
        new[]
        {
            "author", "authors", "byline", "bylines", "bio", "autor", "auteur", "autore",
        }.Select(w => new KeyValuePair<string, ulong>(w, BylineWord))));

    public static ContainerHint Of(HtmlNode element, in ElementAttributes attributes, bool insideContent)
    {
        switch (element.Name)
        {
            case "nav" or "aside" or "footer" or "menu":
                return ContainerHint.Boilerplate;
            case "header":
                // An article's own header holds its headline and byline; only the page's header is furniture.
                return insideContent ? ContainerHint.None : ContainerHint.Boilerplate;
            case "article" or "main":
                // <article class="comment-body"> is a comment, not the article: class words that speak of boilerplate win.
                return (AttributeWords(attributes) & BoilerplateWord) != 0 ? ContainerHint.None : ContainerHint.Content;
        }

        if (!element.HasAttributes)
        {
            return ContainerHint.None;
        }

        if (attributes.ItemProp.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return ContainerHint.Content;
        }

        switch (attributes.Role.ToUpperInvariant())
        {
            case "NAVIGATION" or "BANNER" or "CONTENTINFO" or "COMPLEMENTARY" or "SEARCH" or "MENU" or "MENUBAR" or "DIALOG" or "ALERTDIALOG":
                return ContainerHint.Boilerplate;
            case "MAIN" or "ARTICLE":
                return ContainerHint.Content;
        }

        return AttributeWords(attributes) switch
        {
            BoilerplateWord => ContainerHint.Boilerplate,
            CommentWord => ContainerHint.Comments,
            ContentWord => ContainerHint.Content,
            _ => ContainerHint.None, // both kinds or neither: no evidence
        };
    }

    private static ulong AttributeWords(in ElementAttributes attributes) => attributes.ClassIdWords & HintWords;

    /// <summary>The lexicon words (hint, caption, byline) found in a class and an id, read once per element.</summary>
    internal static ulong ClassIdWords(string @class, string id) => Words(@class) | Words(id);

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
        if (attributes.Hidden || string.Equals(attributes.AriaHidden, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Pages that hide the whole document until a script has run put the class on html or body: those stay walked.
        if (element.Name is not ("html" or "body") && HasHiddenClass(attributes.Class))
        {
            return true;
        }

        string style = attributes.Style;
        if (style.Length == 0)
        {
            return false;
        }

        string compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a class list holds a conventionally hidden class; split without allocating.</summary>
    private static bool HasHiddenClass(string classes)
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

    private static ulong Words(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        Span<char> word = stackalloc char[WordTable.MaxWordLength];
        ulong found = 0;
        int length = 0;
        for (int i = 0; i <= value.Length; i++)
        {
            char c = i < value.Length ? value[i] : ' ';
            bool hump = length > 0 && char.IsAsciiLetterUpper(c) && i > 0 && char.IsAsciiLetterLower(value[i - 1]);
            if (!char.IsAsciiLetter(c) || hump)
            {
                if (length is > 0 and <= WordTable.MaxWordLength)
                {
                    found |= s_words.Lookup(word[..length]);
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
/// HtmlAgilityPack's by-name lookup lower-cases the name and hashes it on every call. As with that lookup, the last of
/// repeated attributes wins. Absent values are empty strings.
/// </summary>
internal readonly struct ElementAttributes
{
    public string Class { get; private init; }

    public string Id { get; private init; }

    public string ItemProp { get; private init; }

    public string Role { get; private init; }

    public string Style { get; private init; }

    public string? AriaHidden { get; private init; }

    public bool Hidden { get; private init; }

    public bool HasHref { get; private init; }

    /// <summary>The lexicon words of the class and id, which the container hint and the caption/byline kind both read.</summary>
    public ulong ClassIdWords { get; private init; }

    public static ElementAttributes Read(HtmlNode element)
    {
        string @class = string.Empty, id = string.Empty, itemProp = string.Empty, role = string.Empty, style = string.Empty;
        string? ariaHidden = null;
        bool hidden = false, href = false;
        if (element.HasAttributes)
        {
            foreach (HtmlAttribute attribute in element.Attributes)
            {
                // OriginalName does not lower-case (and allocate) as Name does.
                string name = attribute.OriginalName ?? string.Empty;
                switch (name.Length)
                {
                    case 2 when name.Equals("id", StringComparison.OrdinalIgnoreCase):
                        id = attribute.Value ?? string.Empty;
                        break;
                    case 4 when name.Equals("role", StringComparison.OrdinalIgnoreCase):
                        role = attribute.Value ?? string.Empty;
                        break;
                    case 4 when name.Equals("href", StringComparison.OrdinalIgnoreCase):
                        href = true;
                        break;
                    case 5 when name.Equals("class", StringComparison.OrdinalIgnoreCase):
                        @class = attribute.Value ?? string.Empty;
                        break;
                    case 5 when name.Equals("style", StringComparison.OrdinalIgnoreCase):
                        style = attribute.Value ?? string.Empty;
                        break;
                    case 6 when name.Equals("hidden", StringComparison.OrdinalIgnoreCase):
                        hidden = true;
                        break;
                    case 8 when name.Equals("itemprop", StringComparison.OrdinalIgnoreCase):
                        itemProp = attribute.Value ?? string.Empty;
                        break;
                    case 11 when name.Equals("aria-hidden", StringComparison.OrdinalIgnoreCase):
                        ariaHidden = attribute.Value ?? string.Empty;
                        break;
                }
            }
        }

        return new ElementAttributes
        {
            Class = @class,
            Id = id,
            ItemProp = itemProp,
            Role = role,
            Style = style,
            AriaHidden = ariaHidden,
            Hidden = hidden,
            HasHref = href,
            ClassIdWords = ContainerHints.ClassIdWords(@class, id),
        };
    }
}
