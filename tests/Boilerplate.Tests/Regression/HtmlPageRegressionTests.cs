namespace Boilerplate.Tests.Regression;

public sealed partial class HtmlPageRegressionTests
{
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
}
