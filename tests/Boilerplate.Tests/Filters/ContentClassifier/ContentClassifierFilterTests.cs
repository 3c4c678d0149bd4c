using Boilerplate.Filters.ContentClassifier;
using Boilerplate.Tests.Support;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Filters.ContentClassifier;

public sealed class ContentClassifierFilterTests
{
    private const string HarbourIntroduction = "These are the pages about the harbour and the coast that readers of the Courier have sent to us over the years, and we would like to thank all of them for their help with it.";

    private static readonly string[] s_harbourLinks =
    [
        "Harbour Road flood defences", "Sea wall repair: the plans", "Tide tables for the coast", "Coastguard station open day",
        "Pictures of the storm of 1938", "The lifeboat crew and their boats", "Walks along the cliff path", "Birds of the estuary",
        "Fishing from the pier", "Boat trips to the island", "The old harbour railway", "Lighthouse keepers' cottages",
        "Shipwrecks of the bay", "Sand dunes and their plants", "Beach cleaning days", "Ferry times to the islands",
        "Seaside gardens of the town", "The harbour master's log", "Rock pools for children", "Local sailing clubs",
    ];

    private static readonly string[] s_loremIpsum =
    [
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.",
        "Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.",
        "Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi architecto beatae vitae dicta sunt explicabo.",
    ];

    // Georgian has no stopword list: the page language is unknown and length alone decides.
    private static readonly string[] s_georgian =
    [
        "ძლიერმა წვიმამ და ქარიშხალმა ღამით სანაპირო ქალაქები დატბორა და ასობით მცხოვრები აიძულა განთიადამდე დაეტოვებინათ საკუთარი სახლები და ნათესავებთან ეძებნათ თავშესაფარი.",
        "სანაპირო დაცვის თანახმად, წყალი უფრო სწრაფად ამოვიდა, ვიდრე ბოლო ოცი წლის რომელიმე ქარიშხლის დროს, და დღის განმავლობაში მთელ რეგიონში კიდევ მეტი წვიმაა მოსალოდნელი.",
        "ადგილობრივმა ხელისუფლებამ სკოლის სპორტული დარბაზი თავშესაფრად გახსნა და მძღოლებს სთხოვა სანაპირო გზას მოერიდონ, სანამ წყალი არ დაიკლებს, რასაც შესაძლოა რამდენიმე დღე დასჭირდეს.",
    ];

    private static readonly BoilerplatePipeline s_classifier = BuildPipeline(b => b.UseContentClassifier());

    [Fact]
    public void Apply_LongStopwordRichLines_KeepsThemAsProse()
    {
        CleanResult result = s_classifier.Process(Dump(EnglishParagraphs[..3]));

        Assert.Equal("en", result.Document.Language);
        Assert.All(result.Explain(), d =>
        {
            Assert.Equal(BlockLabel.Content, d.Label);
            Assert.Equal(ContentClassifierFilter.FilterName, d.Filter);
            Assert.Equal(DecisionCode.Prose, d.Code);
        });
    }

    [Fact]
    public void Apply_ShortLineBetweenKeptLines_KeepsItAsASubheading()
    {
        CleanResult result = s_classifier.Process(Dump(EnglishParagraphs[0], EnglishParagraphs[1], "Shelters open", EnglishParagraphs[2], EnglishParagraphs[3]));

        BlockDecision subheading = result.Line("Shelters open");
        Assert.Equal(BlockLabel.Content, subheading.Label);
        Assert.Equal(DecisionCode.ShortAmongContent, subheading.Code);
        Assert.Equal(5, result.KeptCount);
    }

    [Fact]
    public void Apply_ShortLinesAtThePageEdges_DropsThem()
    {
        CleanResult result = s_classifier.Process(Dump(
            "The Daily Courier", "Weather warnings", EnglishParagraphs[0], EnglishParagraphs[1], EnglishParagraphs[2], "Back to the front page"));

        Assert.All(new[] { "The Daily Courier", "Weather warnings", "Back to the front page" }, line =>
        {
            BlockDecision decision = result.Line(line);
            Assert.Equal(BlockLabel.Boilerplate, decision.Label);
            Assert.Equal(DecisionCode.ShortAmongBoilerplate, decision.Code);
        });
        Assert.Equal(EnglishParagraphs[..3], result.KeptLines());
    }

