using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Filters.Navigation;

/// <summary>Code and preformatted text are judged as the article's content, not by the furniture rules that read words.</summary>
public sealed class PreformattedTextTests
{
    [Fact]
    public void CodeLinesThatLookLikeStampsMenusOrRepeats_StayInTheArticle()
    {
        // One element per code line, as syntax highlighters write them: dates, short repeated lines and menu-like words.
        string[] code = ["git log --since 2024-01-01", "}", "Home", "About", "Contact", "Login", "}", "git log --until 2024-12-31", "}"];
        string lines = string.Concat(code.Select(l => $"<div>{l}</div>"));
        string html = $"<html><body><article><p>{EnglishParagraphs[0]}</p><pre>{lines}</pre><p>{EnglishParagraphs[1]}</p></article></body></html>";

        CleanResult result = Cleaner.ProcessHtml(html);

        foreach (string line in code.Distinct())
        {
            Assert.DoesNotContain(result.Explain(), d => d.Text == line && d.Filter is "navigation" or "dedup");
        }

        Assert.Contains("git log --since 2024-01-01", result.Text, StringComparison.Ordinal);
        Assert.Contains("Contact", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SameLinesOutsidePre_AreStillFurniture()
    {
        string menu = string.Concat(new[] { "Home", "About", "Contact", "Login", "Careers" }.Select(l => $"<div><a href=\"/{l}\">{l}</a></div>"));
        string html = $"<html><body>{menu}<article><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></article></body></html>";

        Assert.DoesNotContain("Contact", Cleaner.ProcessHtml(html).Text, StringComparison.Ordinal);
    }
}
