using Boilerplate.Text;

namespace Boilerplate.Html;

/// <summary>
/// Bounds element nesting before the markup reaches HtmlAgilityPack, whose parser slows down sharply with depth
/// (measured here: 40,000 unclosed &lt;b&gt; tags take over a minute). One linear pass keeps a stack of open
/// elements; an opening tag that would go deeper than the limit is removed, its text kept. Void elements,
/// comments and the raw text of script and style are skipped as a browser's tokenizer would.
/// It also bounds the number of nodes HtmlAgilityPack builds, whose time grows faster than linearly with many
/// siblings (measured here: 400,000 unclosed &lt;li&gt; take 2.5 s, 25 times 100,000) and whose memory is about
/// 700 bytes a node: past the first maxElements elements and comments, every tag and comment is removed, text kept,
/// and script and style elements go with their content.
/// The same pass can empty what holds no text of the page (scripts, styles, comments, inline svg images), so that
/// HtmlAgilityPack parses less, and bounds the characters left outside tags for the article-loss check.
/// </summary>
internal static class HtmlDepthLimiter
{
    private static readonly HashSet<string> s_voidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> s_selfClosingSiblings = new(StringComparer.Ordinal)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot",
    };

    private static readonly HashSet<string> s_closesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    };

    // Every element name of HTML (each once: the table ORs the values of a repeated key), so that a tag's name is
    // found without allocating; other names are allocated as before.
    private static readonly string[] s_knownNames =
    [
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br",
        "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details",
        "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame",
        "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input",
        "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "menu", "meta", "meter", "nav", "nobr", "noscript",
        "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt", "ruby",
        "s", "samp", "script", "search", "section", "select", "slot", "small", "source", "span", "strike", "strong", "style",
        "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title",
        "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "path", "g", "use", "math", "big", "marquee", "xml",
    ];

    private static readonly IgnoreCaseNeedle s_styleEnd = new("</style");
    private static readonly IgnoreCaseNeedle s_textareaEnd = new("</textarea");
    private static readonly IgnoreCaseNeedle s_titleEnd = new("</title");
    private static readonly IgnoreCaseNeedle s_svg = new("svg");

    private static readonly WordTable s_nameIndex = new(s_knownNames.Select((n, i) => new KeyValuePair<string, ulong>(n, (ulong)i + 1)));

    private static readonly TagKind[] s_knownKinds = s_knownNames.Select(KindOf).ToArray();

    /// <summary>What the pass needs to know of an element, looked up once with its name instead of in a set per question.</summary>
    [Flags]
    private enum TagKind : byte
    {
        None = 0,
        Void = 1,
        SelfClosingSibling = 2,
        ClosesParagraph = 4,
        RawText = 8,
    }

    private static TagKind KindOf(string name) =>
        (s_voidElements.Contains(name) ? TagKind.Void : TagKind.None)
        | (s_selfClosingSiblings.Contains(name) ? TagKind.SelfClosingSibling : TagKind.None)
        | (s_closesParagraph.Contains(name) ? TagKind.ClosesParagraph : TagKind.None)
        | (name is "script" or "style" or "textarea" or "title" ? TagKind.RawText : TagKind.None);

    /// <summary>The lower-case name of a tag and its kind: the shared string for a known element, else a new one.</summary>
    /// <param name="html">The markup.</param>
    /// <param name="start">Where the name starts.</param>
    /// <param name="length">The name's length; a name is ASCII letters, digits and '-', whose lower case is each | 0x20.</param>
    /// <param name="kind">The element's kind.</param>
    private static string TagName(string html, int start, int length, out TagKind kind)
    {
        ulong index = 0;
        if (length <= WordTable.MaxPackedLength)
        {
            index = s_nameIndex.LookupPacked(WordTable.PackAsciiFolded(html, start, length));
        }
        else if (length <= WordTable.MaxWordLength)
        {
            // Looked up as written: the table lower-cases by | 0x20 as it compares, which leaves '-' and digits as they are.
            ReadOnlySpan<char> name = html.AsSpan(start, length);
            index = s_nameIndex.LookupLongAsciiFolded(name, WordTable.HashAsciiFolded(name));
        }

        if (index != 0)
        {
            kind = s_knownKinds[(int)index - 1];
            return s_knownNames[(int)index - 1];
        }

        string other = html.Substring(start, length).ToLowerInvariant();
        kind = KindOf(other);
        return other;
    }

    /// <summary>
    /// Where a title's text runs into a tag (a '&lt;' followed by a letter, '/' or '!'), when it does before
    /// <paramref name="end"/>: a title holds plain text, so markup inside it means its closing tag is missing.
    /// </summary>
    private static int? UnclosedTitleEnd(string html, int start, int end)
    {
        for (int k = html.IndexOf('<', start, end - start); k >= 0 && k + 1 < end; k = html.IndexOf('<', k + 1, end - k - 1))
        {
            char c = html[k + 1];
            if (char.IsAsciiLetter(c) || c is '/' or '!')
            {
                return k;
            }
        }

        return null;
    }

    private static IgnoreCaseNeedle RawTextEnd(string name) => name switch
    {
        "script" => IgnoreCaseNeedle.ScriptEnd,
        "style" => s_styleEnd,
        "textarea" => s_textareaEnd,
        _ => s_titleEnd,
    };

    /// <summary>Pops what an HTML parser closes implicitly: a second &lt;p&gt; or &lt;li&gt; closes the first, a block closes a &lt;p&gt;.</summary>
    private static void CloseImplied(List<string> open, string name, TagKind kind)
    {
        if ((kind & TagKind.ClosesParagraph) != 0 && open.Count > 0 && open[^1] == "p")
        {
            open.RemoveAt(open.Count - 1);
        }

        if ((kind & TagKind.SelfClosingSibling) == 0)
        {
            return;
        }

        for (int k = open.Count - 1; k >= Math.Max(0, open.Count - 4); k--)
        {
            if (open[k] == name)
            {
                open.RemoveRange(k, open.Count - k);
                return;
            }

            if (IsScopeBoundary(name, open[k]))
            {
                return; // a nested list's <li> does not close the outer list's <li>
            }
        }
    }

    private static bool IsScopeBoundary(string name, string open) => name switch
    {
        "li" => open is "ul" or "ol" or "menu",
        "dt" or "dd" => open is "dl",
        "tr" or "td" or "th" or "thead" or "tbody" or "tfoot" => open is "table",
        "option" => open is "select" or "datalist" or "optgroup",
        _ => true, // <p>: only an open <p> on top is closed
    };

    /// <summary>Returns <paramref name="html"/> itself when no element nests deeper than <paramref name="maxDepth"/>, else a flattened copy.</summary>
    public static string Limit(string html, int maxDepth, out bool flattened) => Limit(html, maxDepth, int.MaxValue, stripScripts: false, out flattened, out _);

    /// <summary>
    /// Returns <paramref name="html"/> itself when no element nests deeper than <paramref name="maxDepth"/> and it has at
    /// most <paramref name="maxElements"/> elements and comments, else a flattened copy.
    /// </summary>
    /// <param name="html">The markup.</param>
    /// <param name="maxDepth">The deepest nesting kept.</param>
    /// <param name="maxElements">The most elements and comments kept.</param>
    /// <param name="stripScripts">
    /// Whether to remove the content of script and style elements, comments and inline svg images (the elements stay,
    /// empty): no text of the page is there, and HtmlAgilityPack then parses less, as scripts and styles are often
    /// most of a page's markup.
    /// </param>
    /// <param name="flattened">Whether elements were flattened or removed to keep within the limits.</param>
    /// <param name="textBound">
    /// An upper bound of the characters of the result outside tags, comments, scripts and styles, taken in the same pass
    /// (<see cref="Internal.ArticleLossCheck"/> needs to count letters there only when the page's text is under a tenth of it).
    /// </param>
    public static string Limit(string html, int maxDepth, int maxElements, bool stripScripts, out bool flattened, out int textBound)
    {
        flattened = false;
        bool limited = false;
        int consumed = 0; // characters in tags, comments, and the content of scripts and styles
        var open = new List<string>();
        List<Cut>? cuts = null;
        int copiedUpTo = 0;
        int i = 0;
        int elements = 0;

        // Removes html[from..to) from the output, putting a replacement in its place. The output is built once at the end.
        void Cut(int from, int to, string replacement = "")
        {
            (cuts ??= []).Add(new Cut(from, to, replacement));
            copiedUpTo = to;
        }

        while (true)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            char next = html[lt + 1];
            if (next == '!')
            {
                // Comment or doctype: skip to its end.
                bool comment = html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal);
                int end = comment ? html.IndexOf("-->", lt + 4, StringComparison.Ordinal) : html.IndexOf('>', lt);
                i = end < 0 ? html.Length : end + 1;
                consumed += (end < 0 ? html.Length : end + (comment ? 3 : 1)) - lt;
                if (elements++ >= maxElements)
                {
                    limited = true;
                    Cut(lt, end < 0 ? html.Length : end + (comment ? 3 : 1));
                    i = copiedUpTo;
                }
                else if (stripScripts && comment && end > lt + 4)
                {
                    Cut(lt + 4, end); // the comment stays, empty
                }

                continue;
            }

            bool closing = next == '/';
            int nameStart = lt + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart)
            {
                i = lt + 1;
                continue;
            }

            int tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            string name = TagName(html, nameStart, nameEnd - nameStart, out TagKind kind);
            i = tagEnd + 1;
            consumed += i - lt;
            if (elements >= maxElements)
            {
                int cutEnd = i;
                if (!closing && (kind & TagKind.RawText) != 0)
                {
                    // Past the limit a raw-text element goes whole: its content is code or a title, not page text.
                    int close = RawTextEnd(name).IndexIn(html.AsSpan(i));
                    int closeEnd = close < 0 ? -1 : html.IndexOf('>', i + close);
                    cutEnd = closeEnd < 0 ? html.Length : closeEnd + 1;
                }

                limited = true;
                Cut(lt, cutEnd);
                i = cutEnd;
                continue;
            }

            if (!closing)
            {
                elements++;
            }

            if (closing)
            {
                // Close the nearest open element of that name, looking only a little way down the stack,
                // so that stray closing tags cost O(1).
                for (int k = open.Count - 1; k >= Math.Max(0, open.Count - 16); k--)
                {
                    if (open[k] == name)
                    {
                        open.RemoveRange(k, open.Count - k);
                        break;
                    }
                }

                continue;
            }

            if ((kind & TagKind.Void) != 0 || html[tagEnd - 1] == '/')
            {
                continue;
            }

            if ((kind & TagKind.RawText) != 0)
            {
                int close = RawTextEnd(name).IndexIn(html.AsSpan(i));
                int contentStart = i;
                if (name == "title" && UnclosedTitleEnd(html, i, close < 0 ? html.Length : i + close) is int titleEnd)
                {
                    // A title that runs into markup was never closed: an HTML5 parser would take the rest of the page as
                    // its text and show nothing. It ends where the markup starts, as lenient parsers (libxml2) end it.
                    Cut(titleEnd, titleEnd, "</title>");
                    i = titleEnd;
                    continue;
                }

                i = close < 0 ? html.Length : i + close;
                if (name is "script" or "style")
                {
                    consumed += i - contentStart; // a title's or a text area's text is shown
                    if (stripScripts && close > 0)
                    {
                        Cut(contentStart, i);
                    }
                }

                continue;
            }

            if (stripScripts && name == "svg" && ClosingSvg(html, i) is int svgEnd && svgEnd > i)
            {
                // An inline image: its paths and labels are never text of the page, and can be thousands of elements.
                consumed += svgEnd - i;
                Cut(i, svgEnd);
                i = svgEnd;
            }

            CloseImplied(open, name, kind);
            if (open.Count < maxDepth)
            {
                open.Add(name);
                continue;
            }

            // A flattened block element still ends the text before it: two <br> are a block boundary, and void.
            limited = true;
            Cut(lt, tagEnd + 1, (kind & (TagKind.ClosesParagraph | TagKind.SelfClosingSibling)) != 0 ? "<br><br>" : string.Empty);
        }

        // Removing scripts' content leaves the text as it was; flattening moves it, and leaves no bound but the length.
        textBound = html.Length - consumed;
        if (cuts is null)
        {
            return html;
        }

        flattened = limited;
        string result = Apply(html, cuts);
        if (limited)
        {
            textBound = result.Length;
        }

        return result;
    }

    /// <summary>Where the &lt;/svg&gt; that closes an svg element whose content starts at <paramref name="from"/> starts, counting nested svg elements; -1 when it is never closed.</summary>
    private static int ClosingSvg(string html, int from)
    {
        int depth = 1;
        for (int at = s_svg.IndexIn(html, from); at >= 0; at = s_svg.IndexIn(html, at + 3))
        {
            bool nameEnds = at + 3 < html.Length && html[at + 3] is ' ' or '>' or '/' or '\t' or '\n' or '\r' or '\f';
            if (!nameEnds || at < 1 || html[at - 1] is not ('<' or '/'))
            {
                continue;
            }

            if (html[at - 1] == '<')
            {
                depth++;
            }
            else if (at >= 2 && html[at - 2] == '<' && --depth == 0)
            {
                return at - 2;
            }
        }

        return -1;
    }

    /// <summary>The markup with the cuts (in order, disjoint) made: one copy into a string of the exact length.</summary>
    private static string Apply(string html, List<Cut> cuts)
    {
        int length = html.Length;
        foreach (Cut cut in cuts)
        {
            length += cut.Replacement.Length - (cut.To - cut.From);
        }

        return string.Create(length, (html, cuts), static (target, state) =>
        {
            (string html, List<Cut> cuts) = state;
            int from = 0;
            foreach (Cut cut in cuts)
            {
                html.AsSpan(from, cut.From - from).CopyTo(target);
                target = target[(cut.From - from)..];
                cut.Replacement.CopyTo(target);
                target = target[cut.Replacement.Length..];
                from = cut.To;
            }

            html.AsSpan(from).CopyTo(target);
        });
    }

    private readonly record struct Cut(int From, int To, string Replacement);
}
