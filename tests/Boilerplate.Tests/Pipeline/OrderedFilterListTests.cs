using Boilerplate.Filters.ContentClassifier;
using Boilerplate.Filters.LineDeduplication;
using Boilerplate.Filters.MainRegion;
using Boilerplate.Filters.Navigation;
using Boilerplate.Filters.Title;

namespace Boilerplate.Tests.Pipeline;

public sealed class OrderedFilterListTests
{
    [Fact]
    public void InsertBefore_ExistingType_PutsTheFilterJustBeforeIt()
    {
        OrderedFilterList filters = Defaults();
        var mine = new NamedFilter("mine");

        filters.InsertBefore<NavigationFilter>(mine);

        Assert.Equal(["title", "site-template", "dedup", "mine", "navigation", "foreign-script", "classifier", "main-region", "fallback"], Names(filters));
    }

    [Fact]
    public void InsertAfter_ExistingType_PutsTheFilterJustAfterIt()
    {
        OrderedFilterList filters = Defaults();

        filters.InsertAfter<ContentClassifierFilter>(new NamedFilter("mine"));

        Assert.Equal(["title", "site-template", "dedup", "navigation", "foreign-script", "classifier", "mine", "main-region", "fallback"], Names(filters));
    }

    [Fact]
    public void InsertAfter_SeveralOfTheType_GoesAfterTheLast()
    {
        var filters = new OrderedFilterList();
        filters.Add(new NamedFilter("a"));
        filters.Add(new TitleFilter());
        filters.Add(new NamedFilter("b"));

        filters.InsertAfter<NamedFilter>(new NamedFilter("c"));
        filters.InsertBefore<NamedFilter>(new NamedFilter("z"));

        Assert.Equal(["title", "z", "a", "b", "c"], Names(filters));
    }

    [Fact]
    public void InsertBeforeOrAfter_MissingType_Throws()
    {
        var filters = new OrderedFilterList();
        filters.Add(new TitleFilter());

        InvalidOperationException before = Assert.Throws<InvalidOperationException>(() => filters.InsertBefore<MainRegionFilter>(new NamedFilter("before")));
        Assert.Throws<InvalidOperationException>(() => filters.InsertAfter<NavigationFilter>(new NamedFilter("after")));

        Assert.Contains("'before' before MainRegionFilter", before.Message, StringComparison.Ordinal);
        Assert.Equal(["title"], Names(filters));
    }

    [Fact]
    public void AddAndUse_PlaceFiltersOfYoursAlike_BeforeTheClassifier_WhateverTheOrderOfCalls()
    {
        var added = new BoilerplatePipelineBuilder();
        added.Filters.Add(new NamedFilter("mine"));
        added.UseDefaults();
        var used = new BoilerplatePipelineBuilder().UseDefaults().Use(new NamedFilter("mine"));

        string[] expected = ["title", "site-template", "dedup", "navigation", "foreign-script", "mine", "classifier", "main-region", "fallback"];
        Assert.Equal(expected, Names(added.Filters));
        Assert.Equal(expected, Names(used.Filters));
    }

    [Fact]
    public void InsertedFilters_KeepTheirPlace_WhenBuiltInsAreAddedOrReplacedLater()
    {
        var builder = new BoilerplatePipelineBuilder().UseTitle().UseNavigation().UseContentClassifier();
        builder.Filters.InsertAfter<NavigationFilter>(new NamedFilter("after-navigation"));
        builder.Filters.InsertBefore<ContentClassifierFilter>(new NamedFilter("before-classifier"));
        builder.Filters.InsertAfter<TitleFilter>(new NamedFilter("after-title"));

        builder.UseDefaults().UseNavigation(new NavigationOptions { MinMenuRun = 6 });

        Assert.Equal(
            ["title", "after-title", "site-template", "dedup", "navigation", "after-navigation", "foreign-script", "before-classifier", "classifier", "main-region", "fallback"],
            Names(builder.Filters));
    }

