using Boilerplate.Filters.MainRegion;
using Boilerplate.Tests.Support;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Filters.MainRegion;

public sealed class MainRegionFilterTests
{
    private const string AuthorBox =
        "Jane Smith has written about the weather and the sea for the Courier since 2009, and before that she worked for many years as a forecaster at the weather office.";

    private static readonly string[] s_footer =
    [
        "Share on Facebook", "Share on Twitter", "Share by email", "Print", "Related articles", "Most read", "Home", "Contact us", "Privacy Policy",
    ];

    [Fact]
    public void Apply_SmallParagraphFarFromTheArticleInADump_DropsIt()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseContentClassifier().UseMainRegion());

        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs, .. s_footer, AuthorBox, "Terms of Use"]));

        BlockDecision author = result.Line(AuthorBox);
        Assert.Equal(BlockLabel.Boilerplate, author.Label);
        Assert.Equal("main-region", author.Filter);
        Assert.Equal(DecisionCode.OutsideMainRegion, author.Code);
        Assert.Equal(EnglishParagraphs, result.KeptLines());
    }

    [Fact]
    public void Apply_SentenceAmongDroppedLinesInsideTheArticle_KeepsIt()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseContentClassifier().UseMainRegion());
        const string sentence = "Nobody was hurt.";
        string[] middle = ["Pictures from the harbour webcam", "Share on Facebook", sentence, "Follow us on Twitter", "Tide times for the coming week"];

        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs[..3], .. middle, .. EnglishParagraphs[3..]]));

        BlockDecision decision = result.Line(sentence);
        Assert.Equal(BlockLabel.Content, decision.Label);
        Assert.Equal("main-region", decision.Filter);
        Assert.Equal(DecisionCode.SentenceInsideArticle, decision.Code);
        Assert.Equal(DecisionCode.ShortAmongBoilerplate, result.Line("Pictures from the harbour webcam").Code);
        Assert.Equal("navigation", result.Line("Share on Facebook").Filter);
    }

    [Fact]
    public void Apply_ShortGapInsideTheArticle_KeepsItButNotTheRuleDrops()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseContentClassifier().UseMainRegion());
        string[] middle = ["Share on Facebook", "Shelters open at the school"];

        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs[..3], .. middle, .. EnglishParagraphs[3..]]));

        Assert.Equal(DecisionCode.ShortGapInsideArticle, result.Line("Shelters open at the school").Code);
        Assert.Equal("navigation", result.Line("Share on Facebook").Filter);
    }

    [Fact]
    public void Apply_ListInsideTheArticle_KeepsItWhole()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseContentClassifier().UseMainRegion());
        string[] list =
        [
            "The harbour wall at Aberaeron, closed until further notice",
            "The promenade at Aberystwyth, where the shelter was damaged",
            "The sea wall at Borth, breached in two places",
            "The quay at Cardigan, under half a metre of water",
            "The road to the pier at New Quay, blocked by sand",
        ];

        // The share line makes the classifier drop the list for its context; one rule drop in six lines is no boilerplate island.
        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs[..3], "Share on Facebook", .. list, .. EnglishParagraphs[3..]]));

        Assert.All(list, line => Assert.Equal(DecisionCode.ListInsideArticle, result.Line(line).Code));
        Assert.Equal("navigation", result.Line("Share on Facebook").Filter);
    }

    [Fact]
    public void Apply_DatesInAListOfEventsInsideTheArticle_KeepsThem()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseContentClassifier().UseMainRegion());
        string[] events =
        [
            "14 May 2024", "Sandbagging on the quay at Aberaeron, with the fire service",
            "The harbour master's report on the storm and the damage to the wall",
            "The council's meeting on the repairs, open to all residents",
            "Volunteers clear the sand from the promenade at Aberystwyth",
            "The coastguard's open day at the lifeboat station in New Quay",
        ];

        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs[..3], .. events, .. EnglishParagraphs[3..]]));

        BlockDecision date = result.Line("14 May 2024");
        Assert.Equal(BlockLabel.Content, date.Label);
        Assert.Equal(DecisionCode.DateOrRepeatInsideArticle, date.Code);
        Assert.All(events[1..], line => Assert.True(result.Line(line).IsKept));
    }

    [Fact]
    public void Apply_KeepDatesAndRepeatsInArticleGapsOff_LeavesTheDateDropped()
    {
        var options = new MainRegionOptions { KeepDatesAndRepeatsInArticleGaps = false };
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseContentClassifier().UseMainRegion(options));

        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs[..3], "14 May 2024", "Sandbagging on the quay at Aberaeron, with the fire service", .. EnglishParagraphs[3..]]));

        Assert.Equal("navigation", result.Line("14 May 2024").Filter);
        Assert.True(result.Line("Sandbagging on the quay at Aberaeron, with the fire service").IsKept);
    }

    [Fact]
    public void Apply_RunOfMostlyRuleDropsInsideTheArticle_StaysDropped()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseContentClassifier().UseMainRegion());
        string[] bar = ["Share on Facebook", "Share on Twitter", "Pictures from the harbour webcam", "Share by email", "Tide times for the coming week", "Print"];

        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs[..3], .. bar, .. EnglishParagraphs[3..]]));

        Assert.Equal(DecisionCode.ShortAmongBoilerplate, result.Line("Pictures from the harbour webcam").Code);
        Assert.Equal(DecisionCode.ShortAmongBoilerplate, result.Line("Tide times for the coming week").Code);
    }

    [Fact]
    public void Apply_PageOfMediumLinesOnly_KeepsTheGapsBetweenThem()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseContentClassifier().UseMainRegion());
        const string first = "The road along the harbour was still closed on Tuesday evening, the police said.";
        const string tags = "Tags: storm, flood, coast, weather, rain, harbour, coastguard, shelter, farmers, dunes, crops, volunteers, fire service";
        const string last = "Volunteers from the town filled sandbags at the quay for most of the night.";

        CleanResult result = pipeline.Process(Dump(first, tags, last));

        Assert.Equal(ContentClass.NearGood, result.Document[0].Class);
        Assert.Equal(DecisionCode.ShortGapInsideArticle, result.Line(tags).Code);
        Assert.True(result.Line(first).IsKept);
        Assert.True(result.Line(last).IsKept);
    }

    private static readonly string[] s_venues =
    [
        "Venue:", "The harbour hall at Aberaeron", "Venue:", "The lifeboat station at New Quay", "Venue:", "The council chamber at Aberystwyth",
    ];

    [Fact]
    public void Apply_LabelsRepeatedOnlyInsideTheArticle_KeepTheirTable()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseLineDeduplication().UseNavigation().UseContentClassifier().UseMainRegion());

        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs[..3], .. s_venues, .. EnglishParagraphs[3..]]));

        Assert.All(result.Explain().Where(d => d.Text == "Venue:"), d => Assert.Equal(DecisionCode.DateOrRepeatInsideArticle, d.Code));
        Assert.Equal(DecisionCode.ListInsideArticle, result.Line("The lifeboat station at New Quay").Code);
        Assert.Equal([.. EnglishParagraphs[..3], .. s_venues, .. EnglishParagraphs[3..]], result.KeptLines());
    }

    [Fact]
    public void Apply_LabelsRepeatedOutsideTheArticleToo_CountAgainstTheGap()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseLineDeduplication().UseNavigation().UseContentClassifier().UseMainRegion());

        CleanResult result = pipeline.Process(Dump(["Venue:", .. EnglishParagraphs[..3], .. s_venues, .. EnglishParagraphs[3..]]));

        Assert.Equal(DecisionCode.ShortAmongBoilerplate, result.Line("The lifeboat station at New Quay").Code);
        Assert.Equal(EnglishParagraphs, result.KeptLines());
    }

    [Fact]
    public void Apply_ArticleOnlyRepeatsAreNeutralOff_CountsThemAgainstTheGap()
    {
        var options = new MainRegionOptions { ArticleOnlyRepeatsAreNeutral = false };
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseLineDeduplication().UseNavigation().UseContentClassifier().UseMainRegion(options));

        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs[..3], .. s_venues, .. EnglishParagraphs[3..]]));

        Assert.Equal(EnglishParagraphs, result.KeptLines());
    }

    [Fact]
    public void Apply_ShortLinesAfterTheLastParagraph_StayDropped()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseContentClassifier().UseMainRegion());

        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs, "Share on Facebook", "More from the Courier."]));

        Assert.Equal(BlockLabel.Boilerplate, result.Line("More from the Courier.").Label);
    }

    [Fact]
    public void Apply_ArticleSpanRescueOff_LeavesTheClassifierDrops()
    {
        var options = new MainRegionOptions { MaxArticleGapBlocks = 0, MaxArticleGapRuleShare = 0, KeepSentencesInsideArticle = false };
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseContentClassifier().UseMainRegion(options));
        string[] middle = ["Share on Facebook", "Shelters open at the school", "Nobody was hurt."];

        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs[..3], .. middle, .. EnglishParagraphs[3..]]));

        Assert.Equal(DecisionCode.ShortAmongBoilerplate, result.Line("Shelters open at the school").Code);
        Assert.Equal(DecisionCode.ShortAmongBoilerplate, result.Line("Nobody was hurt.").Code);
    }

    [Fact]
    public void Apply_WithoutTheFilter_TheClassifierKeepsTheFarParagraph()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseContentClassifier());

        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs, .. s_footer, AuthorBox, "Terms of Use"]));

        Assert.Equal(DecisionCode.Prose, result.Line(AuthorBox).Code);
    }

    [Fact]
    public void Apply_SmallParagraphCloseToTheArticle_KeepsIt()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseMainRegion());

        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs, "Share on Facebook", "Share on Twitter", AuthorBox]));

        Assert.True(result.Line(AuthorBox).IsKept);
    }

    [Fact]
    public void Apply_GapOfManyDroppedWords_SplitsRegions()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseMainRegion());
        string[] legal =
        [
            "Copyright 2024 The Daily Courier Limited, registered in England and Wales with company number 01234567, at 1 Harbour Street, Aberaeron, Ceredigion",
            "All rights reserved. No part of this website may be copied or published in any form without the permission of the editor",
        ];

        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs, .. legal, AuthorBox]));

        Assert.All(legal, line => Assert.Equal("navigation", result.Line(line).Filter));
        Assert.Equal(DecisionCode.OutsideMainRegion, result.Line(AuthorBox).Code);
    }

    [Fact]
    public void Apply_RegionsOfSimilarSize_KeepsBoth()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseMainRegion());

        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs[..5], .. s_footer, .. EnglishParagraphs[5..]]));

        Assert.Equal(EnglishParagraphs, result.KeptLines());
    }

    [Fact]
    public void Apply_MinRegionShareZero_KeepsEveryRegion()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseMainRegion(new MainRegionOptions { MinRegionShare = 0 }));

        CleanResult result = pipeline.Process(Dump([.. EnglishParagraphs, .. s_footer, AuthorBox]));

        Assert.True(result.Line(AuthorBox).IsKept);
    }


    [Fact]
    public void Apply_HtmlShortLineInsideTheArticle_IsRescued()
    {
        string html = $"""
            <html><body>
            <nav>{string.Concat(Enumerable.Range(1, 12).Select(i => $"<a href=\"/s{i}\">Section {i}</a> "))}</nav>
            <div class="sidebar">{string.Concat(EnglishParagraphs[6..].Select(p => $"<p><a href=\"/x\">{p}</a></p>"))}</div>
            <article>
              <p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p>
              <p>Pictured: the harbour at high tide</p>
            </article>
            <footer><p>Copyright 2024 The Daily Courier</p><p>1 Harbour Street, Aberaeron</p><p>Call us on 01970 612345</p></footer>
            </body></html>
            """;

        CleanResult result = new BoilerplatePipelineBuilder().UseDefaults().Build().ProcessHtml(html);

        BlockDecision caption = result.Line("Pictured: the harbour at high tide");
        Assert.Equal(BlockLabel.Content, caption.Label);
        Assert.Equal(DecisionCode.InsideMainContainer, caption.Code);
    }

    [Fact]
    public void Apply_SectionHeadingsRepeatedInATableOfContents_KeepsTheArticlesCopies()
    {
        // A plain <div>, not an <article>: in an element named as content, the deduplication leaves repeated headings alone.
        string[] sections = ["Choosing the site", "Preparing the soil", "Sowing the seeds"];
        string html = $"""
            <html><body>
            <nav>{string.Concat(Enumerable.Range(1, 12).Select(i => $"<a href=\"/s{i}\">Section {i}</a> "))}</nav>
            <div class="wrap">
              <p>{EnglishParagraphs[0]}</p>
              <ul class="toc">{string.Concat(sections.Select((h, i) => $"<li><a href=\"#s{i}\">{h}</a></li>"))}</ul>
              {string.Concat(sections.Select((h, i) => $"<h2 id=\"s{i}\">{h}</h2><p>{EnglishParagraphs[i + 1]}</p>"))}
              <h3>Share this story</h3><p><a href="/share/a">Facebook</a> <a href="/share/b">Email</a></p>
              <h3>Share this story</h3>
            </div>
            <footer><p>Copyright 2024 The Daily Courier</p><p>1 Harbour Street, Aberaeron</p></footer>
            </body></html>
            """;

        CleanResult result = new BoilerplatePipelineBuilder().UseDefaults().Build().ProcessHtml(html);

        foreach (string section in sections)
        {
            BlockDecision[] copies = [.. result.Explain().Where(d => d.Text == section)];
            Assert.Equal(2, copies.Length);
            Assert.False(copies[0].IsKept);
            Assert.Equal(DecisionCode.InsideMainContainer, copies[1].Code);
            Assert.True(copies[1].IsKept);
        }

        Assert.All(result.Explain().Where(d => d.Text == "Share this story"), d => Assert.False(d.IsKept));
    }

    [Fact]
    public void Apply_LinkedHeadingBetweenTheArticlesParagraphs_KeepsItButNotARunOfThemOrARelatedLink()
    {
        string[] others = ["Harbour dredging starts in March", "Lifeboat crew wins national award", "Ferry timetable changes for winter"];
        string html = $"""
            <html><body>
            <nav>{string.Concat(Enumerable.Range(1, 12).Select(i => $"<a href=\"/s{i}\">Section {i}</a> "))}</nav>
            <div class="wrap">
              <p>{EnglishParagraphs[0]}</p>
              <h2><a href="https://shop.example/pliers">Long Nose Pliers</a></h2>
              <p>{EnglishParagraphs[1]}</p>
              <h3><a href="/story/9">Related: Sea wall repairs to cost more</a></h3>
              <p>{EnglishParagraphs[3]}</p>
              {string.Concat(others.Select((h, i) => $"<h3><a href=\"/story/{i}\">{h}</a></h3>"))}
              <p>{EnglishParagraphs[2]}</p>
            </div>
            <footer><p>Copyright 2024 The Daily Courier</p><p>1 Harbour Street, Aberaeron</p></footer>
            </body></html>
            """;

        CleanResult result = new BoilerplatePipelineBuilder().UseDefaults().Build().ProcessHtml(html);

        BlockDecision heading = result.Line("Long Nose Pliers");
        Assert.True(heading.IsKept);
        Assert.Equal(DecisionCode.InsideMainContainer, heading.Code);
        Assert.All(others, h => Assert.False(result.Line(h).IsKept));
        Assert.False(result.Line("Related: Sea wall repairs to cost more").IsKept);
    }

    [Fact]
    public void Apply_HtmlCardTextBetweenTheArticlesParagraphsOutsideItsElement_IsKept()
    {
        // A guide's chapters as cards: a linked title over a line of description each, in boxes of their own between
        // boxes of prose, none of which holds most of the text. The classifier drops the descriptions for their linked
        // neighbours.
        (string Title, string Text)[] cards =
        [
            ("How it works", "Before you start, you need to understand how the harbour works"),
            ("The basics", "Learn how to set your boat up for the season and the four main checks"),
            ("Moorings", "The starting point is to understand which mooring your boat needs"),
            ("Safety", "Learn how to plan a trip that keeps your crew out of trouble"),
        ];
        string html = $"""
            <html><body>
            <nav>{string.Concat(Enumerable.Range(1, 120).Select(i => $"<a href=\"/s{i}\">Section {i}</a> "))}</nav>
            <div class="intro"><p>{EnglishParagraphs[0]}</p></div>
            {string.Concat(cards.Select((c, i) => $"<div class=\"card\"><h3><a href=\"/guide/{i}\">{c.Title}</a></h3><p>{c.Text}</p></div>"))}
            <div class="more"><p>{EnglishParagraphs[1]}</p></div>
            <div class="end"><p>{EnglishParagraphs[2]}</p></div>
            <footer><p>Copyright 2024 The Daily Courier</p><p>1 Harbour Street, Aberaeron</p></footer>
            </body></html>
            """;

        CleanResult result = new BoilerplatePipelineBuilder().UseDefaults().Build().ProcessHtml(html);

        Assert.All(cards, c => Assert.True(result.Line(c.Text).IsKept, c.Text));
        Assert.All(cards, c => Assert.False(result.Line(c.Title).IsKept, c.Title));
    }

    [Fact]
    public void Apply_HtmlWithoutKeptText_ChangesNothing()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseMainRegion());

        CleanResult result = pipeline.ProcessHtml("<html><body><nav><a href=\"/\">Home</a></nav><footer>Privacy Policy</footer></body></html>");

        Assert.Equal(0, result.KeptCount);
        Assert.All(result.Explain(), d => Assert.Equal("navigation", d.Filter));
    }

    private static readonly string[] s_teasers =
    [
        "The town council has agreed to spend more on the sea wall next year, after a long debate in which several members said that the money should have been found many years ago.",
        "A new ferry service between the two harbours will start in the spring, the operator said on Monday, and it hopes that the route will bring more visitors to the islands during the summer.",
        "The old lighthouse on the point is to be turned into a museum of the coast, with rooms for the history of the fishing fleet and for the lifeboat crews who have served there.",
    ];

    private static string TeaserList() =>
        "<ul class=\"more-stories\">" + string.Concat(s_teasers.Select((t, i) =>
            $"<li class=\"story-{i + 1} story\"><h3><a href=\"/story/{i + 1}\">Headline number {i + 1} about the coast</a></h3><p>{t}</p></li>")) + "</ul>";

    [Fact]
    public void Apply_HtmlTeaserListAfterTheArticle_DropsItsExcerpts()
    {
        string html = $"""
            <html><body><article>
            <h1>Storm floods coastal towns</h1>
            <div class="story-body">{string.Concat(EnglishParagraphs[..6].Select(p => $"<p>{p}</p>"))}</div>
            <h2>More stories</h2>
            {TeaserList()}
            </article></body></html>
            """;

        CleanResult result = new BoilerplatePipelineBuilder().UseDefaults().Build().ProcessHtml(html);

        Assert.All(s_teasers, t => Assert.Equal(DecisionCode.Teaser, result.Line(t).Code));
        Assert.Equal(EnglishParagraphs[..6], result.KeptLines());
    }

    [Fact]
    public void Apply_HtmlTeaserListWithTheRuleOff_KeepsTheExcerpts()
    {
        string html = $"""
            <html><body><article>
            <div class="story-body">{string.Concat(EnglishParagraphs[..6].Select(p => $"<p>{p}</p>"))}</div>
            {TeaserList()}
            </article></body></html>
            """;
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().UseDefaults().UseMainRegion(new MainRegionOptions { MinTeaserItems = 0 }).Build();

        CleanResult result = pipeline.ProcessHtml(html);

        Assert.All(s_teasers, t => Assert.True(result.Line(t).IsKept));
    }

    [Fact]
    public void Apply_HtmlListingWithoutAnArticle_KeepsItsItems()
    {
        string html = $"<html><body><h1>Latest news from the coast</h1>{TeaserList()}</body></html>";

        CleanResult result = new BoilerplatePipelineBuilder().UseDefaults().Build().ProcessHtml(html);

        Assert.All(s_teasers, t => Assert.True(result.Line(t).IsKept));
    }

    [Fact]
    public void Apply_HtmlImageCaption_IsDropped()
    {
        const string caption = "Volunteers with boats helped the fire service to reach older people in the flooded streets.";
        string html = $"""
            <html><body><article>
            <p>{EnglishParagraphs[0]}</p>
            <figure><img src="boats.jpg"><figcaption>{caption}</figcaption></figure>
            <p>{EnglishParagraphs[1]}</p><p>{EnglishParagraphs[2]}</p>
            </article></body></html>
            """;

        CleanResult result = new BoilerplatePipelineBuilder().UseDefaults().Build().ProcessHtml(html);
        CleanResult kept = new BoilerplatePipelineBuilder().UseDefaults().UseMainRegion(new MainRegionOptions { DropCaptions = false }).Build().ProcessHtml(html);

        Assert.Equal(DecisionCode.Caption, result.Line(caption).Code);
        Assert.Equal(EnglishParagraphs[..3], result.KeptLines());
        Assert.True(kept.Line(caption).IsKept);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Apply_HtmlRelatedArticlesHeading_EndsTheArticleInItsContainer(bool rule)
    {
        string html = $"""
            <html><body><article>
            {string.Concat(EnglishParagraphs[..4].Select(p => $"<p>{p}</p>"))}
            <h3>You may also like...</h3>
            <div class="post"><p>{s_teasers[0]}</p></div>
            <div class="post"><p>{s_teasers[1]}</p></div>
            </article></body></html>
            """;
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().UseDefaults().UseMainRegion(new MainRegionOptions { DropAfterRelatedHeadings = rule }).Build();

        CleanResult result = pipeline.ProcessHtml(html);

        Assert.Equal(rule ? EnglishParagraphs[..4] : [.. EnglishParagraphs[..4], .. s_teasers[..2]], result.KeptLines());
        if (rule)
        {
            Assert.Equal(DecisionCode.RelatedHeading, result.Line(s_teasers[1]).Code);
        }
    }

    [Theory]
    [InlineData("Also in the News")]
    [InlineData("Latest news")]
    [InlineData("More in Science")]
    [InlineData("Up next")]
    public void Apply_HtmlHeadingsThatAnnounceOtherArticles_EndTheArticle(string heading)
    {
        string html = $"""
            <html><body><article>
            {string.Concat(EnglishParagraphs[..4].Select(p => $"<p>{p}</p>"))}
            <h3>{heading}</h3>
            <div class="post"><p>{s_teasers[0]}</p></div>
            <div class="post"><p>{s_teasers[1]}</p></div>
            </article></body></html>
            """;

        CleanResult result = Cleaner.ProcessHtml(html);

        Assert.Equal(EnglishParagraphs[..4], result.KeptLines());
    }

    [Fact]
    public void Apply_HtmlRelatedArticlesHeadingBeforeAnyArticle_KeepsWhatFollows()
    {
        string html = $"""
            <html><body><div class="sidebar-like">
            <h2>Recommended</h2>
            <div><p>{s_teasers[0]}</p></div><div><p>{s_teasers[1]}</p></div><div><p>{s_teasers[2]}</p></div>
            </div></body></html>
            """;

        CleanResult result = new BoilerplatePipelineBuilder().UseDefaults().Build().ProcessHtml(html);

        Assert.Equal(s_teasers, result.KeptLines());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Apply_HtmlAuthorBio_IsDroppedUnlessTurnedOff(bool rule)
    {
        const string bio = "Jane Smith has written about the weather and the sea for the Courier since 2009, and before that she was a forecaster.";
        string html = $"""
            <html><body><article>
            {string.Concat(EnglishParagraphs[..4].Select(p => $"<p>{p}</p>"))}
            <div class="author-bio"><p>{bio}</p></div>
            </article></body></html>
            """;
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().UseDefaults().UseMainRegion(new MainRegionOptions { DropBylines = rule }).Build();

        CleanResult result = pipeline.ProcessHtml(html);

        Assert.Equal(rule ? DecisionCode.Byline : DecisionCode.NearGoodNearContent, result.Line(bio).Code);
        Assert.Equal(rule ? EnglishParagraphs[..4] : [.. EnglishParagraphs[..4], bio], result.KeptLines());
    }
}
