using System.Text;

namespace Boilerplate.Filters.MainRegion;

/// <summary>
/// Headings that announce links to other articles ("Related articles", "You may also like", "Most popular", "Lire aussi"),
/// in English, Portuguese, Spanish, French, German, Italian, Dutch, Russian, Chinese and Japanese. General page
/// furniture only: no phrase names a site. "See also" and "Further reading" are left out, as they close encyclopedic articles.
/// </summary>
internal static class RelatedContentHeadings
{
    /// <summary>Headings that are exactly one of these (lower-cased, punctuation as spaces).</summary>
    private static readonly HashSet<string> s_whole = new(StringComparer.Ordinal)
    {
        "related", "related articles", "related posts", "related stories", "related news", "related content", "related coverage",
        "related links", "related reading", "you may also like", "you might also like", "you may like", "you might like",
        "you may also enjoy", "you might also enjoy", "you may be interested in", "you might be interested in",
        "more stories", "more articles", "more news", "most popular", "most read", "most viewed", "don t miss", "dont miss",
        "do not miss", "recommended", "recommended for you", "recommended stories", "recommended articles", "recommended reading",
        "read more", "read next", "read also", "also read", "explore further", "trending", "trending now", "popular posts",
        "popular stories", "popular articles", "latest news", "latest stories", "latest articles", "latest posts",
        "recent posts", "recent articles", "recent stories", "recent news", "in other news", "more like this", "other stories",
        "other articles", "more to read", "keep reading", "up next", "what to read next", "editor s picks", "editors picks",
        "leia também", "veja também", "você pode gostar", "você também pode gostar", "você pode gostar também", "mais lidas",
        "posts relacionados", "artigos relacionados", "notícias relacionadas",
        "te puede interesar", "también te puede interesar", "noticias relacionadas", "artículos relacionados", "lo más leído",
        "más leídas", "lire aussi", "à lire aussi", "a lire aussi", "articles similaires", "sur le même sujet", "les plus lus",
        "mehr zum thema", "das könnte sie auch interessieren", "weitere artikel", "meistgelesen", "ähnliche artikel",
        "leggi anche", "articoli correlati", "potrebbe interessarti", "i più letti", "lees ook", "gerelateerde artikelen",
        "meest gelezen", "читайте также", "материалы по теме", "похожие статьи", "по теме", "相关文章", "相关阅读", "推荐阅读",
        "関連記事",
    };

    /// <summary>Headings that start with one of these, as whole words ("More from the Courier", "Most popular in Sport").</summary>
    private static readonly string[] s_prefixes =
    [
        "more from", "most popular", "most read", "also in", "more in", "latest from", "more stories from", "самые популярные",
    ];

    /// <summary>Most words of such a heading.</summary>
    public const int MaxWords = 8;

    public static bool Matches(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        string normalized = builder.ToString();
        if (s_whole.Contains(normalized))
        {
            return true;
        }

        foreach (string prefix in s_prefixes)
        {
            if (normalized.StartsWith(prefix, StringComparison.Ordinal) && (normalized.Length == prefix.Length || normalized[prefix.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
