using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Boilerplate.Filters.Navigation;
using Boilerplate.Internal;
using Boilerplate.Languages;
using Boilerplate.Text;
using HtmlAgilityPack;

namespace Boilerplate.Html;

/// <summary>
/// Turns HTML into the same <see cref="PageDocument"/> a text dump gives, plus what the markup tells: one block per
/// block-level element, with its tag, heading level, depth, link characters, the containers it sits in and the
/// nearest class/id evidence. The DOM is walked once, without recursion, so nesting depth cannot overflow the stack.
/// This is the only type that uses HtmlAgilityPack.
/// </summary>
internal sealed class HtmlDocumentParser : IDisposable
{
    /// <summary>A caption or byline element with more text than this is a wrapper that names one, not one.</summary>
    private const int MaxSmallElementChars = 600;

    /// <summary>Noscript or hidden markup below this is a tracking pixel, a "please enable JavaScript" line or an icon: not worth a second walk.</summary>
    private const int MinGatedMarkupChars = 1000;

    /// <summary>Prose a second reading must add, beyond doubling the page's, to be taken.</summary>
    private const int MinGatedProseChars = 200;

    /// <summary>Hidden elements are read a second time only on pages that show less prose than this: most pages hide menus and dialogs, not their text.</summary>
    private const int MaxProseCharsForHiddenReading = 500;

    /// <summary>A block of this many characters counts as prose when two readings of a page are compared.</summary>
    private const int MinProseBlockChars = 100;

