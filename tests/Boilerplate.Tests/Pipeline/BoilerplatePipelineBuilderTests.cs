using Boilerplate.Filters.Fallback;
using Boilerplate.Filters.ContentClassifier;
using Boilerplate.Filters.ForeignScript;
using Boilerplate.Filters.LineDeduplication;
using Boilerplate.Filters.MainRegion;
using Boilerplate.Filters.Navigation;
using Boilerplate.Filters.SiteTemplates;
using Boilerplate.Filters.Title;
using Boilerplate.Tests.Support;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Pipeline;

public sealed class BoilerplatePipelineBuilderTests
{
    private static readonly Type[] s_canonical =
    [
        typeof(TitleFilter), typeof(SiteTemplateFilter), typeof(LineDeduplicationFilter), typeof(NavigationFilter), typeof(ForeignScriptFilter),
        typeof(ContentClassifierFilter), typeof(MainRegionFilter), typeof(EmptyArticleFilter),
    ];

    private static readonly Dictionary<string, Func<BoilerplatePipelineBuilder, BoilerplatePipelineBuilder>> s_uses = new()
    {
        ["title"] = b => b.UseTitle(),
        ["site-template"] = b => b.UseSiteTemplate(),
        ["dedup"] = b => b.UseLineDeduplication(),
        ["navigation"] = b => b.UseNavigation(),
        ["foreign-script"] = b => b.UseForeignScript(),
        ["classifier"] = b => b.UseContentClassifier(),
        ["main-region"] = b => b.UseMainRegion(),
        ["fallback"] = b => b.UseEmptyArticleFallback(),
    };

    [Theory]
    [InlineData("title,site-template,dedup,navigation,foreign-script,classifier,main-region,fallback")]
    [InlineData("fallback,main-region,classifier,foreign-script,navigation,dedup,site-template,title")]
    [InlineData("classifier,title,main-region,fallback,navigation,dedup,foreign-script,site-template")]
    [InlineData("site-template,foreign-script,main-region,dedup,classifier,fallback,title,navigation")]
    [InlineData("navigation,foreign-script,fallback,title,main-region,site-template,classifier,dedup")]
    public void UseXxx_AnyCallOrder_GivesTheCanonicalOrder(string order)
    {
        var builder = new BoilerplatePipelineBuilder();
        foreach (string name in order.Split(','))
        {
            s_uses[name](builder);
        }

        BoilerplatePipeline pipeline = builder.Build();

        Assert.Equal(s_canonical, pipeline.Filters.Select(f => f.GetType()));
        Assert.Equal(["title", "site-template", "dedup", "navigation", "foreign-script", "classifier", "main-region", "fallback"], pipeline.Filters.Select(f => f.Name));
    }

    [Theory]
    [InlineData("main-region,title")]
    [InlineData("classifier,dedup")]
    [InlineData("foreign-script,navigation,title")]
    public void UseXxx_SubsetInAnyOrder_KeepsTheirRelativeCanonicalOrder(string order)
    {
        var builder = new BoilerplatePipelineBuilder();
        foreach (string name in order.Split(','))
        {
            s_uses[name](builder);
        }

        Type[] types = builder.Build().Filters.Select(f => f.GetType()).ToArray();

        Assert.Equal(types.OrderBy(t => Array.IndexOf(s_canonical, t)), types);
    }

    [Fact]
    public void UseDefaults_AddsEveryBuiltInFilterOnce()
    {
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().UseDefaults().UseDefaults().Build();

        Assert.Equal(s_canonical, pipeline.Filters.Select(f => f.GetType()));
    }

    [Fact]
    public void UseXxx_CalledTwice_KeepsOneFilterAtTheSamePlaceWithTheLastOptions()
    {
        var builder = new BoilerplatePipelineBuilder().UseDefaults();
        NavigationFilter first = builder.Filters.Find<NavigationFilter>()!;

        builder.UseNavigation(new NavigationOptions { MinMenuRun = 2 });

        NavigationFilter second = builder.Filters.Find<NavigationFilter>()!;
        Assert.NotSame(first, second);
        Assert.Equal(8, builder.Filters.Count);
        Assert.Equal(3, builder.Filters.ToList().IndexOf(second));

        // The replacement's options are in force: two short lines now make a menu.
        CleanResult result = builder.Build().Process(Dump(EnglishParagraphs[0], "World", "Business", EnglishParagraphs[1], EnglishParagraphs[2]));
        Assert.Equal(DecisionCode.MenuRun, result.Line("World").Code);
    }

