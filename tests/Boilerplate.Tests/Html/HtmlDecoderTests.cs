using System.Text;

namespace Boilerplate.Tests.Html;

/// <summary>HTML bytes decoded as a browser does: byte order mark, then the declared charset, then UTF-8 if valid, else windows-1252.</summary>
public sealed class HtmlDecoderTests
{
    private const string Headline = "Café owner’s naïve plan costs €300";

    private static readonly string s_body =
        "<p>The owner of the small café on the corner of the market square admitted on Monday that his naïve plan to open on Sundays had cost him more than €300 in the first month alone.</p>"
        + "<p>He said that the café would now close at six in the evening, and that he would spend the money he saved on a new coffee machine and on the façade of the old building.</p>";

    [Fact]
    public void ProcessHtml_Windows1252BytesWithoutDeclaration_DecodesAccentsAndEuro()
    {
        byte[] bytes = Windows1252(Page(string.Empty));

        CleanResult result = Cleaner.ProcessHtml(bytes);

        AssertDecoded(result);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta charset=windows-1252>")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    [InlineData("<meta charset=\"us-ascii\">")]
    public void ProcessHtml_Windows1252BytesWithALegacyDeclaration_DecodesAccentsAndEuro(string meta)
    {
        CleanResult result = Cleaner.ProcessHtml(Windows1252(Page(meta)));

        AssertDecoded(result);
    }

    [Theory]
    [InlineData("<meta charset=\"utf-8\">")]
    [InlineData("<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html;charset=UTF-8\">")]
    [InlineData("")]
    public void ProcessHtml_Utf8Bytes_DecodesAccentsAndEuro(string meta)
    {
        CleanResult result = Cleaner.ProcessHtml(Encoding.UTF8.GetBytes(Page(meta)));

        AssertDecoded(result);
    }

    [Fact]
    public void ProcessHtml_Utf8BytesDeclaredAsWindows1252_StaysUtf8()
    {
        // Valid UTF-8 with multi-byte letters is never windows-1252 text in practice; read as declared, "é" would become "Ã©".
        CleanResult result = Cleaner.ProcessHtml(Encoding.UTF8.GetBytes(Page("<meta charset=\"windows-1252\">")));

        AssertDecoded(result);
    }

    [Fact]
    public void ProcessHtml_Windows1252BytesDeclaredAsUtf8_FallsBackToWindows1252()
    {
        CleanResult result = Cleaner.ProcessHtml(Windows1252(Page("<meta charset=\"utf-8\">")));

        AssertDecoded(result);
    }

    [Fact]
    public void ProcessHtml_Utf8ByteOrderMark_DecodesUtf8()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Page(string.Empty))];

        CleanResult result = Cleaner.ProcessHtml(bytes);

        AssertDecoded(result);
    }


    [Fact]
    public void ProcessHtml_ByteOrderMarkAndContradictingDeclaration_TheMarkWins()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Page("<meta charset=\"iso-8859-1\">"))];

        AssertDecoded(Cleaner.ProcessHtml(bytes));
    }

    [Fact]
    public void ProcessHtml_Utf16LittleEndianWithMark_Decodes()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Page(string.Empty))];

        AssertDecoded(Cleaner.ProcessHtml(bytes));
    }

    [Fact]
    public void ProcessHtml_Utf16BigEndianWithMark_Decodes()
    {
        byte[] bytes = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Page(string.Empty))];

        AssertDecoded(Cleaner.ProcessHtml(bytes));
    }

    [Fact]
    public void ProcessHtml_DeclaredLegacyEncodingOfAnotherScript_DecodesIt()
    {
        const string russian = "<p>Жители прибрежных городов покинули свои дома ночью, когда вода в реке поднялась быстрее, чем когда-либо за последние двадцать лет.</p>"
            + "<p>Местные власти открыли школьный спортзал в качестве убежища и попросили водителей не пользоваться прибрежной дорогой до тех пор, пока вода не спадёт.</p>";
        string html = $"<html><head><meta charset=\"windows-1251\"><title>Наводнение</title></head><body>{russian}</body></html>";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        CleanResult result = Cleaner.ProcessHtml(Encoding.GetEncoding(1251).GetBytes(html));

        Assert.Contains("Жители прибрежных городов", result.Text, StringComparison.Ordinal);
        Assert.Equal("ru", result.Document.Language);
    }

    [Fact]
    public void ProcessHtml_DeclarationAfterTheFirstKilobytes_IsIgnored()
    {
        string padding = "<!-- " + new string('x', 5000) + " -->";
        byte[] bytes = Windows1252($"<html><head>{padding}<meta charset=\"koi8-r\"><title>{Headline}</title></head><body>{s_body}</body></html>");

        AssertDecoded(Cleaner.ProcessHtml(bytes));
    }

    private static void AssertDecoded(CleanResult result)
    {
        Assert.Equal(Headline, result.Title);
        Assert.Contains("small café on the corner", result.Text, StringComparison.Ordinal);
        Assert.Contains("his naïve plan", result.Text, StringComparison.Ordinal);
        Assert.Contains("more than €300", result.Text, StringComparison.Ordinal);
        Assert.Contains("the façade of the old building", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', result.Text);
    }

    private static string Page(string meta) =>
        $"<!DOCTYPE html>\n<html><head>{meta}<title>{Headline}</title></head><body><h1>{Headline}</h1>{s_body}</body></html>";

    /// <summary>The page's bytes in windows-1252: ASCII as is, and the few letters it uses at their code points.</summary>
    private static byte[] Windows1252(string text) => text.Select(c => c switch
    {
        < '\u0080' => (byte)c,
        'é' => (byte)0xE9,
        'ï' => (byte)0xEF,
        'ç' => (byte)0xE7,
        '€' => (byte)0x80,
        '’' => (byte)0x92,
        _ => throw new ArgumentException($"no windows-1252 byte for {c}"),
    }).ToArray();
}