    [Fact]
    public void UseOrAdd_OfABuiltInFilter_ReplacesItInItsPlace()
    {
        var builder = new BoilerplatePipelineBuilder().UseDefaults();
        var classifier = new ContentClassifierFilter(new ContentClassifierOptions { LengthLow = 60 });
        var title = new TitleFilter();

        builder.Use(classifier);
        builder.Filters.Add(title);

        Assert.Equal(["title", "site-template", "dedup", "navigation", "foreign-script", "classifier", "main-region", "fallback"], Names(builder.Filters));
        Assert.Same(classifier, builder.Filters.Find<ContentClassifierFilter>());
        Assert.Same(title, builder.Filters[0]);
    }

    [Fact]
    public void Add_SameInstanceTwice_AddsItOnce()
    {
        var filters = new OrderedFilterList();
        var mine = new NamedFilter("mine");

        filters.Add(mine);
        filters.Add(mine);

        Assert.Single(filters);
    }

    [Fact]
    public void Find_PresentAndMissingTypes_ReturnsTheFirstOrNull()
    {
        OrderedFilterList filters = Defaults();

        Assert.IsType<NavigationFilter>(filters.Find<NavigationFilter>());
        Assert.Same(filters[3], filters.Find<NavigationFilter>());
        Assert.Null(filters.Find<NamedFilter>());
        Assert.True(filters.Contains<MainRegionFilter>());
        Assert.False(filters.Contains<NamedFilter>());
        Assert.Same(filters[0], filters.Find<BoilerplateFilter>());
    }

    [Fact]
    public void RemoveOfType_RemovesEveryFilterOfTheType()
    {
        var filters = new OrderedFilterList();
        filters.Add(new NamedFilter("a"));
        filters.Add(new TitleFilter());
        filters.Add(new NamedFilter("b"));

        Assert.True(filters.Remove<NamedFilter>());
        Assert.False(filters.Remove<NamedFilter>());
        Assert.Equal(["title"], Names(filters));
    }

    [Fact]
    public void RemoveInstance_RemovesOnlyThatInstance()
    {
        var filters = new OrderedFilterList();
        var a = new NamedFilter("a");
        filters.Add(a);
        filters.Add(new NamedFilter("b"));

        Assert.True(filters.Remove(a));
        Assert.False(filters.Remove(a));
        Assert.Equal(["b"], Names(filters));
    }

    [Fact]
    public void Clear_RemovesEverything()
    {
        OrderedFilterList filters = Defaults();

        filters.Clear();

        Assert.Empty(filters);
    }

    [Fact]
    public void Remove_ThenUseAgain_PutsTheBuiltInBackInItsCanonicalPlace()
    {
        var builder = new BoilerplatePipelineBuilder().UseDefaults();

        builder.Filters.Remove<LineDeduplicationFilter>();
        builder.UseLineDeduplication();

        Assert.Equal(["title", "site-template", "dedup", "navigation", "foreign-script", "classifier", "main-region", "fallback"], Names(builder.Filters));
    }

    [Fact]
    public void InsertBefore_Null_Throws()
    {
        var filters = new OrderedFilterList();

        Assert.Throws<ArgumentNullException>(() => filters.InsertBefore<TitleFilter>(null!));
        Assert.Throws<ArgumentNullException>(() => filters.InsertAfter<TitleFilter>(null!));
        Assert.Throws<ArgumentNullException>(() => filters.Add(null!));
    }

    [Fact]
    public void BuiltPipeline_RunsFiltersInTheListOrder()
    {
        var log = new List<string>();
        var builder = new BoilerplatePipelineBuilder().UseTitle().UseContentClassifier();
        builder.Filters.InsertBefore<TitleFilter>(new NamedFilter("first", log));
        builder.Filters.InsertAfter<TitleFilter>(new NamedFilter("second", log));
        builder.Filters.InsertAfter<ContentClassifierFilter>(new NamedFilter("last", log));

        builder.Build().Process("Storm floods coastal towns");

        Assert.Equal(["first", "second", "last"], log);
    }

    private static OrderedFilterList Defaults() => new BoilerplatePipelineBuilder().UseDefaults().Filters;

    private static string[] Names(IEnumerable<BoilerplateFilter> filters) => filters.Select(f => f.Name).ToArray();

    private sealed class NamedFilter(string name, List<string>? log = null) : BoilerplateFilter(name)
    {
        public override void Apply(PageDocument document) => log?.Add(Name);
    }
}
