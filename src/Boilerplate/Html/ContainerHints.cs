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
    private static readonly HashSet<string> s_hiddenClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        "hidden", "hide", "d-none", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "off-screen",
        "offscreen", "element-invisible",
    };

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

    public static ContainerHint Of(HtmlNode element, bool insideContent)
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
                return (AttributeWords(element) & BoilerplateWord) != 0 ? ContainerHint.None : ContainerHint.Content;
        }

        if (!element.HasAttributes)
        {
            return ContainerHint.None;
        }

        string itemprop = element.GetAttributeValue("itemprop", string.Empty);
        if (itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return ContainerHint.Content;
        }

        switch (element.GetAttributeValue("role", string.Empty).ToUpperInvariant())
        {
            case "NAVIGATION" or "BANNER" or "CONTENTINFO" or "COMPLEMENTARY" or "SEARCH" or "MENU" or "MENUBAR" or "DIALOG" or "ALERTDIALOG":
                return ContainerHint.Boilerplate;
            case "MAIN" or "ARTICLE":
                return ContainerHint.Content;
        }

        return AttributeWords(element) switch
        {
            BoilerplateWord => ContainerHint.Boilerplate,
            CommentWord => ContainerHint.Comments,
            ContentWord => ContainerHint.Content,
            _ => ContainerHint.None, // both kinds or neither: no evidence
        };
    }

    private static ulong AttributeWords(HtmlNode element) => AllAttributeWords(element) & HintWords;

    private static ulong AllAttributeWords(HtmlNode element) =>
        element.HasAttributes ? Words(element.GetAttributeValue("class", string.Empty)) | Words(element.GetAttributeValue("id", string.Empty)) : 0;

    /// <summary>
    /// What a small element holds when its name or class/id words say so: an image's caption or credit
    /// (<see cref="BlockTraits.Caption"/>: figcaption, "caption", "credit", …) or an author's byline or bio
    /// (<see cref="BlockTraits.Byline"/>: "author", "byline", "bio", …); otherwise <see cref="BlockTraits.None"/>.
    /// </summary>
    public static BlockTraits SmallElementKind(HtmlNode element)
    {
        if (element.Name == "figcaption")
        {
            return BlockTraits.Caption;
        }

        ulong words = AllAttributeWords(element);
        return (words & CaptionWord) != 0 ? BlockTraits.Caption
            : (words & BylineWord) != 0 ? BlockTraits.Byline
            : BlockTraits.None;
    }

    public static bool IsArticleBody(HtmlNode element) =>
        element.Name is "article" or "main"
        || (element.HasAttributes && element.GetAttributeValue("itemprop", string.Empty).Contains("articleBody", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the element is hidden from readers by attribute or inline style.</summary>
    public static bool IsHidden(HtmlNode element)
    {
        if (!element.HasAttributes)
        {
            return false;
        }

        if (element.Attributes.Contains("hidden") || string.Equals(element.GetAttributeValue("aria-hidden", null), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Pages that hide the whole document until a script has run put the class on html or body: those stay walked.
        string classes = element.Name is "html" or "body" ? string.Empty : element.GetAttributeValue("class", string.Empty);
        if (classes.Length > 0)
        {
            foreach (string name in classes.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (s_hiddenClasses.Contains(name))
                {
                    return true;
                }
            }
        }

        string style = element.GetAttributeValue("style", string.Empty);
        if (style.Length == 0)
        {
            return false;
        }

        string compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
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