    private static readonly HashSet<string> s_skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "map", "select", "button", "input", "textarea", "link", "base",
    };

    private static readonly HashSet<string> s_blockLevel = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul",
    };

    // The page's text and blocks as they are collected, in pooled buffers; copied out once at the end.
    private readonly PooledList<char> _text;
    private readonly PooledList<Block> _blocks;
    private readonly List<int> _parents = [];
    private readonly List<string> _tags = [];
    private readonly List<bool> _articleBodies = [];
    private readonly List<Range> _classes = [];
    private readonly List<Range> _ids = [];

    // Text ranges of small elements that hold a caption or a byline (ContainerHints.SmallElementKind); blocks mostly
    // inside one get its trait.
    private readonly List<(int Start, int End, BlockTraits Kind)> _smallElements = [];
    private int _smallStart = -1;

    // Blocks of "widget" containers inside the article, which may turn out to be part of it.
    private readonly ProseWidgets _widgets = new();

    // Context of the element being walked; saved in each frame and restored on exit.
    private BlockTraits _traits;
    private ContainerHint _hint;
    private int _element = -1;
    private int _depth;
    private int _headingLevel;
    private int _linkDepth;
    private int _preDepth;

    // The block being collected.
    private int _blockStart;
    private int _linkChars;
    private int _markupStart = -1;
    private int _markupEnd;
    private bool _pendingSpace;
    private bool _lastWasBreak;

    private string? _titleElement;
    private string? _openGraphTitle;
    private string? _firstHeading;

    private readonly string _markup;
    private readonly WordTable _containerWords;
    private readonly MarkupMetadataReader? _metadata;

    // Content a browser shows only after the page's scripts ran, or only without them: React's streamed segments (walked
    // at their placeholders), noscript fallbacks and hidden elements (walked in a second reading, see Parse).
    private readonly Dictionary<string, HtmlNode>? _streamedSegments;
    private readonly ScriptGatedContent _walkGated;
    private long _noscriptMarkupChars;
    private long _hiddenMarkupChars;

    private HtmlDocumentParser(string markup, WordTable containerWords, MarkupMetadataReader? metadata, Dictionary<string, HtmlNode>? streamedSegments = null, ScriptGatedContent walkGated = ScriptGatedContent.None)
    {
        _markup = markup;
        _containerWords = containerWords;
        _metadata = metadata;
        _streamedSegments = streamedSegments;
        _walkGated = walkGated;

        // First guesses (the buffers grow): pages' text is a few percent of their markup, a block per few hundred characters.
        _text = new PooledList<char>(markup.Length / 8);
        _blocks = new PooledList<Block>(markup.Length / 256);
    }

    public static PageDocument Parse(string html, Stopwords stopwords, int maxDepth, int maxElements, out bool flattened, bool readMetadata = false, WordTable? containerWords = null)
    {
        string markup = HtmlDepthLimiter.Limit(html, maxDepth, maxElements, stripScripts: true, out flattened, out int textBound);

        // The markup is decoded already: reading its declared encoding is useless, and throws for encodings .NET refuses (utf-7).
        // Nothing here looks elements up by id or reads parse errors, so HtmlAgilityPack need not index ids or track unclosed
        // tags: the tree is the same, built about 12% faster.
        var dom = new HtmlDocument
        {
            OptionMaxNestedChildNodes = 0,
            OptionReadEncoding = false,
            OptionUseIdAttribute = false,
            OptionCheckSyntax = false,
        };
        dom.LoadHtml(markup);

        Dictionary<string, HtmlNode>? segments = StreamedSegments.Find(dom, markup);
        // The metadata is read in the first walk, which enters every element a browser shows and reads noscript and
        // template content for it; a second reading, when taken, gives only the blocks.
        MarkupMetadataReader? metadata = readMetadata ? new MarkupMetadataReader() : null;
        containerWords ??= ContainerHints.DefaultWords;
        var parser = new HtmlDocumentParser(markup, containerWords, metadata, StreamedSegments.Copy(segments));
        try
        {
            parser.Walk(dom.DocumentNode);
            long shown = parser.ProseChars();
            ScriptGatedContent gated = ScriptGatedContent.None;
            if (parser._noscriptMarkupChars >= MinGatedMarkupChars)
            {
                // A page whose scripts build the visible body (a forum app, a single-page site) gives crawlers and readers
                // without scripts the whole text in noscript.
                gated |= ScriptGatedContent.Noscript;
            }

            if (parser._hiddenMarkupChars >= MinGatedMarkupChars && shown < MaxProseCharsForHiddenReading)
            {
                // A page that shows almost no prose may hold it in elements its scripts reveal (tabs, lazy sections,
                // content hidden until a script has run).
                gated |= ScriptGatedContent.Hidden;
            }

            if (gated != ScriptGatedContent.None)
            {
                // The second reading wins when it holds more prose than the page shows, doubled (content that only
                // repeats the visible article, or a hidden menu, does not), or, when only hidden elements are added to a
                // page that shows no prose at all (a listing of short items), more than twice its text.
                var second = new HtmlDocumentParser(markup, containerWords, null, StreamedSegments.Copy(segments), gated);
                second.Walk(dom.DocumentNode);
                long secondProse = second.ProseChars();
                if (secondProse >= 2 * shown + MinGatedProseChars
                    || (gated == ScriptGatedContent.Hidden && shown < MinGatedProseChars && second._text.Count >= 2 * parser._text.Count + MinGatedMarkupChars))
                {
                    (parser, second) = (second, parser);
                    shown = secondProse;
                }

                second.Dispose();
            }

            if (shown < MaxProseCharsForHiddenReading && html.Contains("articleBody", StringComparison.Ordinal)
                && Metadata.JsonLdReader.Read(html)?.ArticleBody is { } body && body.Length >= 2 * shown + MinGatedProseChars)
            {
                // A page whose markup shows no article yet declares its text in schema.org's articleBody (a script-built
                // page, a paywall's teaser): that text is the article a reader gets.
                parser.AppendArticleBody(body);
            }

            PageDocument document = parser.Build(markup, stopwords);
            document.MarkupTextBound = textBound;
            document.MarkupMetadata = metadata?.Finish(html);
            return document;
        }
        finally
        {
            parser.Dispose();
        }
    }

    /// <summary>Characters of the blocks long enough to be prose (before words are counted): what decides between two readings of a page.</summary>
    private long ProseChars()
    {
        long chars = 0;
        ReadOnlySpan<char> text = _text.AsSpan();
        foreach (ref readonly Block block in _blocks.AsSpan())
        {
            // Markup shown as text (noscript content escaped twice) is not prose.
            if (block.Length >= MinProseBlockChars && !text.Slice(block.Start, block.Length).Contains('<'))
            {
                chars += block.Length;
            }
        }

        return chars;
    }

    /// <summary>Adds the paragraphs of a structured article text as blocks of the article's container, after the page's own.</summary>
    private void AppendArticleBody(string body)
    {
        // The walk has ended: its context is free to be set for these blocks.
        Flush();
        (_hint, _traits, _element) = (ContainerHint.Content, BlockTraits.InArticle, -1);
        char[] collapsed = PooledList<char>.Rent(body.Length);
        for (int start = 0, end; start < body.Length; start = end + 1)
        {
            end = body.IndexOf('\n', start);
            end = end < 0 ? body.Length : end;
            int length = CollapseBlanks(body.AsSpan(start, end - start), collapsed);
            if (collapsed.AsSpan(0, length).Trim(' ').Length > 0)
            {
                AppendSingleSpaced(collapsed.AsSpan(0, length));
                Flush();
            }
        }

        PooledList<char>.Return(collapsed);
    }

    /// <summary>Returns the pooled buffers.</summary>
    public void Dispose()
    {
        _text.Dispose();
        _blocks.Dispose();
    }

    private PageDocument Build(string markup, Stopwords stopwords)
    {
        string text = new(_text.AsSpan());
        _widgets.Release(_blocks.AsSpan());
        Block[] blocks = _blocks.AsSpan().ToArray();
        Span<int> scriptCounts = stackalloc int[256];
        scriptCounts.Clear();
        LexiconHints[] lexicon = ArrayPool<LexiconHints>.Shared.Rent(blocks.Length);
        FeatureScanner.ScanBlocks(text, blocks, lexicon, stopwords, scriptCounts, out string? language);

        MarkSmallElements(blocks);

        var document = new PageDocument(text, blocks, PageFormat.Html, lexicon)
        {
            Language = language,
            Markup = markup,
            Outline = new PageOutline([.. _parents], [.. _tags], [.. _articleBodies], markup, [.. _classes], [.. _ids]),
            HtmlTitles = new HtmlTitles(_titleElement, _openGraphTitle, _firstHeading),
        };
        TextDocumentParser.SetMainScript(document, scriptCounts);
        return document;
    }

    /// <summary>Content a browser shows only in some conditions (noscript without scripts, hidden elements once scripts reveal them), which a second reading of the page walks.</summary>
    [Flags]
    private enum ScriptGatedContent
    {
        None = 0,
        Noscript = 1,
        Hidden = 2,
    }

    private readonly record struct Frame(HtmlNode Node, BlockTraits Traits, ContainerHint Hint, int Element, int Depth, int HeadingLevel, bool IsBlock, bool IsLink, bool IsPre, BlockTraits SmallKind = BlockTraits.None, int OuterSmallStart = -1, int FirstWidgetBlock = -1);

    private void Walk(HtmlNode root)
    {
        // An array stack whose top is advanced in place: a frame is written once when its element is entered, not popped
        // and pushed again for each child.
        var stack = new WalkEntry[32];
        stack[0] = new WalkEntry(new Frame(root, _traits, _hint, _element, _depth, _headingLevel, false, false, false), root.ChildNodes);
        int count = 1;
        while (count > 0)
        {
            ref WalkEntry top = ref stack[count - 1];
            if (top.Next >= top.Children.Count)
            {
                Exit(top.Frame);
                count--;
                continue;
            }

            HtmlNode child = top.Children[top.Next++];
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    AppendText((HtmlTextNode)child);
                    break;
                case HtmlNodeType.Element:
                    if (Enter(child, out Frame entered))
                    {
                        if (count == stack.Length)
                        {
                            Array.Resize(ref stack, count * 2);
                        }

                        stack[count++] = new WalkEntry(entered, entered.Node.ChildNodes);
                    }

                    break;
            }
        }

        Flush();
    }

    private struct WalkEntry(Frame frame, HtmlNodeCollection children)
    {
        public readonly Frame Frame = frame;
        public readonly HtmlNodeCollection Children = children;
        public int Next;
    }

    /// <summary>Updates the context for an element; gives the frame to restore it, or returns false when the element is not walked.</summary>
    private bool Enter(HtmlNode element, out Frame saved)
    {
        saved = default;
        _metadata?.Visit(element);
        string name = element.Name;
        switch (name)
        {
            case "title":
                _titleElement ??= Collapse(HtmlEntity.DeEntitize(element.InnerText));
                return false;
            case "meta":
                if (_openGraphTitle is null && string.Equals(element.GetAttributeValue("property", null), "og:title", StringComparison.OrdinalIgnoreCase))
                {
                    _openGraphTitle = Collapse(HtmlEntity.DeEntitize(element.GetAttributeValue("content", string.Empty)));
                }

                return false;
            case "br":
                if (_lastWasBreak)
                {
                    Flush();
                }
                else
                {
                    _pendingSpace = true;
                    _lastWasBreak = true;
                }

                return false;
        }

        // The head is walked like any element: its title and meta are read above and its scripts skipped, and when
        // </head> is missing HtmlAgilityPack nests the whole body inside it.
        if (name == "noscript" && (_walkGated & ScriptGatedContent.Noscript) == 0)
        {
            _noscriptMarkupChars += MarkupLength.SpanOf(element, _markup.Length);
            return false;
        }

        bool streamed = false;
        if (name == "template" && _streamedSegments is not null && StreamedSegments.TakeFor(element, _streamedSegments) is HtmlNode segment)
        {
            // The placeholder of a streamed segment: the segment's content is walked here, where the page's script puts it.
            element = segment;
            name = segment.Name;
            streamed = true;
        }
        else if (s_skipped.Contains(name))
        {
            return false;
        }

        var attributes = ElementAttributes.Read(element, _markup, _containerWords);
        if (!streamed && ContainerHints.IsHidden(element, attributes))
        {
            if (attributes.AriaHidden || (_walkGated & ScriptGatedContent.Hidden) == 0)
            {
                _hiddenMarkupChars += attributes.AriaHidden ? 0 : MarkupLength.SpanOf(element, _markup.Length);
                return false;
            }
        }

        // A heading's link to its own section ("#flex-wrap", the permalink of documentation and wiki headings) leads nowhere
        // else: its text is the heading's, not a link to another page.
        bool isLink = name == "a" && attributes.HasHref && !(attributes.HasFragmentHref && _headingLevel > 0);
        saved = new Frame(element, _traits, _hint, _element, _depth, _headingLevel, s_blockLevel.Contains(name), isLink, name == "pre",
            ContainerHints.SmallElementKind(element, attributes), _smallStart);
        if (saved.IsBlock)
        {
            Flush();
            _parents.Add(_element);
            _tags.Add(name);
            _articleBodies.Add(ContainerHints.IsArticleBody(element, attributes));
            _classes.Add(attributes.ClassRange);
            _ids.Add(attributes.IdRange);
            _element = _parents.Count - 1;
            _depth++;
        }

        ContainerHint hint = ContainerHints.Of(element, attributes, _hint);
        if (hint == ContainerHint.Content && _hint == ContainerHint.Comments)
        {
            hint = ContainerHint.None; // a comment's own "comment-content" body is still a comment
        }

        if (hint != ContainerHint.None)
        {
            if (hint == ContainerHint.Widget && _hint != ContainerHint.Widget)
            {
                saved = saved with { FirstWidgetBlock = _widgets.Open };
            }

            _hint = hint;
        }

        _traits |= name switch
        {
            "nav" or "menu" => BlockTraits.InNavigation,
            "header" => BlockTraits.InHeader,
            "footer" => BlockTraits.InFooter,
            "aside" => BlockTraits.InAside,
            "form" => BlockTraits.InForm,
            "article" or "main" => BlockTraits.InArticle,
            "blockquote" => BlockTraits.Quote,
            "pre" => BlockTraits.Preformatted,
            "td" or "th" => BlockTraits.TableCell,
            "li" => element.ParentNode?.Name == "ol" ? BlockTraits.ListItem | BlockTraits.OrderedListItem : BlockTraits.ListItem,
            _ => BlockTraits.None,
        };
        if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
        {
            _headingLevel = name[1] - '0';
        }

        if (saved.IsLink)
        {
            _linkDepth++;
        }

        if (saved.IsPre)
        {
            _preDepth++;
        }

        if (saved.SmallKind != BlockTraits.None)
        {
            _smallStart = _text.Count;
        }

        return true;
    }

    private void Exit(Frame frame)
    {
        if (frame.IsBlock)
        {
            Flush();
        }

        if (frame.IsLink)
        {
            _linkDepth--;
        }

        if (frame.IsPre)
        {
            _preDepth--;
        }

        if (frame.SmallKind != BlockTraits.None)
        {
            if (_text.Count - _smallStart <= MaxSmallElementChars)
            {
                // An enclosing small element covers the ranges of those inside it: keep the ranges disjoint and in order.
                while (_smallElements.Count > 0 && _smallElements[^1].Start >= _smallStart)
                {
                    _smallElements.RemoveAt(_smallElements.Count - 1);
                }

                _smallElements.Add((_smallStart, _text.Count, frame.SmallKind));
            }

            _smallStart = frame.OuterSmallStart;
        }

        if (frame.FirstWidgetBlock >= 0)
        {
            _widgets.Judge(frame.FirstWidgetBlock, _blocks.AsSpan(), _text.AsSpan());
        }

        _traits = frame.Traits;
        _hint = frame.Hint;
        _element = frame.Element;
        _depth = frame.Depth;
        _headingLevel = frame.HeadingLevel;
    }

    [SkipLocalsInit]
    private void AppendText(HtmlTextNode node)
    {
        // A text node's text is its range of the markup, read in place rather than copied by HtmlTextNode.Text; the few
        // nodes HtmlAgilityPack makes up from tags (a stray closing tag kept as text) hold a '<' and are read as it gives them.
        ReadOnlySpan<char> raw = _markup.AsSpan(node.OuterStartIndex, MarkupLength.Of(node));
        if (_preDepth == 0)
        {
            // Most text nodes are the indentation between tags: blanks only, which only make the next text start a new word.
            int k = 0;
            while (k < raw.Length && raw[k] <= ' ')
            {
                k++;
            }

            if (k == raw.Length)
            {
                _pendingSpace |= k > 0;
                return;
            }
        }

        if (raw.Contains('<'))
        {
            raw = node.Text;
        }

        if (raw.Length == 0)
        {
            return;
        }

        scoped ReadOnlySpan<char> text = raw.Contains('&') ? HtmlEntity.DeEntitize(raw.ToString()) : raw;
        if (text.IsEmpty)
        {
            return;
        }

        Span<char> scratch = stackalloc char[256];
        int before = _text.Count;
        if (_preDepth > 0)
        {
            // Preformatted text keeps its spaces and line breaks, except a leading line break.
            foreach (char c in text)
            {
                if (c != '\r' && (c != '\n' || _text.Count > _blockStart))
                {
                    _text.Add(c);
                }
            }
        }
        else
        {
            // Blanks collapse to one space, none at a block's start. Most text nodes have single spaces only and are taken as
            // they are; others are first collapsed into a scratch copy, without a branch per character.
            char[]? rented = null;
            if (!OnlySingleSpaces(text))
            {
                Span<char> target = text.Length <= scratch.Length ? scratch : (rented = PooledList<char>.Rent(text.Length));
                text = target[..CollapseBlanks(text, target)];
            }

            AppendSingleSpaced(text);
            if (rented is not null)
            {
                PooledList<char>.Return(rented);
            }
        }

        if (_text.Count > before)
        {
            _lastWasBreak = false;
            if (_linkDepth > 0)
            {
                _linkChars += _text.Count - before;
            }

            if (_markupStart < 0)
            {
                _markupStart = node.StreamPosition;
            }

            _markupEnd = node.StreamPosition + raw.Length;
        }
    }

    /// <summary>
    /// Appends text whose only blanks are single spaces: they stay as they are, and only its edges change. A leading space
    /// is the pending one, and a trailing space becomes pending.
    /// </summary>
    private void AppendSingleSpaced(ReadOnlySpan<char> text)
    {
        int start = text[0] == ' ' ? 1 : 0;
        int end = text[^1] == ' ' ? text.Length - 1 : text.Length;
        if (end <= start)
        {
            _pendingSpace = true; // a lone space
            return;
        }

        bool lead = start > 0, trail = end < text.Length;
        ReadOnlySpan<char> body = text[start..end];

        if ((_pendingSpace || lead) && _text.Count > _blockStart)
        {
            _text.Add(' ');
        }

        _text.Add(body);
        _pendingSpace = trail;
    }

    /// <summary>
    /// Copies <paramref name="text"/> with each run of blanks as one space; returns the length written. Eight ASCII
    /// characters with no two blanks in a row are copied at once, their blanks made spaces; others one at a time.
    /// </summary>
    internal static int CollapseBlanks(ReadOnlySpan<char> text, Span<char> target)
    {
        int length = 0, i = 0;
        bool lastBlank = false;
        if (Vector128.IsHardwareAccelerated && target.Length >= text.Length)
        {
            ref ushort source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ref ushort destination = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(target));
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                Vector128<ushort> chars = Vector128.LoadUnsafe(ref source, (nuint)i);
                Vector128<ushort> blanks = Vector128.LessThanOrEqual(chars, Vector128.Create((ushort)' '));
                uint blank = blanks.ExtractMostSignificantBits();
                if (!Vector128.GreaterThanAny(chars, Vector128.Create((ushort)0x7F)) && (blank & ((blank << 1) | (lastBlank ? 1u : 0u))) == 0)
                {
                    Vector128.ConditionalSelect(blanks, Vector128.Create((ushort)' '), chars).StoreUnsafe(ref destination, (nuint)length);
                    length += Vector128<ushort>.Count;
                    lastBlank = (blank >> (Vector128<ushort>.Count - 1)) != 0;
                    continue;
                }

                CollapseBlanksOneByOne(text.Slice(i, Vector128<ushort>.Count), target, ref length, ref lastBlank);
            }
        }

        CollapseBlanksOneByOne(text[i..], target, ref length, ref lastBlank);
        return length;
    }

    private static void CollapseBlanksOneByOne(ReadOnlySpan<char> text, Span<char> target, ref int length, ref bool lastBlank)
    {
        foreach (char c in text)
        {
            bool blank = LineSplitter.IsBlank(c);
            target[length] = blank ? ' ' : c;
            length += blank & lastBlank ? 0 : 1;
            lastBlank = blank;
        }
    }

    /// <summary>Whether the only blanks of <paramref name="text"/> (not empty) are single spaces: two vectorised passes.</summary>
    private static bool OnlySingleSpaces(ReadOnlySpan<char> text)
    {
        int other = text.IndexOfAnyExceptInRange(' ', '~');
        if (other >= 0)
        {
            foreach (char c in text[other..])
            {
                if (c is < ' ' or > '~' && LineSplitter.IsBlank(c))
                {
                    return false;
                }
            }
        }

        return !text.Contains("  ", StringComparison.Ordinal);
    }

    /// <summary>Ends the block being collected, if it has text.</summary>
    private void Flush()
    {
        int end = _text.Count;
        while (end > _blockStart && (_text[end - 1] == ' ' || _text[end - 1] == '\n'))
        {
            end--;
        }

        if (end > _blockStart)
        {
            _text.Count = end;
            _blocks.Add(new Block
            {
                Start = _blockStart,
                Length = end - _blockStart,
                LineNumber = _blocks.Count + 1,
                LinkCharCount = Math.Min(_linkChars, end - _blockStart),
                Traits = _traits
                    | (_hint is ContainerHint.Boilerplate or ContainerHint.Widget ? BlockTraits.InBoilerplateContainer : BlockTraits.None)
                    | (_hint == ContainerHint.Comments ? BlockTraits.InBoilerplateContainer | BlockTraits.InCommentsContainer : BlockTraits.None)
                    | (_hint == ContainerHint.Content ? BlockTraits.InContentContainer : BlockTraits.None)
                    | (_headingLevel > 0 ? BlockTraits.Heading : BlockTraits.None),
                HeadingLevel = _headingLevel,
                Depth = _depth,
                Tag = _element >= 0 ? _tags[_element] : null,
                Element = _element,
                MarkupStart = _markupStart,
                MarkupLength = _markupStart < 0 ? 0 : _markupEnd - _markupStart,
            });
            if (_hint == ContainerHint.Widget)
            {
                _widgets.Add(_blocks.Count - 1);
            }

            if (_headingLevel == 1 && _firstHeading is null)
            {
                _firstHeading = new string(_text.AsSpan()[_blockStart..end]);
            }

            _text.Add('\n');
        }
        else
        {
            _text.Count = _blockStart;
        }

        _blockStart = _text.Count;
        _linkChars = 0;
        _markupStart = -1;
        _pendingSpace = false;
    }

    /// <summary>Gives blocks whose text lies mostly inside one kind of small element its trait; both are in text order, so one merge pass does.</summary>
    private void MarkSmallElements(Block[] blocks)
    {
        int c = 0;
        for (int i = 0; i < blocks.Length && c < _smallElements.Count; i++)
        {
            ref Block block = ref blocks[i];
            int end = block.Start + block.Length;
            while (c < _smallElements.Count && _smallElements[c].End <= block.Start)
            {
                c++;
            }

            int caption = 0, byline = 0;
            for (int k = c; k < _smallElements.Count && _smallElements[k].Start < end; k++)
            {
                int inside = Math.Min(end, _smallElements[k].End) - Math.Max(block.Start, _smallElements[k].Start);
                if (_smallElements[k].Kind == BlockTraits.Caption)
                {
                    caption += inside;
                }
                else
                {
                    byline += inside;
                }
            }

            if (2 * caption >= block.Length)
            {
                block.Traits |= BlockTraits.Caption;
            }
            else if (2 * byline >= block.Length)
            {
                block.Traits |= BlockTraits.Byline;
            }
        }
    }

    /// <summary>A title's text with each run of blanks as one space, and none at its edges.</summary>
    private static string Collapse(string text)
    {
        char[] target = new char[text.Length];
        return new string(target.AsSpan(0, CollapseBlanks(text, target)).Trim(' '));
    }
}
