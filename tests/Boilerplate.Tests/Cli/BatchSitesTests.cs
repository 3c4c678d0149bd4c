using System.Text.Json;
using Boilerplate.Filters.SiteTemplates;
using Boilerplate.Tests.Sites;

namespace Boilerplate.Tests.Cli;

/// <summary><c>batch --sites</c>, <c>learn</c> and <c>batch --templates</c>: records grouped by host, learnt, cleaned in input order.</summary>
public sealed class BatchSitesTests
{
    /// <summary>Written by wget 1.21 fetching five pages of one hand-made site from python3 -m http.server (Data/make-site-warc.sh).</summary>
    private static readonly string s_siteWarc = Path.Combine(AppContext.BaseDirectory, "Cli", "Data", "site.warc.gz");

    private const string Footer = "You can support our independent local reporting by becoming a member of the Harbour Gazette today.";

    [Fact]
    public void Sites_JsonLinesOfTwoHostsAndAStraggler_DropsTemplateLinesOnlyOnSitesOfThreePagesOrMore()
    {
        // Five pages of one host (with and without www., upper case), two of another, one without a URL.
        string[] urls = ["https://gazette.example/a", "https://WWW.Gazette.example/b", "https://gazette.example/c", "http://www.gazette.example/d", "https://gazette.example/e", "https://small.example/1", "https://small.example/2", "not a url"];
        string input = string.Concat(urls.Select((url, n) => JsonSerializer.Serialize(new { id = $"p{n}", url, text = SitePages.Dump(n), extra = n }) + "\n"));

        CliRun run = CliRun.InvokeWithInput(input, "batch", "--sites", "--input", "-", "--output", "-", "--explain");

        Assert.Equal(0, run.ExitCode);
        List<JsonElement> records = BatchData.JsonLines(run.Out);
        Assert.Equal(urls.Length, records.Count);
        for (int n = 0; n < urls.Length; n++)
        {
            JsonElement record = records[n];
            Assert.Equal($"p{n}", record.String("id"));
            Assert.Equal(n, record.GetProperty("extra").GetInt32());
            string text = record.String("text");
            if (n < 5)
            {
                Assert.DoesNotContain(SitePages.Pitch, text, StringComparison.Ordinal);
                Assert.Contains(SitePages.Disclaimer, text, StringComparison.Ordinal);
                JsonElement removed = record.GetProperty("removed").EnumerateArray().Single(r => r.String("text") == SitePages.Pitch);
                Assert.Equal(SiteTemplateFilter.FilterName, removed.String("filter"));
                Assert.Equal("on 5 of 5 pages of the site", removed.String("reason"));
                Assert.Equal(nameof(DecisionCode.SiteTemplateRepeat), removed.String("code"));
                Assert.Equal(nameof(DecisionKind.Template), removed.String("kind"));
            }
            else
            {
                Assert.Equal(Cleaner.Process(SitePages.Dump(n)).Text, text);
            }
        }
    }

    [Fact]
    public void Sites_HostComingBack_StartsANewWindowLearntOnItsOwn()
    {
        // Three pages of a host, one of another, then three more of the first: two windows of three pages each.
        string[] hosts = ["a.example", "a.example", "a.example", "b.example", "a.example", "a.example", "a.example"];
        string input = string.Concat(hosts.Select((host, n) => JsonSerializer.Serialize(new { url = $"https://{host}/{n}", text = SitePages.Dump(n) }) + "\n"));

        List<JsonElement> records = BatchData.JsonLines(CliRun.InvokeWithInput(input, "batch", "--sites", "--input", "-", "--output", "-", "--explain").Out);

        Assert.Equal("on 3 of 3 pages of the site", records[0].GetProperty("removed").EnumerateArray().Single(r => r.String("text") == SitePages.Pitch).String("reason"));
        Assert.Equal("on 3 of 3 pages of the site", records[6].GetProperty("removed").EnumerateArray().Single(r => r.String("text") == SitePages.Pitch).String("reason"));
        Assert.Contains(SitePages.Pitch, records[3].String("text"), StringComparison.Ordinal);
    }

    [Fact]
    public void Sites_WindowOfTwoPages_LearnsNothing()
    {
        string input = string.Concat(Enumerable.Range(0, 4).Select(n => JsonSerializer.Serialize(new { url = $"https://a.example/{n}", text = SitePages.Dump(n) }) + "\n"));

        CliRun run = CliRun.InvokeWithInput(input, "batch", "--sites", "--site-window-pages", "2", "--input", "-", "--output", "-");

        Assert.Equal(CliRun.InvokeWithInput(input, "batch", "--input", "-", "--output", "-").Out, run.Out);
    }

