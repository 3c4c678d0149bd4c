using System.Text;
using System.Text.Json;
using Boilerplate.Input;

namespace Boilerplate.Tests.Cli;

/// <summary><c>boilerplate clean</c> on HTML: told by extension or content, forced by --html/--text, and --format.</summary>
public sealed class CleanHtmlTests
{
    private const string Title = "Lighthouse keepers of the northern coast";

    /// <summary>A small page with navigation, an article and a footer; windows-1252 bytes as declared (the é of "café").</summary>
    internal static readonly byte[] Page = Encoding.Latin1.GetBytes($$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="windows-1252"><title>{{Title}}</title></head>
        <body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About us</a></li></ul></nav>
        <article>
        <h1>{{Title}}</h1>
        <p>For more than a century the keepers of the northern lighthouses lived through winters that cut them off from the mainland for months at a time.</p>
        <p>Their logbooks, now kept in the harbour museum, record storms, shipwrecks and the daily routine of trimming wicks and polishing the great lenses.</p>
        <h2>A life of routine</h2>
        <p>Every evening at dusk the lamp was lit, and every morning the keeper wrote the weather and the passing ships into the book before breakfast at the café.</p>
        <ul><li>Trim the wick at midnight.</li><li>Wind the clockwork every four hours.</li></ul>
        </article>
        <footer><p>Copyright 2024 Coastal Heritage Trust. All rights reserved.</p><p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p></footer>
        </body></html>
        """);

    private static readonly string s_expected = Expected(Cleaner.ProcessHtml(Page));

    [Theory]
    [InlineData("page.html")]
    [InlineData("page.HTM")]
    [InlineData("page.xhtml")]
    [InlineData("page.dat")]
    public void Clean_HtmlFile_IsCleanedAsHtml(string name)
    {
        using var temp = new TempDirectory();
        string path = temp.Combine(name);
        File.WriteAllBytes(path, Page);

        CliRun run = CliRun.Invoke("clean", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(s_expected, run.Out);
        Assert.StartsWith(Title + "\n\nFor more than a century", run.Out, StringComparison.Ordinal);
        Assert.Contains("at the café.", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_HtmlOnStdin_IsSniffedAndDecodedByItsCharset()
    {
        CliRun run = CliRun.InvokeWithBytes(Page, "clean");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(s_expected, run.Out);
    }

    [Fact]
    public void Clean_HtmlOnATextReader_IsSniffedToo()
    {
        CliRun run = CliRun.InvokeWithInput(Encoding.Latin1.GetString(Page).Replace("windows-1252", "utf-8", StringComparison.Ordinal), "clean", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(s_expected, run.Out);
    }

    [Fact]
    public void Clean_TextDumpOnStdinAndUnknownExtension_StaysText()
    {
        using var temp = new TempDirectory();
        string path = temp.Combine("page.dump");
        File.Copy(CliRun.SamplePath, path);
        string expected = CliRun.Invoke("clean", CliRun.SamplePath).Out;

        Assert.Equal(expected, CliRun.Invoke("clean", path).Out);
        Assert.Equal(expected, CliRun.InvokeWithBytes(File.ReadAllBytes(CliRun.SamplePath), "clean").Out);
    }

    [Fact]
    public void Clean_ForcedKinds_OverrideExtensionAndContent()
    {
        using var temp = new TempDirectory();
        string html = temp.Combine("page.txt");
        File.WriteAllBytes(html, Page);
        string dump = temp.Combine("dump.html");
        File.Copy(CliRun.SamplePath, dump);

        Assert.Equal(s_expected, CliRun.Invoke("clean", "--html", html).Out);
        Assert.Equal(CliRun.Invoke("clean", CliRun.SamplePath).Out, CliRun.Invoke("clean", dump, "--text").Out);
        Assert.Contains("<p>", CliRun.InvokeWithBytes(Page, "clean", "--text", "--explain").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_FormatMarkdown_KeepsHeadingsAndLists()
    {
        using var temp = new TempDirectory();
        string path = temp.Combine("page.html");
        File.WriteAllBytes(path, Page);

        CliRun run = CliRun.Invoke("clean", path, "--format", "markdown");
        CliRun noTitle = CliRun.Invoke("clean", path, "--format=markdown", "--no-title");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Cleaner.ProcessHtml(Page).ToMarkdown().TrimEnd('\n') + "\n", run.Out);
        Assert.StartsWith($"# {Title}\n", run.Out, StringComparison.Ordinal);
        Assert.Equal(run.Out[$"# {Title}\n\n".Length..], noTitle.Out);
    }

    [Fact]
    public void Clean_FormatJson_IsTheSameAsJson()
    {
        using var temp = new TempDirectory();
        string path = temp.Combine("page.html");
        File.WriteAllBytes(path, Page);

        CliRun json = CliRun.Invoke("clean", path, "--json");

        Assert.Equal(json.Out, CliRun.Invoke("clean", path, "--format", "json").Out);
        Assert.Equal(json.Out, CliRun.Invoke("clean", path, "--format", "json", "--json").Out);
        using JsonDocument document = JsonDocument.Parse(json.Out);
        Assert.Equal(Title, document.RootElement.GetProperty("title").GetString());
        Assert.Equal(CliRun.Invoke("clean", CliRun.SamplePath, "--json").Out, CliRun.Invoke("clean", CliRun.SamplePath, "--format", "json").Out);
    }

    [Fact]
    public void Clean_FormatHtml_PrintsToHtml()
    {
        using var temp = new TempDirectory();
        string path = temp.Combine("page.html");
        File.WriteAllBytes(path, Page);

        CliRun run = CliRun.Invoke("clean", path, "--format", "html");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Cleaner.ProcessHtml(Page).ToHtml(), run.Out);
        Assert.Contains("<h2>A life of routine</h2>\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("<ul>\n<li>Trim the wick at midnight.</li>\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_Json_HasTheMetadataObject()
    {
        using var temp = new TempDirectory();
        string path = temp.Combine("page.html");
        File.WriteAllBytes(path, Page);

        using JsonDocument document = JsonDocument.Parse(CliRun.Invoke("clean", path, "--json").Out);
        JsonElement metadata = document.RootElement.GetProperty("metadata");

        Assert.Equal(
            ["title", "authors", "datePublished", "dateModified", "siteName", "description", "canonicalUrl", "language", "image", "categories", "tags", "license", "pageType"],
            metadata.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Title, metadata.GetProperty("title").GetString());
        Assert.Equal("en", metadata.GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("canonicalUrl").ValueKind);
        Assert.Equal(0, metadata.GetProperty("authors").GetArrayLength());
        Assert.Equal(["title", "text", "language", "keptCount", "removedCount", "metadata", "removed"], document.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("clean", "--html", "--text")]
    [InlineData("clean", "--format", "xml")]
    [InlineData("clean", "--format")]
    [InlineData("clean", "--json", "--format", "text")]
    [InlineData("clean", "--explain", "--format", "markdown")]
    [InlineData("clean", "--explain", "--json")]
    public void Clean_ConflictingOptions_AreUsageErrors(params string[] args)
    {
        CliRun run = CliRun.Invoke(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("boilerplate clean --help", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html>", true)]
    [InlineData("  \n<!doctype HTML>", true)]
    [InlineData("<html>", true)]
    [InlineData("<HTML lang=en>", true)]
    [InlineData("<head><title>x</title>", true)]
    [InlineData("<body>", true)]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">", true)]
    [InlineData("<!-- saved from url=(0014)about:internet -->\n<html>", true)]
    [InlineData("\uFEFF<!doctype html>", true)]
    [InlineData("<header>not a page</header>", false)]
    [InlineData("<bodyguard>", false)]
    [InlineData("Home\nNews\n<p> is a paragraph tag", false)]
    [InlineData("", false)]
    [InlineData("<!-- unterminated comment", false)]
    public void Sniffer_TellsHtmlByItsOpening(string content, bool isHtml)
    {
        Assert.Equal(isHtml, HtmlSniffer.LooksLikeHtml(content));
        Assert.Equal(isHtml, HtmlSniffer.LooksLikeHtml(Encoding.UTF8.GetBytes(content)));
        Assert.Equal(isHtml, HtmlSniffer.LooksLikeHtml(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(content.TrimStart('\uFEFF'))).ToArray()));
    }

    private static string Expected(CleanResult result) => result.Title + "\n\n" + result.Text + "\n";
}
