using System.Net;
using System.Text.RegularExpressions;
using Boilerplate.Tests.Support;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Html;

public sealed partial class HtmlDocumentParserTests
{
    private static readonly BoilerplatePipeline s_noFilters = new BoilerplatePipelineBuilder().Build();

    [Theory]
    [InlineData("<div style=\"display:none\">{0}</div>")]
    [InlineData("<div style=\"color: red; display: none;\">{0}</div>")]
    [InlineData("<div style=\"DISPLAY:NONE\">{0}</div>")]
    [InlineData("<div style=\"visibility: hidden\">{0}</div>")]
    [InlineData("<p hidden>{0}</p>")]
    [InlineData("<p hidden=\"hidden\">{0}</p>")]
    [InlineData("<div aria-hidden=\"true\"><p>{0}</p></div>")]
    [InlineData("<div ARIA-HIDDEN=\"True\"><p>{0}</p></div>")]
    [InlineData("<section hidden><div><div><p>{0}</p></div></div></section>")]
    [InlineData("<div class=\"promo hidden\"><p>{0}</p></div>")]
    [InlineData("<span class=\"d-none\">{0}</span>")]
    [InlineData("<p class=\"sr-only\">{0}</p>")]
    [InlineData("<div class=\"visually-hidden\">{0}</div>")]
    public void Parse_HiddenElements_AreSkipped(string hidden)
    {
        const string secret = "Subscribe now and save fifty per cent on your first year of the paper";
        string html = $"<html><body><p>{EnglishParagraphs[0]}</p>{string.Format(System.Globalization.CultureInfo.InvariantCulture, hidden, secret)}<p>{EnglishParagraphs[1]}</p></body></html>";

        CleanResult result = Cleaner.ProcessHtml(html);

        Assert.DoesNotContain("fifty per cent", result.Document.Source, StringComparison.Ordinal);
        Assert.Equal(Dump(EnglishParagraphs[..2]), result.Text);
    }

    [Theory]
    [InlineData("<div role=\"navigation\">{0}</div>", BlockTraits.InBoilerplateContainer)]
    [InlineData("<div ROLE=\"Navigation\">{0}</div>", BlockTraits.InBoilerplateContainer)]
    [InlineData("<div role=\"contentinfo\">{0}</div>", BlockTraits.InBoilerplateContainer)]
    [InlineData("<div role=\"main\">{0}</div>", BlockTraits.InContentContainer)]
    [InlineData("<div itemprop=\"articleBody\">{0}</div>", BlockTraits.InContentContainer)]
    [InlineData("<div class=\"comments-area\">{0}</div>", BlockTraits.InCommentsContainer | BlockTraits.InBoilerplateContainer)]
    [InlineData("<div id=\"sidebarWidget\">{0}</div>", BlockTraits.InBoilerplateContainer)]
    [InlineData("<div role=\"navigationx\" class=\"x&amp;y\">{0}</div>", BlockTraits.None)]
    [InlineData("<div class=\"dnd-widget-wrapper\">{0}</div>", BlockTraits.InBoilerplateContainer)]
    [InlineData("<section class=\"hero-newsletter\"><article class=\"newsletter-content\">{0}</article></section>", BlockTraits.InContentContainer)]
    [InlineData("<section class=\"hero-newsletter\"><article class=\"newsletter\">{0}</article></section>", BlockTraits.InBoilerplateContainer)]
    [InlineData("<div class=\"comments\"><article class=\"comment-content\">{0}</article></div>", BlockTraits.InCommentsContainer | BlockTraits.InBoilerplateContainer)]
    [InlineData("<div class=\"elementor-widget-wrap\"><div class=\"elementor-widget-container\">{0}</div></div>", BlockTraits.None)]
    [InlineData("<div class=\"elementor-element elementor-widget elementor-widget-share-buttons\">{0}</div>", BlockTraits.InBoilerplateContainer)]
    [InlineData("<div class=\"Elementor-widget-container sidebar-widget\">{0}</div>", BlockTraits.InBoilerplateContainer)]
    public void Parse_ContainerAttributes_GiveTheirTrait(string container, BlockTraits expected)
    {
        // Attribute values are read in place from the markup: case, entities and camel-cased words as a browser sees them.
        string html = $"<html><body>{string.Format(System.Globalization.CultureInfo.InvariantCulture, container, "<p>Some words here.</p>")}</body></html>";

        Block block = Assert.Single(s_noFilters.ProcessHtml(html).Document.Blocks.ToArray());

        const BlockTraits containers = BlockTraits.InBoilerplateContainer | BlockTraits.InContentContainer | BlockTraits.InCommentsContainer;
        Assert.Equal(expected, block.Traits & containers);
    }

