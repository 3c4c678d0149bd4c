using Boilerplate.Filters.Navigation;
using Boilerplate.Tests.Support;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Filters.Navigation;

public sealed class NavigationFilterTests
{
    private static readonly BoilerplatePipeline s_navigation = BuildPipeline(b => b.UseNavigation());

    [Theory]
    [InlineData("Published: 12 March 2024 09:15")]
    [InlineData("Last Updated : GMT 09:07:40")]
    [InlineData("Updated 3 hours ago")]
    [InlineData("Monday, 11 March 2024, 6:45 pm EST")]
    [InlineData("Veröffentlicht am 3. Mai 2023 um 14:20 Uhr")]
    [InlineData("Publié le 5 juin 2023 à 10h30")]
    [InlineData("Publicado el 7 de julio de 2023")]
    [InlineData("Pubblicato il 12 settembre 2023")]
    [InlineData("Gepubliceerd op 3 mei 2023")]
    [InlineData("Atualizado em 14 de março de 2024")]
    [InlineData("Опубликовано 14 марта 2024 г.")]
    [InlineData("آخر تحديث: 12 مارس 2024")]
    [InlineData("2024年3月12日 10:30")]
    public void Apply_DateStamp_Drops(string stamp)
    {
        CleanResult result = s_navigation.Process(Dump(EnglishParagraphs[0], stamp, EnglishParagraphs[1]));

        AssertDropped(result, stamp, DecisionCode.DateStamp);
        AssertParagraphsKept(result);
    }

    [Theory]
    [InlineData("© 2024 The Daily Courier")]
    [InlineData("Copyright 2024 The Daily Courier")]
    [InlineData("All rights reserved.")]
    [InlineData("The Daily Courier. All Rights Reserved")]
    [InlineData("Alle Rechte vorbehalten.")]
    [InlineData("Tous droits réservés.")]
    [InlineData("Todos los derechos reservados.")]
    [InlineData("Tutti i diritti riservati.")]
    [InlineData("Todos os direitos reservados.")]
    [InlineData("Alle rechten voorbehouden.")]
    [InlineData("Все права защищены.")]
    [InlineData("جميع الحقوق محفوظة")]
    [InlineData("版权所有 2024 新华网")]
    [InlineData("Maintained and developed by")]
    [InlineData("Proudly powered by WordPress")]
    public void Apply_CopyrightOrCredits_Drops(string line)
    {
        CleanResult result = s_navigation.Process(Dump(EnglishParagraphs[0], EnglishParagraphs[1], line));

        AssertDropped(result, line, DecisionCode.Copyright);
        AssertParagraphsKept(result);
    }

    [Theory]
    [InlineData("Privacy Policy")]
    [InlineData("Terms of Use")]
    [InlineData("We use cookies")]
    [InlineData("Impressum")]
    [InlineData("Mentions légales")]
    [InlineData("Política de privacidad")]
    [InlineData("Политика конфиденциальности")]
    [InlineData("隐私政策")]
    public void Apply_LegalLine_Drops(string line)
    {
        CleanResult result = s_navigation.Process(Dump(EnglishParagraphs[0], EnglishParagraphs[1], line));

        AssertDropped(result, line, DecisionCode.Legal);
    }

    [Fact]
    public void Apply_CommentForm_DropsLabelsAndEverythingBetweenThem()
    {
        string[] form =
        [
            "Leave a Reply",
            "Your email address will not be published.",
            "Required fields are marked *",
            "Please keep the discussion civil and stay on the topic of the article above.",
            "Comment *",
            "Name *",
            "Email *",
            "Website",
            "Post Comment",
        ];
        CleanResult result = s_navigation.Process(Dump([EnglishParagraphs[0], EnglishParagraphs[1], .. form]));

        Assert.All(form, line => Assert.Equal(BlockLabel.Boilerplate, result.Line(line).Label));
        Assert.Equal(DecisionCode.FormLabel, result.Line("Name *").Code);
        Assert.Equal(DecisionCode.FormLabel, result.Line("Leave a Reply").Code);
        Assert.Equal(DecisionCode.FormLabel, result.Line("Your email address will not be published.").Code); // a form phrase of its own
        Assert.Equal(DecisionCode.InsideForm, result.Line("Please keep the discussion civil and stay on the topic of the article above.").Code);
        AssertParagraphsKept(result);
    }

    [Fact]
    public void Apply_TwoFormLabelsAlone_DropsOnlyTheLabels()
    {
        const string between = "Please keep the discussion civil and stay on the topic of the article above.";
        CleanResult result = s_navigation.Process(Dump(EnglishParagraphs[0], "Name *", between, "Email *", EnglishParagraphs[1]));

        Assert.Equal(DecisionCode.FormLabel, result.Line("Name *").Code);
        Assert.True(result.Line(between).IsKept);
    }