    [Fact]
    public void Apply_ShortLinesAmongRuleDrops_DropsThem()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseContentClassifier());

        CleanResult result = pipeline.Process(Dump(
            EnglishParagraphs[0], EnglishParagraphs[1], EnglishParagraphs[2],
            "Share on Facebook", "Pictures from the harbour webcam", "Follow us on Twitter", "Tide times for the coming week", "Privacy Policy", "Terms of Use"));

        Assert.Equal(DecisionCode.ShortAmongBoilerplate, result.Line("Pictures from the harbour webcam").Code);
        Assert.Equal(DecisionCode.ShortAmongBoilerplate, result.Line("Tide times for the coming week").Code);
        Assert.Equal(EnglishParagraphs[..3], result.KeptLines());
    }

    [Fact]
    public void Apply_StopwordPoorLongLine_DropsIt()
    {
        const string tags = "Tags: storm, flood, coast, weather, rain, harbour, coastguard, shelter, farmers, dunes, crops, volunteers, fire service";
        CleanResult result = s_classifier.Process(Dump(EnglishParagraphs[0], EnglishParagraphs[1], tags, EnglishParagraphs[2]));

        Assert.Equal(DecisionCode.FewStopwords, result.Line(tags).Code);
    }

    [Fact]
    public void Apply_StopwordPoorLineEndingLikeASentence_IsNearGoodAndStaysNextToTheArticle()
    {
        const string caption = "Sandbags, pumps, tractors and trailers on Harbour Road, Aberaeron, Ceredigion, Wales, Tuesday 14 May 2024.";
        CleanResult result = s_classifier.Process(Dump(EnglishParagraphs[0], EnglishParagraphs[1], caption, EnglishParagraphs[2]));

        BlockDecision decision = result.Line(caption);
        Assert.Equal(ContentClass.NearGood, result.Document[2].Class);
        Assert.Equal(DecisionCode.NearGoodNearContent, decision.Code);
    }

    [Fact]
    public void Apply_SentencesAreNearGoodOff_DropsTheStopwordPoorSentence()
    {
        const string caption = "Sandbags, pumps, tractors and trailers on Harbour Road, Aberaeron, Ceredigion, Wales, Tuesday 14 May 2024.";
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseContentClassifier(new ContentClassifierOptions { SentencesAreNearGood = false }));

        CleanResult result = pipeline.Process(Dump(EnglishParagraphs[0], EnglishParagraphs[1], caption, EnglishParagraphs[2]));

        Assert.Equal(DecisionCode.FewStopwords, result.Line(caption).Code);
    }

    [Fact]
    public void Apply_ProseHoldingLittleOfThePage_KeepsWhatIsNotBoilerplateOnItsOwn()
    {
        string[] links = s_harbourLinks;
        string introduction = HarbourIntroduction;

        // Four screens of links under one paragraph: the paragraph holds less than a tenth of the text.
        string[] items = [.. links.SelectMany(link => new[] { link, link + ": pictures", link + ": history", link + ": maps" })];
        CleanResult result = s_classifier.Process(Dump([introduction, .. items]));

        Assert.Equal(ContentClass.Good, result.Document[0].Class);
        Assert.All(items, line => Assert.Equal(DecisionCode.NoArticleFallback, result.Line(line).Code));
    }

    [Fact]
    public void Apply_PageWithoutArticle_KeepsItsLinkedItemsButNotMenus()
    {
        // A board of postings, each a link of several words; a menu in a nav, a line of links between separators, a
        // one-word link.
        string postings = string.Concat(s_harbourLinks.Select((l, i) => $"<tr><td>{i + 1}.</td><td><a href=\"/p/{i}\">{l}</a></td></tr>"));
        string html = $"""
            <html><body><nav><a href="/">Home page of the Courier</a></nav>
            <p><a href="/a">Harbour news and views</a> | <a href="/b">Coast and weather</a></p>
            <p><a href="/c">Archive</a></p>
            <table>{postings}</table></body></html>
            """;

        CleanResult result = s_classifier.ProcessHtml(html);

        string[] postingsOfFourWords = [.. s_harbourLinks.Where(l => l.Split(' ').Length >= 4)];
        Assert.True(postingsOfFourWords.Length >= 10);
        Assert.All(postingsOfFourWords, link => Assert.Contains(link, result.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("Courier", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Coast and weather", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Archive", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_SingleParagraphIntroducingALongerList_KeepsTheList()
    {
        string[] links = s_harbourLinks;
        string introduction = HarbourIntroduction;

        // The paragraph holds about a quarter of the text.
        CleanResult result = s_classifier.Process(Dump([introduction, .. links]));
        BoilerplatePipeline strict = BuildPipeline(b => b.UseContentClassifier(new ContentClassifierOptions { MinSingleGoodShare = 0 }));

        Assert.All(links, line => Assert.Equal(DecisionCode.NoArticleFallback, result.Line(line).Code));
        Assert.Equal([introduction], strict.Process(Dump([introduction, .. links])).KeptLines());
    }

    [Fact]
    public void Apply_MinGoodShareZero_KeepsOnlyTheProseOfAListPage()
    {
        string[] links = s_harbourLinks[..12];
        string introduction = HarbourIntroduction;
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseContentClassifier(new ContentClassifierOptions { MinGoodShare = 0, MinSingleGoodShare = 0 }));

        CleanResult result = pipeline.Process(Dump(["Harbour pages", introduction, .. links]));

        Assert.Equal([introduction], result.KeptLines());
    }

    [Fact]
    public void Apply_MediumLineAmongBoilerplate_DropsIt()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseContentClassifier());
        const string pitch = "Get the best of the Courier in your inbox every morning, with all the news from your town.";

        CleanResult result = pipeline.Process(Dump(
            EnglishParagraphs[0], EnglishParagraphs[1], EnglishParagraphs[2], "Subscribe to our newsletter", pitch, "Privacy Policy"));

        Assert.Equal(DecisionCode.NearGoodAmongBoilerplate, result.Line(pitch).Code);
    }

    [Fact]
    public void Apply_MediumLineNextToArticle_KeepsIt()
    {
        const string medium = "The road along the harbour was still closed on Tuesday evening.";
        CleanResult result = s_classifier.Process(Dump(EnglishParagraphs[0], EnglishParagraphs[1], medium + " Police asked people to stay at home."));

        Assert.True(result.Line(medium + " Police asked people to stay at home.").IsKept);
    }

    [Fact]
    public void Apply_LoremIpsum_KeepsTheParagraphs()
    {
        CleanResult result = s_classifier.Process(Dump(["Lorem ipsum", .. s_loremIpsum]));

        Assert.All(s_loremIpsum, line => Assert.Equal(DecisionCode.Prose, result.Line(line).Code));
    }

    [Fact]
    public void Apply_UnknownLanguage_DecidesByLengthAlone()
    {
        CleanResult result = s_classifier.Process(Dump(["სიახლეები", .. s_georgian, "ფეხბურთი, კალათბურთი, ჭადრაკი, რაგბი, ჩოგბურთი, ცურვა, ველოსპორტი, ჭიდაობა, კრივი"]));

        Assert.Null(result.Document.Language);
        Assert.All(s_georgian, line => Assert.Equal(DecisionCode.Prose, result.Line(line).Code));
        Assert.Equal(DecisionCode.ShortAmongBoilerplate, result.Line("სიახლეები").Code);
    }

    [Fact]
    public void Apply_NoProseOnThePage_KeepsWhatIsNotBoilerplateOnItsOwn()
    {
        const string keywords = "Keywords: harbour, pier, lighthouse, ferry, marina, beach, dunes, promenade, car park, toilets";
        string[] contact = ["Opening hours", "Monday to Friday, 9am to 5pm", "Call us on 01970 612345", "Find us at 12 High Street, Aberystwyth"];
        CleanResult result = s_classifier.Process(Dump([.. contact, keywords]));

        Assert.All(contact, line =>
        {
            BlockDecision decision = result.Line(line);
            Assert.Equal(BlockLabel.Content, decision.Label);
            Assert.Equal(DecisionCode.NoArticleFallback, decision.Code);
        });
        Assert.Equal(DecisionCode.FewStopwords, result.Line(keywords).Code);
    }

    [Fact]
    public void Apply_HtmlLinkDenseAndShortLinkedBlocks_DropsThem()
    {
        string html = $"""
            <html><body>
            <p>{EnglishParagraphs[0]}</p>
            <p><a href="/1">Council approves new budget for schools and roads</a>, <a href="/2">Local team wins the cup after extra time</a></p>
            <p>{EnglishParagraphs[1]}</p>
            <div>The full forecast is on our <a href="/more">weather page</a></div>
            <p>{EnglishParagraphs[2]}</p>
            </body></html>
            """;

        CleanResult result = s_classifier.ProcessHtml(html);

        Assert.Equal(DecisionCode.LinkDense, result.Line("Council approves new budget for schools and roads, Local team wins the cup after extra time").Code);
        Assert.Equal(DecisionCode.ShortLink, result.Line("The full forecast is on our weather page").Code);
        Assert.Equal(3, result.KeptCount);
    }

    [Fact]
    public void Apply_HtmlHeadingBeforeTheFirstParagraph_KeepsIt()
    {
        string html = $"""
            <html><body><div>The Daily Courier</div><div>Weather</div>
            <h2>Storm floods coastal towns</h2><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></body></html>
            """;

        CleanResult result = s_classifier.ProcessHtml(html);

        Assert.Equal(DecisionCode.NearGoodNearContent, result.Line("Storm floods coastal towns").Code);
        Assert.False(result.Line("Weather").IsKept);
    }

    [Fact]
    public void Apply_MaxHeadingDistanceZero_TurnsTheHeadingPassOff()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseContentClassifier(new ContentClassifierOptions { MaxHeadingDistance = 0 }));
        string html = $"""
            <html><body><div>The Daily Courier</div>
            <h2>Storm floods coastal towns</h2><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></body></html>
            """;

        CleanResult result = pipeline.ProcessHtml(html);

        Assert.False(result.Line("Storm floods coastal towns").IsKept);
    }

    [Fact]
    public void Apply_LengthLowRaised_MakesMediumLinesShort()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseContentClassifier(new ContentClassifierOptions { LengthLow = 500, LengthHigh = 500 }));

        CleanResult result = pipeline.Process(Dump(EnglishParagraphs[..3]));

        Assert.All(result.Explain(), d => Assert.Equal(DecisionCode.NoArticleFallback, d.Code));
    }

    [Fact]
    public void Revise_ShortBlocks_TakeTheClassOfTheirNeighbours()
    {
        ContentClass[] classes =
        [
            ContentClass.Short, ContentClass.Good, ContentClass.Short, ContentClass.Good, ContentClass.Short, ContentClass.Bad,
            ContentClass.NearGood, ContentClass.Bad, ContentClass.Short,
        ];
        var revised = new ContentClass[classes.Length];

        ContentClassifierFilter.Revise(classes, revised);

        Assert.Equal(
            [
                ContentClass.Bad, ContentClass.Good, ContentClass.Good, ContentClass.Good, ContentClass.Bad, ContentClass.Bad,
                ContentClass.Bad, ContentClass.Bad, ContentClass.Bad,
            ],
            revised);
    }

    [Theory]
    [InlineData(new[] { ContentClass.Good, ContentClass.Short, ContentClass.NearGood, ContentClass.Bad }, new[] { ContentClass.Good, ContentClass.Good, ContentClass.Good, ContentClass.Bad })]
    [InlineData(new[] { ContentClass.Good, ContentClass.NearGood, ContentClass.Short, ContentClass.Bad }, new[] { ContentClass.Good, ContentClass.Good, ContentClass.Bad, ContentClass.Bad })]
    [InlineData(new[] { ContentClass.Bad, ContentClass.Short, ContentClass.NearGood, ContentClass.Good }, new[] { ContentClass.Bad, ContentClass.Bad, ContentClass.Good, ContentClass.Good })]
    public void Revise_ShortBlockBetweenGoodAndBad_IsGoodOnlyWhenANearGoodBlockSeparatesItFromTheBadSide(ContentClass[] classes, ContentClass[] expected)
    {
        var revised = new ContentClass[classes.Length];

        ContentClassifierFilter.Revise(classes, revised);

        Assert.Equal(expected, revised);
    }
}