    [Theory]
    [InlineData("<a href=\"javascript:void(0)\">Harbour news</a>", 0)]
    [InlineData("<a href=\" JavaScript:open()\">Harbour news</a>", 0)]
    [InlineData("<a href=\"/news/harbour\">Harbour news</a>", 12)]
    [InlineData("<a href=\"#harbour\">Harbour news</a>", 12)]
    [InlineData("<h2><a href=\"#harbour\">Harbour news</a></h2>", 0)]
    [InlineData("<h2><a href=\"/news/harbour\">Harbour news</a></h2>", 12)]
    public void Parse_LinkText_CountsOnlyLinksThatLeadSomewhere(string anchor, int linkChars)
    {
        // A heading's link to its own section is its permalink; elsewhere a "#" link is a table of contents' entry.
        string body = anchor.StartsWith("<h2>", StringComparison.Ordinal) ? anchor : $"<p>{anchor}</p>";
        Block block = Assert.Single(s_noFilters.ProcessHtml($"<html><body>{body}</body></html>").Document.Blocks.ToArray());

        Assert.Equal(linkChars, block.LinkCharCount);
    }

    [Fact]
    public void Parse_WidgetHoldingProseInsideTheArticle_IsPartOfTheArticle()
    {
        // A buying guide's product card: a "widget" in the article's container that holds paragraphs.
        string html = $"""
            <html><body><article>
            <p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p><p>{EnglishParagraphs[5]}</p>
            <div class="product-widget"><h3>Best dishwasher</h3><p>{EnglishParagraphs[2]} {EnglishParagraphs[4]}</p><p>Pros</p></div>
            </article>
            <div class="sidebar-widget"><p>{EnglishParagraphs[3]}</p></div>
            </body></html>
            """;

        Block[] blocks = s_noFilters.ProcessHtml(html).Document.Blocks.ToArray();

        Assert.Equal(7, blocks.Length);
        Assert.All(blocks[..6], block => Assert.False(block.Has(BlockTraits.InBoilerplateContainer)));
        Assert.True(blocks[6].Has(BlockTraits.InBoilerplateContainer)); // outside the article a widget is furniture
    }

    [Fact]
    public void Parse_WidgetWithoutProseOrOutweighingTheArticle_StaysBoilerplate()
    {
        // A gallery of short captions, and a feed of stories longer than the article, both marked "widget" inside it.
        string feed = string.Concat(EnglishParagraphs.Select(p => $"<p>{p}</p>"));
        string html = $"""
            <html><body><article>
            <p>{EnglishParagraphs[0]}</p>
            <div class="gallery-widget"><p>1/3 A harbour at dawn</p><p>2/3 The old market</p></div>
            <div class="dnd-widget-wrapper">{feed}</div>
            </article></body></html>
            """;

        Block[] blocks = s_noFilters.ProcessHtml(html).Document.Blocks.ToArray();

        Assert.False(blocks[0].Has(BlockTraits.InBoilerplateContainer));
        Assert.All(blocks[1..], block => Assert.True(block.Has(BlockTraits.InBoilerplateContainer)));
    }

    [Fact]
    public void Parse_VisibleElementsWithHiddenLookingAttributes_AreKept()
    {
        string html = $"""
            <html><body>
            <p aria-hidden="false">{EnglishParagraphs[0]}</p>
            <p style="display:block" class="hidden-xs">{EnglishParagraphs[1]}</p>
            <p data-hidden="true">{EnglishParagraphs[2]}</p>
            </body></html>
            """;

        CleanResult result = s_noFilters.ProcessHtml(html);

        Assert.Equal(Dump(EnglishParagraphs[..3]), result.Text);
    }

    [Fact]
    public void Parse_HiddenClassOnTheBody_IsNotTrusted()
    {
        string html = $"""<html class="hidden"><body class="js-loading hidden"><p>{EnglishParagraphs[0]}</p><p class="hidden">Secret</p></body></html>""";

        CleanResult result = s_noFilters.ProcessHtml(html);

        Assert.Equal(EnglishParagraphs[0], result.Text);
    }

