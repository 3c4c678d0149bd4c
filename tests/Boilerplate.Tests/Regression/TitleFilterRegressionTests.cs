using Boilerplate.Tests.Support;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Regression;

public sealed partial class TitleFilterRegressionTests
{
    private static readonly BoilerplatePipeline s_title = BuildPipeline(b => b.UseTitle());
    private static readonly BoilerplatePipeline s_navigation = BuildPipeline(b => b.UseNavigation());

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
        CleanResult result = s_title.ProcessHtml(Page(
            "<title>Storm floods coastal towns | The Daily Courier</title><meta property=\"og:title\" content=\"Storm floods coastal towns\">",
            "<h1>The Daily Courier</h1><h2>Storm floods coastal towns</h2>"));

        Assert.Equal("Storm floods coastal towns", result.Title);
        Assert.Equal(BlockLabel.Title, result.Line("Storm floods coastal towns").Label);
        Assert.True(result.Line("The Daily Courier").IsKept);
    }


    private static string Page(string head, string bodyStart) =>
        $"<html><head>{head}</head><body>{bodyStart}<p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></body></html>";

    private static string Page(string meta) =>
        $"<!DOCTYPE html>\n<html><head>{meta}<title>Café owner’s naïve plan costs €300</title></head><body><h1>Café owner’s naïve plan costs €300</h1>{s_body}</body></html>";

    private static readonly string s_body =
        "<p>The owner of the small café on the corner of the market square admitted on Monday that his naïve plan to open on Sundays had cost him more than €300 in the first month alone.</p>"
        + "<p>He said that the café would now close at six in the evening, and that he would spend the money he saved on a new coffee machine and on the façade of the old building.</p>";

}
