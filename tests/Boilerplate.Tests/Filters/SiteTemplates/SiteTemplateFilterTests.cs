using Boilerplate.Filters.SiteTemplates;
using Boilerplate.Tests.Sites;

namespace Boilerplate.Tests.Filters.SiteTemplates;

public sealed class SiteTemplateFilterTests
{
    private static readonly BoilerplatePipeline s_pipeline = Cleaner.DefaultPipeline;

    [Fact]
    public void Process_TemplateOfFivePages_DropsTheSiteLinesWithTheirPageCount()
    {
        SiteTemplate template = SiteTemplate.LearnText(Enumerable.Range(0, 5).Select(SitePages.Dump));
        string page = SitePages.Dump(2);

        CleanResult alone = s_pipeline.Process(page);
        CleanResult withSite = s_pipeline.Process(page, template);

        // On its own the page keeps the pitch and the footer: they read as prose.
        Assert.Contains(SitePages.Pitch, alone.Text, StringComparison.Ordinal);
        Assert.Contains(SitePages.Footer, alone.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(SitePages.Pitch, withSite.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(SitePages.Footer, withSite.Text, StringComparison.Ordinal);
        BlockDecision pitch = withSite.Explain().Single(d => d.Text == SitePages.Pitch);
        Assert.Equal(SiteTemplateFilter.FilterName, pitch.Filter);
        Assert.Equal("on 5 of 5 pages of the site", pitch.Reason);
        Assert.Contains("after a long consultation with residents number 2.", withSite.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_RepeatedLineInsideTheArticle_IsKept()
    {
        SiteTemplate template = SiteTemplate.LearnText(Enumerable.Range(0, 5).Select(SitePages.Dump));

        CleanResult result = s_pipeline.Process(SitePages.Dump(3), template);

        Assert.Contains(SitePages.Disclaimer, result.Text, StringComparison.Ordinal);
        Assert.Equal(5, template.PagesHolding(result.Document, result.Explain().ToList().FindIndex(d => d.Text == SitePages.Disclaimer)));
    }

    [Fact]
    public void Process_RepeatedLineInsideTheArticleWithoutKeepInsideArticle_IsDropped()
    {
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().UseDefaults().UseSiteTemplate(new SiteTemplateOptions { KeepInsideArticle = false }).Build();
        SiteTemplate template = SiteTemplate.LearnText(Enumerable.Range(0, 5).Select(SitePages.Dump));

        CleanResult result = pipeline.Process(SitePages.Dump(3), template);

        Assert.DoesNotContain(SitePages.Disclaimer, result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Process_TemplateUnderThePageMinimum_ChangesNothing(int pages)
    {
        SiteTemplate template = SiteTemplate.LearnText(Enumerable.Range(0, pages).Select(SitePages.Dump));
        string page = SitePages.Dump(1);

        CleanResult alone = s_pipeline.Process(page);
        CleanResult withSite = s_pipeline.Process(page, template);

        Assert.Equal(alone.Text, withSite.Text);
        Assert.Equal(alone.Explain().Select(d => (d.IsKept, d.Filter, d.Reason)), withSite.Explain().Select(d => (d.IsKept, d.Filter, d.Reason)));
    }

    [Fact]
    public void Process_PageThatIsACopyOfOthers_KeepsItsArticle()
    {
        // Three copies of one story: every line recurs, so nothing tells the article from the furniture.
        SiteTemplate template = SiteTemplate.LearnText([SitePages.Dump(1), SitePages.Dump(1), SitePages.Dump(1)]);

        CleanResult result = s_pipeline.Process(SitePages.Dump(1), template);

        Assert.Equal(s_pipeline.Process(SitePages.Dump(1)).Text, result.Text);
    }

    [Fact]
    public void ProcessHtml_LineRecurringElsewhereButInThisPagesArticle_IsKeptByPlace()
    {
        // The footer paragraph sits in div.support on every page; on page 4 it is also quoted inside the story.
        string quoted = $"<p>{SitePages.Footer}</p>";
        string[] pages = [.. Enumerable.Range(0, 4).Select(n => SitePages.Html(n)), SitePages.Html(4, quoted)];
        SiteTemplate template = SiteTemplate.LearnHtml(pages);

        CleanResult result = s_pipeline.ProcessHtml(pages[4], template);

        Assert.Equal(5, template.HtmlPageCount);
        List<BlockDecision> footers = result.Explain().Where(d => d.Text == SitePages.Footer).ToList();
        Assert.Equal(2, footers.Count);
        Assert.True(footers[0].IsKept, $"{footers[0].Filter}: {footers[0].Reason}");
        Assert.False(footers[1].IsKept);
        Assert.Equal(SiteTemplateFilter.FilterName, footers[1].Filter);
        Assert.DoesNotContain(SitePages.Pitch, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_SharedTemplateFromManyThreads_GivesTheSameResults()
    {
        SiteTemplate template = SiteTemplate.LearnText(Enumerable.Range(0, 6).Select(SitePages.Dump));
        string[] expected = [.. Enumerable.Range(0, 6).Select(n => s_pipeline.Process(SitePages.Dump(n), template).Text)];

        string[] actual = new string[600];
        Parallel.For(0, actual.Length, i => actual[i] = s_pipeline.Process(SitePages.Dump(i % 6), template).Text);

        for (int i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % 6], actual[i]);
        }
    }
}
