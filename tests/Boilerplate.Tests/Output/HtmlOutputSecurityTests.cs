using Boilerplate.Evaluation;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Output;

/// <summary>
/// XSS vectors of the OWASP XSS filter-evasion cheat sheet and the HTML5 Security Cheatsheet, put in article paragraphs,
/// links, images and attributes, malformed and nested: <see cref="CleanResult.ToHtml"/> read back with HtmlAgilityPack
/// holds no element, attribute or URL outside the allowlist, whatever the options.
/// </summary>
public sealed class HtmlOutputSecurityTests
{
    private static readonly Uri s_page = new("https://news.example.org/world/storm.html");

    public static readonly TheoryData<string> Vectors = new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=javascript:alert('XSS')>",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097>",
        "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74>",
        "<IMG SRC=\"jav\tascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
        "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
        "<a href=\"  javascript:alert(1)\">click the link</a>",
        "<a href=\"java&#x09;script:alert(1)\">click the link</a>",
        "<a href=\"JAVASCRIPT:alert(1)\">click the link</a>",
        "<a href=\"&#x6A;avascript&colon;alert(1)\">click the link</a>",
        "<a href=\"vbscript:msgbox(1)\">click the link</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click the link</a>",
        "<a href=\"javascript&#58;alert(1)\" onclick=\"alert(2)\" style=\"x:expression(alert(3))\">click the link</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" alt=\"svg\">",
        "<img src=x onerror=alert(1) alt=\"\" onerror=\"alert(2)\">",
        "<img src=\"x\" alt=\"&quot; onerror=&quot;alert(1)\">",
        "<img src=\"https://ok.example/a.png\" alt=\"<script>alert(1)</script>\">",
        "<BODY ONLOAD=alert('XSS')>",
        "<svg/onload=alert('XSS')>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<IFRAME SRC=# onmouseover=\"alert(document.cookie)\"></IFRAME>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><input type=submit></form>",
        "<button formaction=\"javascript:alert(1)\">press</button>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<details open ontoggle=alert(1)>open</details>",
        "<marquee onstart=alert(1)>scroll</marquee>",
        "<STYLE>@import'https://xss.example/xss.css';</STYLE>",
        "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">div</DIV>",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
        "<BASE HREF=\"javascript:alert('XSS');//\">",
        "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
        "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><TD BACKGROUND=\"javascript:alert('XSS')\">cell</TD></TABLE>",
        "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
        "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
        "<SCRIPT/XSS SRC=\"https://xss.example/xss.js\"></SCRIPT>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "</p></article><script>alert(1)</script><p>",
        "<p <a href=\"javascript:alert(1)\">malformed</a>",
        "<a href=\"javascript:alert(1)\"><a href=\"https://ok.example/\">nested</a></a>",
        "<x onclick=alert(1)>unknown element</x>",
        "<xss:script xmlns:xss=\"http://www.w3.org/1999/xhtml\">alert(1)</xss:script>",
        "<a href=\"\u0001javascript:alert(1)\">control character</a>",
        "<a href=\"java\u0000script:alert(1)\">nul</a>",
        "&lt;script&gt;alert(1)&lt;/script&gt; written as text",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<a href=\"//xss.example/\">protocol relative</a>",
        "<a href=\"https://ok.example/&quot;onmouseover=&quot;alert(1)\">quote in URL</a>",
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void ToHtml_VectorInParagraph_StaysInsideTheAllowlist(string vector)
    {
        string page = $"<html><head><title>Storm</title></head><body><article><h1>Storm</h1>"
            + $"<p>{EnglishParagraphs[0]} {vector} {EnglishParagraphs[1]}</p>"
            + $"<ul><li>{vector}</li><li>{EnglishParagraphs[2]}</li></ul>"
            + $"<blockquote><p>{vector}</p></blockquote><p>{EnglishParagraphs[3]}</p>{vector}<p>{EnglishParagraphs[4]}</p>"
            + "</article></body></html>";

        foreach (Uri? baseUrl in new[] { s_page, null })
        {
            CleanResult result = Cleaner.ProcessHtml(page, baseUrl, null);
            foreach (OutputOptions options in AllOptions())
            {
                string html = result.ToHtml(options);
                Assert.Empty(HtmlOutputCheck.Violations(html, options.AllowDataImages));
                Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

                // The article before the vector is never lost (what follows an unclosed <svg> or <math> is in it, as browsers read it).
                Assert.Contains(EnglishParagraphs[0], html, StringComparison.Ordinal);
            }

            string markdown = result.ToMarkdown(new OutputOptions { IncludeImages = true });
            Assert.DoesNotContain("](javascript:", markdown, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void ToHtml_VectorAsUrlOrAltText_StaysInsideTheAllowlist(string vector)
    {
        string attribute = System.Net.WebUtility.HtmlEncode(vector);
        string page = $"<html><body><article><p><a href=\"{attribute}\">{EnglishParagraphs[0]}</a></p>"
            + $"<p><img src=\"{attribute}\" alt=\"{attribute}\">{EnglishParagraphs[1]}</p>"
            + $"<p><a href={vector}>{EnglishParagraphs[2]}</a></p></article></body></html>";

        CleanResult result = Cleaner.ProcessHtml(page, s_page, null);
        foreach (OutputOptions options in AllOptions())
        {
            string html = result.ToHtml(options);
            Assert.Empty(HtmlOutputCheck.Violations(html, options.AllowDataImages));
            Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static IEnumerable<OutputOptions> AllOptions() =>
    [
        new OutputOptions(),
        new OutputOptions { IncludeImages = true },
        new OutputOptions { IncludeImages = true, AllowDataImages = true },
        new OutputOptions { IncludeLinks = false, IncludeTables = false, IncludeComments = false },
    ];
}