    [Fact]
    public void Parse_SmallCaptionElements_MarkTheirBlocksAsCaptions()
    {
        string html = $"""
            <html><body>
            <p>{EnglishParagraphs[0]}</p>
            <figure><img src="a.jpg"><figcaption>Volunteers with boats in the flooded high street on Tuesday</figcaption></figure>
            <div class="photo"><img src="b.jpg"><span class="image-caption">The harbour wall after the storm</span> <span class="photoCredit">Photo: Jane Smith</span></div>
            <div class="caption-layout"><p>{EnglishParagraphs[1]}</p><p>{EnglishParagraphs[2]}</p><p>{EnglishParagraphs[3]}</p><p>{EnglishParagraphs[4]}</p></div>
            </body></html>
            """;

        CleanResult result = s_noFilters.ProcessHtml(html);

        string[] captions = result.Explain().Where(d => result.Document[d.Index].Has(BlockTraits.Caption)).Select(d => d.Text).ToArray();
        Assert.Equal(["Volunteers with boats in the flooded high street on Tuesday", "The harbour wall after the storm Photo: Jane Smith"], captions);
    }

    [Fact]
    public void Parse_SmallAuthorElements_MarkTheirBlocksAsBylines()
    {
        string html = $"""
            <html><body>
            <div class="post-byline">By Jane Smith, Coastal Correspondent</div>
            <p>{EnglishParagraphs[0]}</p>
            <div class="author-bio-box"><p>Jane Smith has covered the weather and the sea for the Courier since 2009.</p></div>
            <div class="authors-layout"><p>{EnglishParagraphs[1]}</p><p>{EnglishParagraphs[2]}</p><p>{EnglishParagraphs[3]}</p><p>{EnglishParagraphs[4]}</p></div>
            </body></html>
            """;

        CleanResult result = s_noFilters.ProcessHtml(html);

        string[] bylines = result.Explain().Where(d => result.Document[d.Index].Has(BlockTraits.Byline)).Select(d => d.Text).ToArray();
        Assert.Equal(["By Jane Smith, Coastal Correspondent", "Jane Smith has covered the weather and the sea for the Courier since 2009."], bylines);
    }

    [Fact]
    public void Parse_ScriptStyleNoscriptTemplate_NeverReachTheText()
    {
        string html = $$"""
            <html><head>
            <style>body { font-family: Georgia; } .ad { display: block; }</style>
            <script>var tracking = "ScriptTextInHead"; document.write('<p>WrittenByScript</p>');</script>
            </head><body>
            <noscript><p>Please enable JavaScript to read NoscriptText.</p></noscript>
            <p>{{EnglishParagraphs[0]}}</p>
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "JsonLdText"}</script>
            <p>{{EnglishParagraphs[1]}}<script>console.log("InlineScriptText")</script></p>
            <template><p>TemplateText is cloned later</p></template>
            <style>.StyleTextInBody { color: red }</style>
            <svg><text>SvgText</text></svg>
            <form><select><option>OptionText</option></select><textarea>TextareaText</textarea><button>ButtonText</button></form>
            </body></html>
            """;

        CleanResult all = s_noFilters.ProcessHtml(html);
        CleanResult cleaned = Cleaner.ProcessHtml(html);

        foreach (string hidden in new[] { "ScriptTextInHead", "WrittenByScript", "NoscriptText", "JsonLdText", "InlineScriptText", "TemplateText", "StyleTextInBody", "font-family", "SvgText", "OptionText", "TextareaText", "ButtonText" })
        {
            Assert.DoesNotContain(hidden, all.Document.Source, StringComparison.Ordinal);
            Assert.DoesNotContain(hidden, cleaned.ToMarkdown(), StringComparison.Ordinal);
        }

        Assert.Equal(Dump(EnglishParagraphs[..2]), cleaned.Text);
    }

    [Fact]
    public void Parse_BlocksAndInlines_OneBlockPerBlockElementWithCollapsedSpace()
    {
        const string html = """
            <html><body>
            <div>Before the list
              <ul><li>First   <b>bold</b>
                item</li><li><a href="/x">Second</a> item</li></ul>
              After the list</div>
            <p>Fish &amp; chips&nbsp;shop &lt;closes&gt; &#8212; &eacute;t&eacute;</p>
            <p>Line one<br>Line two<br><br>New block</p>
            </body></html>
            """;

        CleanResult result = s_noFilters.ProcessHtml(html);

        Assert.Equal(
            ["Before the list", "First bold item", "Second item", "After the list", "Fish & chips shop <closes> — été", "Line one Line two", "New block"],
            result.Explain().Select(d => d.Text));
        Assert.Equal(6, result.Document[2].LinkCharCount);
        Assert.True(result.Document[1].Has(BlockTraits.ListItem));
    }