    [Fact]
    public void UseXxx_InvalidOptionsReplacedByValidOnes_Builds()
    {
        var builder = new BoilerplatePipelineBuilder()
            .UseTitle(new TitleOptions { MaxTitleWords = 0 })
            .UseTitle(new TitleOptions { MaxTitleWords = 5 });

        Assert.Single(builder.Build().Filters);
    }

    [Fact]
    public void UseXxx_ValidOptionsReplacedByInvalidOnes_Throws()
    {
        var builder = new BoilerplatePipelineBuilder()
            .UseTitle(new TitleOptions { MaxTitleWords = 5 })
            .UseTitle(new TitleOptions { MaxTitleWords = 0 });

        Assert.Throws<ArgumentException>(builder.Build);
    }

    [Fact]
    public void Build_InvalidOptionsOfSeveralFilters_ListsThemAllInFilterOrder()
    {
        var builder = new BoilerplatePipelineBuilder()
            .UseMainRegion(new MainRegionOptions { MaxGapWords = -1 })
            .UseTitle(new TitleOptions { MaxTitleWords = 0 });
        builder.Limits.MaxHtmlDepth = 1;

        OptionsAssert.BuildFails(
            builder,
            "- PipelineLimits.MaxHtmlDepth must be at least 8 (was 1).",
            "- TitleOptions.MaxTitleWords must be at least 1 (was 0).",
            "- MainRegionOptions.MaxGapWords must be at least 0 (was -1).");
    }

    [Fact]
    public void Use_UserFilter_RunsAfterTheRuleFiltersAndBeforeTheClassifier()
    {
        var user = new DropLinesStartingWith("Advertisement");

        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().UseDefaults().Use(user).Build();

        Assert.Equal(
            [typeof(TitleFilter), typeof(SiteTemplateFilter), typeof(LineDeduplicationFilter), typeof(NavigationFilter), typeof(ForeignScriptFilter), typeof(DropLinesStartingWith),
             typeof(ContentClassifierFilter), typeof(MainRegionFilter), typeof(EmptyArticleFilter)],
            pipeline.Filters.Select(f => f.GetType()));
    }

    [Fact]
    public void Use_UserFilterAddedBeforeTheBuiltIns_StillRunsJustBeforeTheClassifier()
    {
        var user = new DropLinesStartingWith("Advertisement");

        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().Use(user).UseDefaults().Build();

        Type[] types = pipeline.Filters.Select(f => f.GetType()).ToArray();
        Assert.Equal(Array.IndexOf(types, typeof(ContentClassifierFilter)) - 1, Array.IndexOf(types, typeof(DropLinesStartingWith)));
        Assert.True(Array.IndexOf(types, typeof(DropLinesStartingWith)) > Array.IndexOf(types, typeof(ForeignScriptFilter)));
    }

    [Fact]
    public void Use_UserFiltersAddedBeforeAndBetweenBuiltIns_KeepTheirOrderBeforeTheClassifier()
    {
        var first = new DropLinesStartingWith("Advertisement");
        var second = new DropLinesStartingWith("Sponsored");

        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().Use(first).UseMainRegion().UseContentClassifier().Use(second).UseTitle().UseNavigation().Build();

        Assert.Equal(["title", "navigation", "starts-with", "starts-with", "classifier", "main-region"], pipeline.Filters.Select(f => f.Name));
        Assert.Same(first, pipeline.Filters[2]);
        Assert.Same(second, pipeline.Filters[3]);
    }

    [Fact]
    public void Use_SeveralUserFilters_RunInTheOrderAdded()
    {
        var first = new DropLinesStartingWith("Advertisement");
        var second = new DropLinesStartingWith("Sponsored");

        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().UseDefaults().Use(first).Use(second).Build();

        Assert.Equal(5, pipeline.Filters.ToList().IndexOf(first));
        Assert.Equal(6, pipeline.Filters.ToList().IndexOf(second));
    }