    [Theory]
    [InlineData("Facebook")]
    [InlineData("Share on Facebook")]
    [InlineData("Share this article")]
    [InlineData("Follow us on Twitter")]
    [InlineData("Facebook Twitter WhatsApp Email")]
    [InlineData("Tweet")]
    [InlineData("Pin it")]
    [InlineData("Teilen")]
    [InlineData("Partager")]
    [InlineData("Поделиться")]
    [InlineData("分享")]
    public void Apply_SocialLine_Drops(string line)
    {
        CleanResult result = s_navigation.Process(Dump(EnglishParagraphs[0], line, EnglishParagraphs[1]));

        AssertDropped(result, line, DecisionCode.SocialLinks);
    }

    [Theory]
    [InlineData("Read more")]
    [InlineData("Continue reading")]
    [InlineData("Subscribe")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Sign up for our daily newsletter")]
    [InlineData("Related articles")]
    [InlineData("Weiterlesen")]
    [InlineData("Lire la suite")]
    [InlineData("Leer más")]
    [InlineData("Читать далее")]
    [InlineData("阅读更多")]
    public void Apply_CallToAction_Drops(string line)
    {
        CleanResult result = s_navigation.Process(Dump(EnglishParagraphs[0], line, EnglishParagraphs[1]));

        AssertDropped(result, line, DecisionCode.CallToAction);
    }

    [Fact]
    public void Apply_DatedLinkList_DropsStampsAndHeadlines()
    {
        string[] list =
        [
            "12 March 2024",
            "Council approves new budget for schools",
            "11 March 2024",
            "Local team wins the cup after extra time",
            "10 March 2024",
            "Bridge repairs to start next month",
        ];
        CleanResult result = s_navigation.Process(Dump([EnglishParagraphs[0], EnglishParagraphs[1], .. list]));

        Assert.Equal(DecisionCode.DateStamp, result.Line("11 March 2024").Code);
        Assert.Equal(DecisionCode.DatedLinkList, result.Line("Council approves new budget for schools").Code);
        Assert.Equal(DecisionCode.DatedLinkList, result.Line("Local team wins the cup after extra time").Code);
        Assert.Equal(DecisionCode.DatedLinkList, result.Line("Bridge repairs to start next month").Code);
        AssertParagraphsKept(result);
    }

    [Fact]
    public void Apply_SingleDateBeforeTheArticle_KeepsTheLineAfterIt()
    {
        const string lead = "Storm damage is worse than first thought";
        CleanResult result = s_navigation.Process(Dump("12 March 2024", lead, EnglishParagraphs[0]));

        Assert.Equal(DecisionCode.DateStamp, result.Line("12 March 2024").Code);
        Assert.True(result.Line(lead).IsKept);
    }

    [Fact]
    public void Apply_MenuRun_DropsTheRun()
    {
        string[] menu = ["Home", "World", "Business", "Politics", "Science", "Culture", "Travel"];
        CleanResult result = s_navigation.Process(Dump([.. menu, EnglishParagraphs[0], EnglishParagraphs[1]]));

        Assert.Equal(DecisionCode.MenuLinks, result.Line("Home").Code);
        Assert.All(menu[1..], line => Assert.Equal(DecisionCode.MenuRun, result.Line(line).Code));
        AssertParagraphsKept(result);
    }

    [Fact]
    public void Apply_ShortLinesFewerThanMinMenuRun_AreLeftUndecided()
    {
        string[] lines = ["World", "Business", "Politics", "Science"];
        CleanResult result = s_navigation.Process(Dump([EnglishParagraphs[0], .. lines, EnglishParagraphs[1]]));

        Assert.All(lines, line => Assert.Equal(BlockLabel.Undecided, result.Line(line).Label));
    }

    [Fact]
    public void Apply_LongProseMentioningPrivacyPolicy_Stays()
    {
        const string prose = "The council said that its new privacy policy, which comes into force next month, would stop the sale of residents' data to advertisers and to any other company.";
        CleanResult result = s_navigation.Process(Dump(EnglishParagraphs[0], prose, "Privacy Policy"));

        Assert.Equal(BlockLabel.Undecided, result.Line(prose).Label);
        Assert.Equal(DecisionCode.Legal, result.Line("Privacy Policy").Code);
    }

    [Theory]
    [InlineData("Residents were told to read more about the evacuation plan online")]
    [InlineData("Volunteers helped older people to share the sandbags")]
    [InlineData("The town will vote on the sea wall in May")]
    public void Apply_ShortProseMentioningALexiconPhrase_Stays(string prose)
    {
        CleanResult result = s_navigation.Process(Dump(EnglishParagraphs[0], prose, EnglishParagraphs[1]));

        Assert.Equal(BlockLabel.Undecided, result.Line(prose).Label);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("| 42 |")]
    public void Apply_LineWithoutLetters_Drops(string line)
    {
        CleanResult result = s_navigation.Process(Dump(EnglishParagraphs[0], line, EnglishParagraphs[1]));

        AssertDropped(result, line, DecisionCode.NoLetters);
    }

    [Fact]
    public void Apply_HtmlBoilerplateContainers_DropsTheirBlocks()
    {
        string html = $"""
            <html><body>
            <nav><a href="/">Front page</a> <a href="/world">World news</a></nav>
            <article><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></article>
            <div class="sidebar"><p>Our reporters cover every town on the coast.</p></div>
            <footer><p>The Daily Courier, 1 Harbour Street</p></footer>
            </body></html>
            """;

        CleanResult result = s_navigation.ProcessHtml(html);

        AssertDropped(result, "Front page World news", DecisionCode.BoilerplateContainer);
        AssertDropped(result, "Our reporters cover every town on the coast.", DecisionCode.BoilerplateContainer);
        AssertDropped(result, "The Daily Courier, 1 Harbour Street", DecisionCode.BoilerplateContainer);
        AssertParagraphsKept(result);
    }

    [Fact]
    public void Apply_HtmlWholePageInABoilerplateNamedContainer_KeepsIt()
    {
        string html = $"""
            <html><body><div class="sidebar-layout">
            <p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p><p>{EnglishParagraphs[2]}</p>
            </div></body></html>
            """;

        CleanResult result = s_navigation.ProcessHtml(html);

        Assert.Equal(3, result.KeptCount);
    }

    [Fact]
    public void Apply_HtmlTableHeaderNamedLikeAFormLabel_Stays()
    {
        string html = $"""
            <html><body><article><p>{EnglishParagraphs[0]}</p>
            <table><tr><th>Name</th><th>Age</th><th>Town</th></tr><tr><td>Mary Jones</td><td>84</td><td>Aberaeron</td></tr></table>
            <p>{EnglishParagraphs[1]}</p></article></body></html>
            """;

        CleanResult result = s_navigation.ProcessHtml(html);

        Assert.True(result.Line("Name").IsKept);
        Assert.True(result.Line("84").IsKept);
    }

    [Fact]
    public void Apply_HtmlListOfShortItemsWithoutLinks_IsNotAMenu()
    {
        string html = $"""
            <html><body><article><p>{EnglishParagraphs[0]}</p>
            <ul><li>Flour</li><li>Sugar</li><li>Eggs</li><li>Butter</li><li>Milk</li><li>Salt</li></ul>
            <p>{EnglishParagraphs[1]}</p></article></body></html>
            """;

        CleanResult result = s_navigation.ProcessHtml(html);

        Assert.All(new[] { "Flour", "Sugar", "Eggs", "Butter", "Milk", "Salt" }, item => Assert.True(result.Line(item).IsKept));
    }

    [Fact]
    public void Apply_HtmlRunOfShortLinks_IsAMenu()
    {
        string html = $"""
            <html><body><div><a href="/w">World</a></div><div><a href="/b">Business</a></div><div><a href="/p">Politics</a></div>
            <div><a href="/s">Science</a></div><div><a href="/c">Culture</a></div>
            <div><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></div></body></html>
            """;

        CleanResult result = s_navigation.ProcessHtml(html);

        Assert.All(new[] { "World", "Business", "Politics", "Science", "Culture" }, item => AssertDropped(result, item, DecisionCode.MenuRun));
    }

    [Fact]
    public void Apply_LexiconLimitAboveTheTokenizerCap_StillJudgesLongSocialLines()
    {
        // The tokenizer reads at most 64 words; the pre-check must bound coverage by those words, not by the whole line.
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation(new NavigationOptions { MaxLexiconWords = 100 }));
        string line = string.Join(' ', Enumerable.Repeat("twitter", 16).Concat(Enumerable.Repeat("zz", 53)));

        CleanResult result = pipeline.Process(Dump(EnglishParagraphs[0], line, EnglishParagraphs[1]));

        AssertDropped(result, line, DecisionCode.SocialLinks);
    }

    private static void AssertDropped(CleanResult result, string line, DecisionCode code)
    {
        BlockDecision decision = result.Line(line);
        Assert.Equal(BlockLabel.Boilerplate, decision.Label);
        Assert.Equal("navigation", decision.Filter);
        Assert.Equal(code, decision.Code);
        Assert.Equal(code.GetReason(), decision.Reason);
    }

    private static void AssertParagraphsKept(CleanResult result) =>
        Assert.All(result.Explain().Where(d => EnglishParagraphs.Contains(d.Text)), d => Assert.Equal(BlockLabel.Undecided, d.Label));
}