    [Theory]
    [InlineData("<p>one <b>two</b> three</p>", "one two three")]
    [InlineData("<p> one<b> two </b>three </p>", "one two three")]
    [InlineData("<p>one<b>two</b>three</p>", "onetwothree")]
    [InlineData("<p><b> </b>one<i> </i><i> </i>two</p>", "one two")]
    [InlineData("<p>one\u00A0<b>two</b>\tthree  four</p>", "one two three four")]
    [InlineData("<p>caf\u00E9 <b>\u00FCber</b> na\u00EFve</p>", "caf\u00E9 \u00FCber na\u00EFve")]
    [InlineData("<p>one<b>&nbsp;</b>two<i>\u00A0\u00A0</i>three<i>\u2003</i></p>", "one two three")]
    [InlineData("<p>one<b> &nbsp; </b>two</p>", "one two")]
    public void Parse_TextNodes_CollapseBlanksAcrossInlineElements(string body, string expected)
    {
        // Text nodes split by single spaces are copied whole, others blank by blank: both give one space between words.
        CleanResult result = s_noFilters.ProcessHtml($"<html><body>{body}</body></html>");

        Assert.Equal(expected, Assert.Single(result.Explain()).Text);
    }

    [Fact]
    public void CollapseBlanks_RandomText_EachRunOfBlanksIsOneSpace()
    {
        // The vector path (eight ASCII characters without two blanks in a row) and the character path must agree.
        const string alphabet = "ab Z9.\n\t\r  \u00A0\u2003é中\u200B\uFEFF";
        var random = new Random(5);
        for (int length = 0; length <= 70; length++)
        {
            for (int n = 0; n < 40; n++)
            {
                string text = string.Concat(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]));
                char[] target = new char[text.Length];

                int written = Boilerplate.Html.HtmlDocumentParser.CollapseBlanks(text, target);

                string expected = BlankRuns().Replace(new string(text.Select(c => char.IsWhiteSpace(c) || c <= ' ' || c is '\u200B' or '\uFEFF' ? '\u0001' : c).ToArray()), " ");
                Assert.Equal(expected, new string(target, 0, written));
            }
        }
    }

    [GeneratedRegex("\u0001+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BlankRuns();

    [Fact]
    public void Parse_Preformatted_KeepsLineBreaksAndSpaces()
    {
        const string html = "<html><body><pre>\nfor i in range(3):\n    print(i)\n</pre></body></html>";

        CleanResult result = s_noFilters.ProcessHtml(html);

        Block block = Assert.Single(result.Document.Blocks.ToArray());
        Assert.True(block.Has(BlockTraits.Preformatted));
        Assert.Equal("for i in range(3):\n    print(i)", result.Document.GetText(0).ToString());
    }

    [Fact]
    public void Parse_TitlesFromTheHead_AreFoundButNotBlocks()
    {
        const string html = """
            <html><head><title>Head title | Site</title><meta property="og:title" content="Open Graph title"></head>
            <body><p>Body text</p></body></html>
            """;

        CleanResult result = s_noFilters.ProcessHtml(html);

        Assert.Equal(["Body text"], result.Explain().Select(d => d.Text));
        Assert.DoesNotContain("Head title", result.Document.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MarkupRanges_PointAtEachBlocksText()
    {
        string html = System.Text.Encoding.UTF8.GetString(HtmlPageTests.Page("nested-layout.html"))
            + "<p>Fish &amp; <i>chips</i>\n   shop</p><div>Outer <span>inner</span><p>Nested</p> tail</div>";

        CleanResult result = s_noFilters.ProcessHtml(html);

        string markup = result.Document.Markup!;
        Assert.Same(html, markup);
        Assert.True(result.Document.Count > 20);
        for (int i = 0; i < result.Document.Count; i++)
        {
            Block block = result.Document[i];
            Assert.InRange(block.MarkupStart, 0, markup.Length);
            Assert.InRange(block.MarkupLength, 1, markup.Length - block.MarkupStart);
            string slice = markup.Substring(block.MarkupStart, block.MarkupLength);
            Assert.Equal(result.Document.GetText(i).ToString(), VisibleText(slice));
        }

        Block fish = result.Document[result.Line("Fish & chips shop").Index];
        Assert.Equal("Fish &amp; <i>chips</i>\n   shop", markup.Substring(fish.MarkupStart, fish.MarkupLength));
    }

    [Fact]
    public void Parse_ScriptsAndStyles_AreEmptiedInTheMarkupAndRangesStillPointAtTheText()
    {
        // Script bodies that look like markup or text must change nothing: they are emptied before HtmlAgilityPack parses.
        string html = "<html><head><style>p { color: red } /* <p>not text</p> */</style>"
            + "<script type=\"text/javascript\">var s = '</div><p>fake paragraph</p><!--';</script></head>"
            + $"<body><p>{EnglishParagraphs[0]}</p><SCRIPT>document.write('<p>written</p>')</SCRIPT><p>{EnglishParagraphs[1]}</p></body></html>";

        CleanResult result = s_noFilters.ProcessHtml(html);

        string markup = result.Document.Markup!;
        Assert.Equal(CleanWarnings.None, result.Warnings);
        Assert.Contains("<style></style>", markup, StringComparison.Ordinal);
        Assert.Contains("<script type=\"text/javascript\"></script>", markup, StringComparison.Ordinal);
        Assert.Contains("<SCRIPT></SCRIPT>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("fake", markup, StringComparison.Ordinal);
        Assert.Equal(Dump(EnglishParagraphs[..2]), result.Text);
        for (int i = 0; i < result.Document.Count; i++)
        {
            Block block = result.Document[i];
            Assert.Equal(result.Document.GetText(i).ToString(), VisibleText(markup.Substring(block.MarkupStart, block.MarkupLength)));
        }
    }

    [Fact]
    public void Parse_InlineSvgAndComments_AreEmptiedInTheMarkup()
    {
        string html = "<html><body><!-- a comment with <p>markup</p> -->"
            + "<svg viewBox=\"0 0 10 10\"><title>Icon title</title><svg><text>Nested label</text></svg><path d=\"M0 0\"/></svg>"
            + $"<p>{EnglishParagraphs[0]}</p><SVG><text>Caps</text></SVG><svg class=\"x\"/><p>{EnglishParagraphs[1]}</p></body></html>";

        CleanResult result = s_noFilters.ProcessHtml(html);

        string markup = result.Document.Markup!;
        Assert.Contains("<!----><svg viewBox=\"0 0 10 10\"></svg><p>", markup, StringComparison.Ordinal);
        Assert.Contains("<SVG></SVG><svg class=\"x\"/>", markup, StringComparison.Ordinal);
        Assert.Equal(Dump(EnglishParagraphs[..2]), result.Text);
        Assert.Equal(CleanWarnings.None, result.Warnings);
    }

    [Fact]
    public void Parse_UnclosedSvg_IsLeftAsItIs()
    {
        string html = $"<html><body><p>{EnglishParagraphs[0]}</p><svg><svg></svg><text>label</text>";

        CleanResult result = s_noFilters.ProcessHtml(html);

        Assert.Same(html, result.Document.Markup);
        Assert.Equal(Dump(EnglishParagraphs[..1]), result.Text);
    }

    [Fact]
    public void Parse_UnclosedScript_IsLeftAsItIs()
    {
        string html = $"<html><body><p>{EnglishParagraphs[0]}</p><script>var never = 'closed';";

        CleanResult result = s_noFilters.ProcessHtml(html);

        Assert.Same(html, result.Document.Markup);
        Assert.Equal(Dump(EnglishParagraphs[..1]), result.Text);
    }

    [Fact]
    public void Parse_TextDump_HasNoMarkupRanges()
    {
        CleanResult result = s_noFilters.Process(Dump(EnglishParagraphs[..2]));

        Assert.Null(result.Document.Markup);
        Assert.All(result.Document.Blocks.ToArray(), b =>
        {
            Assert.Equal(-1, b.MarkupStart);
            Assert.Equal(0, b.MarkupLength);
            Assert.Null(b.Tag);
        });
    }

    [Fact]
    public void Parse_Blocks_AreRangesOfTheSourceInOrder()
    {
        CleanResult result = s_noFilters.ProcessHtml(HtmlPageTests.Page("article-with-lists.html"));

        PageDocument document = result.Document;
        int previousEnd = 0;
        for (int i = 0; i < document.Count; i++)
        {
            Block block = document[i];
            Assert.True(block.Start >= previousEnd);
            Assert.Equal(i + 1, block.LineNumber);
            previousEnd = block.Start + block.Length;
        }

        Assert.Equal(string.Join('\n', result.Explain().Select(d => d.Text)), result.Text);
    }

    /// <summary>What a reader sees of a markup slice: tags removed, entities decoded, white space collapsed.</summary>
    private static string VisibleText(string markup)
    {
        string text = WebUtility.HtmlDecode(Tags().Replace(markup, " "));
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("[ \t\r\n]+")]
    private static partial Regex Spaces();
}
