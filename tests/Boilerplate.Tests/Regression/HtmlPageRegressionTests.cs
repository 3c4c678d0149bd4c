using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Regression;

public sealed partial class HtmlPageRegressionTests
{
    private static readonly BoilerplatePipeline s_title = BuildPipeline(b => b.UseTitle());
    private static readonly BoilerplatePipeline s_navigation = BuildPipeline(b => b.UseNavigation());

    [Fact]
    public void ProcessHtml_HeadNeverClosed_StillYieldsTheArticle()
    {
        string html = """
            <html><head><title>Village fete raises record sum</title>
            <body>
            <h1>Village fete raises record sum</h1>
            <p>The summer fete on the village green raised more than four thousand pounds for the repair of the church roof on Saturday, the largest sum that it has ever made.</p>
            <p>Hundreds of visitors came from the surrounding villages to enjoy the dog show, the tug of war and the cake stall, which sold out before two o'clock in the afternoon.</p>
            </body></html>
            """;

        CleanResult result = Cleaner.ProcessHtml(html);

        Assert.Equal("Village fete raises record sum", result.Title);
        Assert.Equal(2, result.KeptCount);
    }


    private static string Page(string head, string bodyStart) =>
        $"<html><head>{head}</head><body>{bodyStart}<p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></body></html>";

    private static string Page(string meta) =>
        $"<!DOCTYPE html>\n<html><head>{meta}<title>Café owner’s naïve plan costs €300</title></head><body><h1>Café owner’s naïve plan costs €300</h1>{s_body}</body></html>";

    private static readonly string s_body =
        "<p>The owner of the small café on the corner of the market square admitted on Monday that his naïve plan to open on Sundays had cost him more than €300 in the first month alone.</p>"
        + "<p>He said that the café would now close at six in the evening, and that he would spend the money he saved on a new coffee machine and on the façade of the old building.</p>";

}
