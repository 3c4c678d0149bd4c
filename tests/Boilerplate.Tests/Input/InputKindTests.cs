using System.Text;
using Boilerplate.Tests.Support;
using Xunit.Abstractions;

namespace Boilerplate.Tests.Input;

/// <summary>Wrong input does not pass silently: markup given as a dump and binary data are told apart from pages.</summary>
public sealed class InputKindTests(ITestOutputHelper output)
{
    private static readonly string s_html = $"<!DOCTYPE html>\n<html lang=\"en\"><head><title>Storm floods towns</title></head><body><article><h1>Storm floods towns</h1><p>{StormPage.Paragraph}</p></article></body></html>";

    [Theory]
    [InlineData("<!doctype html><p>x</p>", InputKind.Html)]
    [InlineData("  <?xml version=\"1.0\"?>\n<!-- licence -->\n<HTML lang=\"en\">", InputKind.Html)]
    [InlineData("<body>", InputKind.Html)]
    [InlineData("<header>Site</header>\nA line of text", InputKind.TextDump)]
    [InlineData("Home | News\nA dump that quotes <html> later on", InputKind.TextDump)]
    [InlineData("A dump with a stray NUL\0 and a bell\a in it, among many ordinary words of text.", InputKind.TextDump)]
    [InlineData("ISO-2022-JP text switches with escapes: \u001B$B8@\u001B(B and \u001B$B8l\u001B(B, which are not binary.", InputKind.TextDump)]
    [InlineData("", InputKind.TextDump)]
    public void Detect_Text_ReturnsTheKind(string content, InputKind expected)
    {
        Assert.Equal(expected, InputSniffer.Detect(content.AsSpan()));
        Assert.Equal(expected, InputSniffer.Detect(Encoding.UTF8.GetBytes(content)));
    }

    [Fact]
    public void Detect_RandomBytesAndUtf16Html_TellsBinaryFromMarkup()
    {
        byte[] random = RandomBytes(200_000);
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(s_html)];

        Assert.Equal(InputKind.Binary, InputSniffer.Detect(random));
        Assert.Equal(InputKind.Binary, InputSniffer.Detect(Encoding.Latin1.GetString(random).AsSpan()));
        Assert.Equal(InputKind.Html, InputSniffer.Detect(utf16));
    }

    [Fact]
    public void Process_MarkupGivenAsADump_WarnsMarkupInTextDump()
    {
        CleanResult asDump = Cleaner.Process(s_html);
        CleanResult asHtml = Cleaner.ProcessHtml(s_html);

        Assert.True(asDump.Warnings.HasFlag(CleanWarnings.MarkupInTextDump));
        Assert.False(asHtml.Warnings.HasFlag(CleanWarnings.MarkupInTextDump));
        Assert.Equal(StormPage.Paragraph, asHtml.Text);
    }

    [Fact]
    public void ProcessHtml_RandomBytes_WarnsBinaryInput()
    {
        byte[] random = RandomBytes(200_000);

        Assert.True(Cleaner.ProcessHtml(random).Warnings.HasFlag(CleanWarnings.BinaryInput));
        Assert.True(Cleaner.Process(Encoding.UTF8.GetString(random)).Warnings.HasFlag(CleanWarnings.BinaryInput));
        Assert.Equal(CleanWarnings.None, Cleaner.ProcessHtml(s_html).Warnings);
    }

    [Theory]
    [InlineData(InputKind.Unknown)]
    [InlineData(InputKind.TextDump)]
    [InlineData(InputKind.Html)]
    public void ProcessContent_RandomBytes_ThrowsUnexpectedInputKind(InputKind declared)
    {
        var error = Assert.Throws<UnexpectedInputKindException>(() => Cleaner.ProcessContent(RandomBytes(200_000), declared));

        Assert.Equal(declared, error.Declared);
        Assert.Equal(InputKind.Binary, error.Detected);
        Assert.Contains("binary data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessContent_Detected_MatchesTheCallForThatKind()
    {
        byte[] html = Encoding.UTF8.GetBytes(s_html);
        string dump = "Storm floods towns | News\nHome\n" + StormPage.Paragraph + "\n" + StormPage.Paragraph.Replace("coastal", "northern", StringComparison.Ordinal);
        byte[] dumpBytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(dump)];

        CleanResult detectedHtml = Cleaner.ProcessContent(html);
        CleanResult detectedDump = Cleaner.ProcessContent(dumpBytes);
        CleanResult declaredDump = Cleaner.ProcessContent(html, InputKind.TextDump);

        Assert.Equal(Cleaner.ProcessHtml(html).Text, detectedHtml.Text);
        Assert.NotNull(detectedHtml.Document.Markup);
        Assert.Equal(Cleaner.Process(dump).Text, detectedDump.Text);
        Assert.True(declaredDump.Warnings.HasFlag(CleanWarnings.MarkupInTextDump));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cleaner.ProcessContent(html, InputKind.Binary));
    }

    [Fact]
    public void Detect_EvaluationPages_NeverBinaryAndDumpsNeverMarkup()
    {
        // Without the corpus: the sample and the test pages, not the fuzzers' crash inputs, which are hostile bytes by design.
        string? eval = RepositoryFolders.Eval(output, "the sample and test pages beside the test binaries");
        string root = eval ?? AppContext.BaseDirectory;
        int pages = 0;
        foreach (string path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            bool dump = path.EndsWith(".txt", StringComparison.Ordinal) && (eval is null || path.Contains($"{Path.DirectorySeparatorChar}dump{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
            bool html = path.EndsWith(".html", StringComparison.Ordinal);
            bool fuzzInput = path.Contains($"{Path.DirectorySeparatorChar}FuzzCrashes{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
            if ((!dump && !html) || fuzzInput)
            {
                continue;
            }

            InputKind kind = InputSniffer.Detect(File.ReadAllBytes(path));
            Assert.True(kind != InputKind.Binary, $"{path} was taken for binary data");
            Assert.True(!dump || kind == InputKind.TextDump, $"{path} is a dump but was taken for {kind}");
            pages++;
        }

        output.WriteLine($"{pages} pages sniffed under {root}");
        Assert.True(pages > 0);
    }

    private static byte[] RandomBytes(int length)
    {
        byte[] bytes = new byte[length];
        new Random(18).NextBytes(bytes);
        return bytes;
    }
}