    [Fact]
    public void Sites_UrlField_NamesAnotherField()
    {
        string input = string.Concat(Enumerable.Range(0, 4).Select(n => JsonSerializer.Serialize(new { link = $"https://a.example/{n}", text = SitePages.Dump(n) }) + "\n"));

        string byUrl = CliRun.InvokeWithInput(input, "batch", "--sites", "--input", "-", "--output", "-").Out;
        string byLink = CliRun.InvokeWithInput(input, "batch", "--sites", "--url-field", "link", "--input", "-", "--output", "-").Out;

        Assert.Contains(SitePages.Pitch, byUrl, StringComparison.Ordinal);
        Assert.DoesNotContain(SitePages.Pitch, byLink, StringComparison.Ordinal);
    }

    [Fact]
    public void Sites_WarcWrittenByWget_GroupsByTargetUriAndDropsTheSiteLines()
    {
        CliRun single = CliRun.Invoke("batch", "--input", s_siteWarc, "--output", "-");
        CliRun sites = CliRun.Invoke("batch", "--sites", "--input", s_siteWarc, "--output", "-", "--threads", "1");

        Assert.Equal(0, sites.ExitCode);
        List<JsonElement> before = BatchData.JsonLines(single.Out);
        List<JsonElement> after = BatchData.JsonLines(sites.Out);
        Assert.Equal(5, after.Count);
        for (int i = 0; i < after.Count; i++)
        {
            Assert.Equal(before[i].String("WARC-Record-ID"), after[i].String("WARC-Record-ID"));
            Assert.Contains(Footer, before[i].String("text"), StringComparison.Ordinal);
            Assert.DoesNotContain(Footer, after[i].String("text"), StringComparison.Ordinal);
            Assert.Contains("after a long consultation with the residents of the town.", after[i].String("text"), StringComparison.Ordinal);
        }

        Assert.Equal(sites.Out, CliRun.Invoke("batch", "--sites", "--input", s_siteWarc, "--output", "-", "--threads", "2").Out);
    }

    [Fact]
    public void LearnThenTemplates_GivesTheSameOutputAsSites()
    {
        using var temp = new TempDirectory();
        string templates = temp.Combine("sites.bpt");

        CliRun learn = CliRun.Invoke("learn", "--input", s_siteWarc, "--output", templates);
        CliRun applied = CliRun.Invoke("batch", "--templates", templates, "--input", s_siteWarc, "--output", "-");

        Assert.Equal(0, learn.ExitCode);
        Assert.Equal("boilerplate: learnt 1 site templates (1 hosts, 5 records) into " + templates, Assert.Single(learn.ErrorLines));
        Assert.Equal(0, applied.ExitCode);
        Assert.Equal(CliRun.Invoke("batch", "--sites", "--input", s_siteWarc, "--output", "-").Out, applied.Out);
    }

    [Fact]
    public void Templates_TruncatedFile_StopsBeforeCleaningAnything()
    {
        using var temp = new TempDirectory();
        string templates = temp.Combine("sites.bpt");
        CliRun.Invoke("learn", "--input", s_siteWarc, "--output", templates);
        byte[] whole = File.ReadAllBytes(templates);
        File.WriteAllBytes(templates, whole[..^5]);

        CliRun run = CliRun.Invoke("batch", "--templates", templates, "--input", s_siteWarc, "--output", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith($"boilerplate: cannot read '{templates}': The site template is truncated", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--sites --templates t.bpt", "'--sites' learns templates and '--templates' reads them: use one")]
    [InlineData("--site-window-pages 10", "'--site-window-pages' and '--site-window-mb' need '--sites'")]
    [InlineData("--sites --site-window-mb 0", "'--site-window-mb' needs a whole number of at least 1 (was '0')")]
    public void Sites_BadOptions_AreUsageErrors(string options, string message)
    {
        CliRun run = CliRun.Invoke(["batch", "--input", s_siteWarc, "--output", "-", .. options.Split(' ')]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("boilerplate: " + message, run.ErrorLines[0]);
    }

    [Fact]
    public void Learn_StandardInput_IsAUsageError()
    {
        CliRun run = CliRun.Invoke("learn", "--input", "-", "--output", "t.bpt");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("boilerplate: learn reads files, not stdin", run.ErrorLines[0], StringComparison.Ordinal);
    }
}
