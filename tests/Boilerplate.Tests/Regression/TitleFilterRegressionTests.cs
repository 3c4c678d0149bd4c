using Boilerplate.Tests.Support;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Regression;

public sealed partial class TitleFilterRegressionTests
{
    private static readonly BoilerplatePipeline s_title = BuildPipeline(b => b.UseTitle());

    [Fact]
    public void Apply_LowerCaseBodyCopyOfACasedPageTitle_ReportsTheCasedForm()
    {
        CleanResult result = s_title.Process(Dump(
            "Storm Floods Coastal Towns | The Daily Courier",
            "storm floods coastal towns",
            EnglishParagraphs[0]));

        Assert.Equal("Storm Floods Coastal Towns", result.Title);
        Assert.Equal(BlockLabel.Title, result.Line("storm floods coastal towns").Label);
    }

    [Fact]
    public void Apply_HtmlH1IsTheSiteLogo_ReportsTheOpenGraphTitle()
    {
        CleanResult result = s_title.ProcessHtml(HtmlPage(
            "<title>Storm floods coastal towns | The Daily Courier</title><meta property=\"og:title\" content=\"Storm floods coastal towns\">",
            "<h1>The Daily Courier</h1><h2>Storm floods coastal towns</h2>"));

        Assert.Equal("Storm floods coastal towns", result.Title);
        Assert.Equal(BlockLabel.Title, result.Line("Storm floods coastal towns").Label);
        Assert.True(result.Line("The Daily Courier").IsKept);
    }
}
