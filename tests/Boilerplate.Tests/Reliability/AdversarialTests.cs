using System.Text;
using Boilerplate.Fuzz;
using static Boilerplate.Tests.Reliability.HostilePages;

namespace Boilerplate.Tests.Reliability;

/// <summary>
/// The adversarial corpus: broken, huge and hostile pages, each with the behaviour it must show. Every result also
/// passes <see cref="FuzzTargets.Check"/>: block ranges inside the source, every removal with a filter and a reason,
/// the article text equal to the kept blocks.
/// </summary>
public sealed class AdversarialTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\r\n\r")]
    [InlineData("\t \u00A0\u2003\n \u200B\uFEFF \u3000\n\f\u2028\u2029\u0085")]
    public void EmptyOrWhitespaceOnly_GivesAnEmptyResult(string input)
    {
        foreach (CleanResult result in new[] { Cleaner.Process(input), Cleaner.ProcessHtml(input), Cleaner.ProcessHtml(Encoding.UTF8.GetBytes(input)) })
        {
            FuzzTargets.Check(result);
            Assert.Equal(string.Empty, result.Text);
            Assert.Null(result.Title);
            Assert.Equal(0, result.KeptCount);
            Assert.Equal(CleanWarnings.None, result.Warnings);
        }
    }

    [Fact]
    public void SingleLineOf50MB_IsCutToMaxLineCharsAtAWordAndFlagged()
    {
        string line = Repeat("The quick brown fox jumps over the lazy dog, and the cat watches it from the wall. ", 50_000_000 / 83);
        Assert.True(line.Length > 49_000_000);

        CleanResult result = Cleaner.Process(line);

        FuzzTargets.Check(result);
        Assert.Equal(CleanWarnings.LineTruncated, result.Warnings);
        int max = new PipelineLimits().MaxLineChars;
        Assert.InRange(result.Text.Length, max - 256, max);
        Assert.StartsWith(result.Text, line, StringComparison.Ordinal);
        Assert.Equal(' ', line[result.Text.Length]);
    }

    [Fact]
    public void OneMillionOneCharacterLines_AreAllReadAndNoneIsArticle()
    {
        string input = Repeat("a\n", 1_000_000);

        CleanResult result = Cleaner.Process(input);

        Assert.Equal(1_000_000, result.Document.Count);
        Assert.Equal(CleanWarnings.None, result.Warnings);
        Assert.Equal(string.Empty, result.Text);

        // One more line than MaxBlocks: the page is read up to the limit, as if it ended there.
        CleanResult cut = WithLimits(l => l.MaxBlocks = 999_999).Process(input);
        Assert.Equal(999_999, cut.Document.Count);
        Assert.Equal(CleanWarnings.BlocksTruncated, cut.Warnings);
    }

    [Fact]
    public void BinaryData_NeverThrowsAndGivesAConsistentResult()
    {
        var random = new Random(20261128);
        byte[] bytes = new byte[1 << 20];
        random.NextBytes(bytes);

        FuzzTargets.Check(Cleaner.Process(Encoding.UTF8.GetString(bytes)));
        FuzzTargets.Check(Cleaner.Process(Encoding.Latin1.GetString(bytes)));
        FuzzTargets.Check(Cleaner.ProcessHtml(bytes));
        FuzzTargets.Check(Cleaner.ProcessHtml(new MemoryStream(bytes)));
    }

    [Fact]
    public void NulBytes_InsideTheArticle_KeepTheParagraphs()
    {
        string withNul = Paragraph1.Replace(" for ", " for\0", StringComparison.Ordinal);

        CleanResult text = Cleaner.Process(Dump(withNul, Paragraph2, Paragraph3) + "\0\0\0\n");
        CleanResult html = Cleaner.ProcessHtml(HtmlPage(withNul, Paragraph2, Paragraph3) + "\0");

        FuzzTargets.Check(text);
        FuzzTargets.Check(html);
        Assert.Equal(withNul + "\n" + Paragraph2 + "\n" + Paragraph3, text.Text);
        Assert.Contains(Paragraph2, html.Text, StringComparison.Ordinal);
        Assert.Contains("for", html.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8_IsReadAsABrowserWouldAndKeepsTheArticle()
    {
        // Stray continuation bytes, an overlong slash, a truncated sequence, bytes that never occur in UTF-8.
        byte[] broken = [0x80, 0xC0, 0xAF, 0xE2, 0x82, 0xFF, 0xFE];
        byte[] page = [.. Encoding.UTF8.GetBytes(HtmlPage(Paragraph1, Paragraph2)[..^14]), .. broken, .. Encoding.UTF8.GetBytes("</body></html>")];
        byte[] undeclared = [.. Encoding.UTF8.GetBytes(HtmlPage(Paragraph1, Paragraph2).Replace("<meta charset=\"utf-8\">", string.Empty, StringComparison.Ordinal)), .. broken];

        // Declared UTF-8 with invalid bytes and no declaration both fall back to windows-1252, as browsers find too.
        foreach (byte[] bytes in new[] { page, undeclared })
        {
            CleanResult result = Cleaner.ProcessHtml(bytes);
            FuzzTargets.Check(result);
            Assert.Contains(Paragraph1, result.Text, StringComparison.Ordinal);
            Assert.Contains(Paragraph2, result.Text, StringComparison.Ordinal);
        }

        // A dump read with replacement characters keeps its article.
        string dump = Encoding.UTF8.GetString([.. Encoding.UTF8.GetBytes(Dump(Paragraph1, Paragraph2)), .. broken]);
        CleanResult text = Cleaner.Process(dump);
        FuzzTargets.Check(text);
        Assert.Equal(Paragraph1 + "\n" + Paragraph2, text.Text);
    }

    [Fact]
    public void LoneSurrogates_AreCarriedThroughWithoutFailing()
    {
        string broken = Paragraph1.Replace("Tuesday", "Tues\uD800day", StringComparison.Ordinal).Replace("months", "mon\uDC00ths", StringComparison.Ordinal);
        string input = Dump(broken + "\uD83D", "\uDE00" + Paragraph2, "\uDBFF\uDBFF\uDC00\uDC00", Paragraph3);

        CleanResult result = Cleaner.Process(input);
        CleanResult html = Cleaner.ProcessHtml(HtmlPage(broken, "\uDE00" + Paragraph2, Paragraph3));

        FuzzTargets.Check(result);
        FuzzTargets.Check(html);
        Assert.Contains(broken + "\uD83D", result.Text, StringComparison.Ordinal);
        Assert.Contains("\uDE00" + Paragraph2, result.Text, StringComparison.Ordinal);
        Assert.Contains(broken, html.Text, StringComparison.Ordinal);
        Assert.NotNull(result.ToMarkdown());
    }

    [Fact]
    public void LineCutAtTheLimit_NeverSplitsASurrogatePair()
    {
        string line = Repeat("\U0001F600", 600_000);

        CleanResult result = Cleaner.Process(line);

        Assert.Equal(CleanWarnings.LineTruncated, result.Warnings);
        Assert.True(result.Document[0].Length % 2 == 0, "the cut line ends inside a surrogate pair");
        Assert.False(char.IsHighSurrogate(result.Document.GetText(0)[^1]));
    }

    [Fact]
    public void ByteOrderMarks_OfEveryUnicodeEncoding()
    {
        string html = HtmlPage(Paragraph1, Paragraph2, Paragraph3).Replace("<meta charset=\"utf-8\">", string.Empty, StringComparison.Ordinal);
        string expected = Cleaner.ProcessHtml(html).Text;
        Assert.Contains(Paragraph3, expected, StringComparison.Ordinal);

        // UTF-8, UTF-16 LE and BE: the mark decides the encoding and is not part of the text.
        foreach (Encoding encoding in new Encoding[] { new UTF8Encoding(true), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true) })
        {
            byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(html)];
            Assert.Equal(expected, Cleaner.ProcessHtml(bytes).Text);
        }

        // UTF-32: no browser decodes it, and neither does the library; its FF FE 00 00 reads as UTF-16 LE. No failure.
        foreach (Encoding encoding in new Encoding[] { new UTF32Encoding(false, true), new UTF32Encoding(true, true) })
        {
            FuzzTargets.Check(Cleaner.ProcessHtml([.. encoding.GetPreamble(), .. encoding.GetBytes(html)]));
        }

        // A text dump that still starts with U+FEFF, or has one at a line start, cleans as without it.
        string dump = Dump(Paragraph1, Paragraph2, Paragraph3);
        CleanResult plain = Cleaner.Process(dump);
        foreach (string marked in new[] { "\uFEFF" + dump, dump.Replace("\nHome", "\n\uFEFFHome", StringComparison.Ordinal), "\uFEFF\uFEFF" + dump })
        {
            CleanResult result = Cleaner.Process(marked);
            Assert.Equal(plain.Text, result.Text);
            Assert.Equal(plain.Title, result.Title);
        }
    }

    [Fact]
    public void BidiOverridesAndZeroWidthCharacters_InsideBoilerplatePhrases_DoNotLetThemThrough()
    {
        string input = Dump(
            Paragraph1,
            Paragraph2,
            "Sha\u200Bre on Face\u200Dbook",
            "Cop\u200Cyright © 2024 City News. All rights re\u200Bserved.",
            "\u202EPrivacy Policy\u202C",
            "\u2067Ter\u2060ms of Use\u2069",
            "\u200FHome\u200E");

        CleanResult result = Cleaner.Process(input);

        FuzzTargets.Check(result);
        Assert.Equal(Paragraph1 + "\n" + Paragraph2, result.Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void HtmlNested100000Deep_IsFlattenedWithItsTextKept(bool closed)
    {
        string html = "<html><body>" + Repeat("<div>", 100_000) + "<p>" + Paragraph1 + "</p>" + (closed ? Repeat("</div>", 100_000) : string.Empty) + "</body></html>";

        CleanResult result = Cleaner.ProcessHtml(html);

        FuzzTargets.Check(result);
        Assert.True(result.Warnings.HasFlag(CleanWarnings.HtmlFlattened));
        Assert.Equal(Paragraph1, result.Text);
    }

    [Theory]
    [InlineData("<b>")]
    [InlineData("<p>")]
    [InlineData("<li>")]
    [InlineData("<a href=x>")]
    [InlineData("<!---->")]
    public void TenMillionUnclosedTags_StayWithinTheElementLimit(string tag)
    {
        string html = "<p>" + Paragraph1 + "</p>" + Repeat(tag, 10_000_000) + "<p>" + Paragraph2 + "</p>";

        CleanResult result = Cleaner.ProcessHtml(html);

        FuzzTargets.Check(result);
        Assert.True(result.Warnings.HasFlag(CleanWarnings.HtmlFlattened));
        Assert.Contains(Paragraph1, result.Document.Source, StringComparison.Ordinal);
        Assert.Contains(Paragraph2, result.Document.Source, StringComparison.Ordinal);
        Assert.True(result.Document.Markup!.Length < html.Length, "tags past MaxHtmlElements were not removed");
    }

    [Theory]
    [InlineData("&amp;", "&", 1_000_000)]
    [InlineData("&nbsp;x", " x", 1_000_000)]
    [InlineData("&lt;b&gt;", "<b>", 1_000_000)]
    [InlineData("&#233;", "é", 200_000)]
    [InlineData("&#x1F600;", null, 200_000)]
    [InlineData("&#99999999;", null, 200_000)]
    [InlineData("&notanentity;", "&notanentity;", 1_000_000)]
    [InlineData("&", "&", 1_000_000)]
    public void EntityFloods_AreDecodedOnceInLinearTime(string entity, string? decoded, int count)
    {
        string html = "<html><body><p>" + Paragraph1 + "</p><p>" + Repeat(entity, count) + "</p><p>" + Paragraph2 + "</p></body></html>";

        CleanResult result = Cleaner.ProcessHtml(html);

        FuzzTargets.Check(result);
        Assert.Contains(Paragraph1, result.Document.Source, StringComparison.Ordinal);
        Assert.Contains(Paragraph2, result.Document.Source, StringComparison.Ordinal);
        if (decoded is not null)
        {
            Assert.Contains(Repeat(decoded, 100), result.Document.Source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PageThatIsOnlyAPostCommentForm_GivesAnEmptyArticle()
    {
        string input = "Leave a Reply\nCancel reply\nYour email address will not be published.\nRequired fields are marked *\nComment\nName *\nEmail *\nWebsite\nPost Comment\n";

        CleanResult result = Cleaner.Process(input);

        Assert.Equal(string.Empty, result.Text);
        Assert.False(result.Warnings.HasFlag(CleanWarnings.ArticleMayBeLost));
    }

    [Fact]
    public void HtmlPageThatIsOnlyAPostCommentForm_GivesAnEmptyArticle()
    {
        CleanResult html = Cleaner.ProcessHtml(
            "<html><body><div id=\"respond\"><h3>Leave a Reply</h3><form><p>Your email address will not be published.</p><label>Comment</label>" +
            "<textarea></textarea><label>Name *</label><input><label>Email *</label><input><label>Website</label><input>" +
            "<input type=\"submit\" value=\"Post Comment\"></form></div></body></html>");

        Assert.Equal(string.Empty, html.Text);
    }

    [Fact]
    public void PageThatIsOnlyACommentFormWithNotifyCheckboxes_GivesAnEmptyArticle()
    {
        string input = "Leave a Reply\nName *\nEmail *\nWebsite\nComment\nPost Comment\nNotify me of follow-up comments by email.\nNotify me of new posts by email.\n";

        Assert.Equal(string.Empty, Cleaner.Process(input).Text);
    }

    [Fact]
    public void PageThatIsOnlyNavigation_GivesAnEmptyArticleNotGarbage()
    {
        string input = "Home\nNews\nSport\nWeather\nBusiness\nTechnology\nContact us\nAbout us\nPrivacy Policy\nTerms of Use\nCookie settings\nCopyright © 2024 Example Ltd.\n";
        string html = "<html><body><header><nav><ul>" + string.Concat(input.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => $"<li><a href=\"#\">{l}</a></li>")) + "</ul></nav></header></body></html>";

        CleanResult text = Cleaner.Process(input);
        CleanResult page = Cleaner.ProcessHtml(html);

        Assert.Equal(string.Empty, text.Text);
        Assert.Equal(string.Empty, page.Text);
        Assert.Equal(CleanWarnings.None, text.Warnings);
        Assert.Equal(CleanWarnings.None, page.Warnings);
    }

    [Fact]
    public void ArticleThatIsOneVeryLongParagraph_IsKeptWhole()
    {
        string paragraph = Repeat(Paragraph1 + " " + Paragraph2 + " ", 600).TrimEnd();
        Assert.True(paragraph.Length > 200_000);

        CleanResult text = Cleaner.Process(Dump(paragraph));
        CleanResult html = Cleaner.ProcessHtml(HtmlPage(paragraph));

        Assert.Equal(paragraph, text.Text);
        Assert.Equal(paragraph, html.Text);
        Assert.Equal(CleanWarnings.None, text.Warnings);
    }

    [Fact]
    public void ArticleOfAThousandOneLineParagraphs_KeepsEveryLine()
    {
        string[] words = "light river stone morning silver quiet wind over the hills and into the evening where shadows fall".Split(' ');
        var random = new Random(7);
        string[] verse = new string[1000];
        for (int i = 0; i < verse.Length; i++)
        {
            verse[i] = string.Join(' ', Enumerable.Range(0, 4 + random.Next(5)).Select(_ => words[random.Next(words.Length)])) + (i % 4 == 3 ? "." : ",");
        }

        string[] list = Enumerable.Range(1, 1000).Select(i => $"{i}. Add {words[i % words.Length]} and {words[i * 7 % words.Length]} to the basket").ToArray();

        foreach (string[] lines in new[] { verse, list })
        {
            CleanResult result = Cleaner.Process("Collected verse | Poetry\n" + string.Join("\n", lines));
            FuzzTargets.Check(result);
            Assert.Equal(lines, result.Text.Split('\n'));
        }
    }

    [Fact]
    public void JapaneseWithLatinBrandNames_KeepsItsLines()
    {
        string ja1 = "東京で開かれた発表会で、AppleはiPhoneの新しいモデルを公開した。会場には多くの記者が集まり、GoogleやSonyの関係者も姿を見せた。新モデルはカメラ性能が大きく向上しており、価格は従来と同じに据え置かれるという。";
        string ja2 = "発表の後、同社の担当者は「日本市場は非常に重要だ」と語り、今後も新しいサービスを展開していく考えを示した。専門家の間では、今回の発表が年末商戦にどのような影響を与えるかに注目が集まっている。";
        string ja3 = ja1.Replace("東京", "大阪", StringComparison.Ordinal);
        string[] article = [ja1, "Apple Inc.", ja2, "iPhone 16 Pro Max", ja3];

        CleanResult result = Cleaner.Process(string.Join("\n", ["新型iPhone発表 | テックニュース", "ホーム", .. article, "Copyright © 2024 Tech News"]));

        Assert.Equal(article, result.Text.Split('\n'));
    }

    [Fact]
    public void ArabicWithEnglishQuotes_KeepsItsArabicLinesAndTheShortQuote()
    {
        string ar1 = "قال وزير الخارجية في مؤتمر صحفي عقد اليوم في العاصمة إن المحادثات مع الجانب الآخر كانت مثمرة وإن الطرفين اتفقا على مواصلة الحوار خلال الأسابيع المقبلة من أجل التوصل إلى اتفاق شامل.";
        string ar2 = "وأضاف الوزير أن بلاده مستعدة للعمل مع جميع الشركاء الدوليين لتحقيق الاستقرار في المنطقة، مشيرا إلى أن الاجتماع المقبل سيعقد في نهاية الشهر الجاري بحضور ممثلين عن عدة دول.";
        string ar3 = ar1.Replace("اليوم", "أمس", StringComparison.Ordinal);
        string quote = "The talks were \"constructive\" — BBC";

        CleanResult result = Cleaner.Process(string.Join("\n", ["الأخبار | الموقع", "الرئيسية", ar1, ar2, quote, ar3, "حقوق النشر محفوظة"]));

        Assert.Equal([ar1, ar2, quote, ar3], result.Text.Split('\n'));
    }

    [Fact]
    public void ArabicWithALongEnglishQuote_KeepsTheQuote()
    {
        string ar1 = "قال وزير الخارجية في مؤتمر صحفي عقد اليوم في العاصمة إن المحادثات مع الجانب الآخر كانت مثمرة وإن الطرفين اتفقا على مواصلة الحوار خلال الأسابيع المقبلة من أجل التوصل إلى اتفاق شامل.";
        string quote = "\"We are committed to a lasting peace in the region,\" the minister said in English.";

        CleanResult result = Cleaner.Process(string.Join("\n", ["الأخبار | الموقع", ar1, quote, ar1.Replace("اليوم", "أمس", StringComparison.Ordinal)]));

        Assert.Contains(quote, result.Text, StringComparison.Ordinal);
    }
}
