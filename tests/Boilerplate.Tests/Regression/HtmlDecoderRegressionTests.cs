using System.Text;

namespace Boilerplate.Tests.Regression;

public sealed partial class HtmlDecoderRegressionTests
{
    [Fact]
    public void ProcessHtml_Utf8ByteOrderMark_IsNotPartOfTheMarkup()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Page(string.Empty))];

        CleanResult result = Cleaner.ProcessHtml(bytes);

        Assert.Equal(Page(string.Empty), result.Document.Markup);
    }


    private static string Page(string meta) =>
        $"<!DOCTYPE html>\n<html><head>{meta}<title>Café owner’s naïve plan costs €300</title></head><body><h1>Café owner’s naïve plan costs €300</h1>{s_body}</body></html>";

    private static readonly string s_body =
        "<p>The owner of the small café on the corner of the market square admitted on Monday that his naïve plan to open on Sundays had cost him more than €300 in the first month alone.</p>"
        + "<p>He said that the café would now close at six in the evening, and that he would spend the money he saved on a new coffee machine and on the façade of the old building.</p>";
}
