using System.Collections.ObjectModel;
using Boilerplate.Text;

namespace Boilerplate;

/// <summary>
/// The words of an HTML element's class and id that say what it holds: furniture (<c>sidebar</c>, <c>share</c>), a
/// comment section, the article (<c>post-content</c>), a caption, a byline. Class and id values are split into words
/// at punctuation and camelCase humps and words match whole and case-insensitively, so <c>header-ad</c> says
/// <c>ad</c> but <c>shadow</c> does not. Each list starts with the built-in words; add a site family's own names, or
/// remove a word that misleads on the pages you clean.
/// </summary>
/// <remarks>An element whose words say both furniture and article counts as neither.</remarks>
public sealed class ContainerWords
{
    /// <summary>Words of containers that hold page furniture (navigation, sidebars, share bars, ads, cookie notices).</summary>
    public Collection<string> Boilerplate { get; } =
    [
        "nav", "navbar", "navigation", "menu", "menubar", "submenu", "footer", "sidebar", "breadcrumb", "breadcrumbs",
        "share", "sharing", "sharebar", "social", "socials", "related", "promo", "promos", "promotion",
        "promoted", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup", "login",
        "ad", "ads", "adsense", "advert", "adverts", "advertisement", "advertising", "banner", "sponsor", "sponsored",
        "popup", "modal", "overlay", "masthead", "toolbar", "tagcloud", "pagination", "pager",
        "disclaimer", "copyright", "outbrain", "taboola", "recirc", "recommended", "recommendations", "trending", "popular",
        "mostread", "skip", "rss", "follow", "werbung", "anzeige", "publicite", "publicidad", "pubblicita", "reclame",
    ];

    /// <summary>Words of comment sections, which are furniture for an article but the content of a discussion thread.</summary>
    public Collection<string> Comments { get; } =
        ["comment", "comments", "commentlist", "kommentare", "commentaires", "comentarios", "commenti", "reacties", "disqus"];

    /// <summary>Words of containers that hold the article.</summary>
    public Collection<string> Content { get; } = ["article", "articlebody", "content", "post", "entry", "story", "body", "text", "main", "blogpost"];

    /// <summary>Words of small elements that hold an image's caption or credit.</summary>
    public Collection<string> Caption { get; } = ["caption", "captions", "credit", "credits", "legende", "didascalia"];

    /// <summary>Words of small elements that hold an author's byline or bio.</summary>
    public Collection<string> Byline { get; } = ["author", "authors", "byline", "bylines", "bio", "autor", "auteur", "autore"];

    /// <summary>Adds a line to <paramref name="errors"/> for each word that can never match: empty, longer than 32 characters, or not made of ASCII letters only.</summary>
    internal void Validate(ICollection<string> errors)
    {
        foreach ((string list, Collection<string> words) in Lists())
        {
            foreach (string? word in words)
            {
                if (string.IsNullOrEmpty(word) || word.Length > WordTable.MaxWordLength || !word.All(char.IsAsciiLetter))
                {
                    errors.Add($"{nameof(ContainerWords)}.{list} holds \"{word}\"; a word is 1 to {WordTable.MaxWordLength} ASCII letters, as class names are split at anything else.");
                }
            }
        }
    }

    internal IEnumerable<(string Name, Collection<string> Words)> Lists() =>
        [(nameof(Boilerplate), Boilerplate), (nameof(Comments), Comments), (nameof(Content), Content), (nameof(Caption), Caption), (nameof(Byline), Byline)];
}