    [Fact]
    public void Use_UserFilterDrops_CountAsBoilerplateContextForTheClassifier()
    {
        const string caption = "Photo: Reuters";
        const string advert = "Advertisement: the new Harbour Hotel is open for the season, with rooms from only forty pounds a night and a free breakfast for every guest who books this week.";
        string page = Dump(EnglishParagraphs[0], EnglishParagraphs[1], caption, advert, EnglishParagraphs[2], EnglishParagraphs[3]);

        CleanResult without = new BoilerplatePipelineBuilder().UseContentClassifier().Build().Process(page);
        CleanResult with = new BoilerplatePipelineBuilder().UseContentClassifier().Use(new DropLinesStartingWith("Advertisement")).Build().Process(page);

        Assert.True(without.Line(caption).IsKept);
        Assert.True(without.Line(advert).IsKept);
        Assert.Equal("starts-with", with.Line(advert).Filter);
        Assert.Equal("starts with 'Advertisement'", with.Line(advert).Reason);
        Assert.Equal(DecisionCode.ShortAmongBoilerplate, with.Line(caption).Code);
    }

    [Fact]
    public void Use_SameInstanceTwice_AddsItOnce()
    {
        var user = new DropLinesStartingWith("Advertisement");

        var builder = new BoilerplatePipelineBuilder().UseDefaults().Use(user).Use(user);

        Assert.Single(builder.Filters, f => ReferenceEquals(f, user));
        Assert.Equal(9, builder.Build().Filters.Count);
    }

    [Fact]
    public void Use_TwoInstancesOfOneType_AddsBoth()
    {
        var builder = new BoilerplatePipelineBuilder().Use(new DropLinesStartingWith("Advertisement")).Use(new DropLinesStartingWith("Sponsored"));

        Assert.Equal(2, builder.Filters.Count);
    }

    [Fact]
    public void Use_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new BoilerplatePipelineBuilder().Use(null!));
    }

    [Fact]
    public void UseXxx_NullBuilder_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => BoilerplatePipelineBuilderExtensions.UseTitle(null!));
    }

    [Fact]
    public void Build_BuilderChangedAfterwards_PipelineIsUnchanged()
    {
        var builder = new BoilerplatePipelineBuilder().UseDefaults();
        BoilerplatePipeline pipeline = builder.Build();

        builder.Filters.Remove<NavigationFilter>();
        builder.Use(new DropLinesStartingWith("Advertisement"));
        builder.Limits.MaxInputChars = 10;

        Assert.Equal(s_canonical, pipeline.Filters.Select(f => f.GetType()));
        Assert.NotEmpty(pipeline.Clean(Dump(EnglishParagraphs[..3])));
    }

    [Fact]
    public void Build_NoFilters_KeepsEveryLine()
    {
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().Build();

        CleanResult result = pipeline.Process(Dump("Home", "  Egypt Today  ", string.Empty, EnglishParagraphs[0]));

        Assert.Equal(Dump("Home", "Egypt Today", EnglishParagraphs[0]), result.Text);
        Assert.Null(result.Title);
        Assert.All(result.Explain(), d => Assert.Equal(BlockLabel.Undecided, d.Label));
    }

    [Fact]
    public void Build_CustomFilterAlone_DropsWhatItDrops()
    {
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().Use(new DropLinesStartingWith("Advertisement")).Build();

        Assert.Equal(EnglishParagraphs[0], pipeline.Clean(Dump("Advertisement", EnglishParagraphs[0], "ADVERTISEMENT: buy now")));
    }

    [Fact]
    public void Process_Explain_LineNumbersPointIntoTheSource()
    {
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().UseDefaults().Build();
        string page = Dump("Storm floods coastal towns | Courier", string.Empty, "Home", string.Empty, string.Empty, EnglishParagraphs[0], EnglishParagraphs[1]);

        BlockDecision[] decisions = pipeline.Process(page).Explain().ToArray();

        string[] lines = page.Split('\n');
        Assert.All(decisions, d => Assert.Equal(lines[d.LineNumber - 1].Trim(), d.Text));
        Assert.Equal([1, 3, 6, 7], decisions.Select(d => d.LineNumber));
        Assert.Equal([0, 1, 2, 3], decisions.Select(d => d.Index));
    }

    private sealed class DropLinesStartingWith(string prefix) : BoilerplateFilter("starts-with")
    {
        public override void Apply(PageDocument document)
        {
            for (int i = 0; i < document.Count; i++)
            {
                if (document.GetText(i).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    document.Drop(i, Name, $"starts with '{prefix}'");
                }
            }
        }
    }
}
