using Boilerplate.Filters.MainRegion;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Filters.MainRegion;

/// <summary>A page without an article keeps its listing; a page with one keeps the article and drops the list beside it.</summary>
public sealed class PageListingTests
{
    private static readonly string[] s_films =
    [
        "The Storm Over the Harbour", "A Town Under Water", "Night of the Long Tide", "The Last Ferry Home", "Dunes and Dykes",
        "The Lighthouse Keeper's Daughter", "Seven Days of Rain",
    ];

    private static string Chart(string wrapper = "ol") =>
        $"<{wrapper}>" + string.Concat(s_films.Select((f, i) => $"<li><h3><a href=\"/title/{i}\">{f}</a></h3><p>{1990 + i} · 2h {10 + i}m · rated {9.0 - (i / 10.0):0.0}</p></li>")) + $"</{wrapper}>";

    [Fact]
    public void PageWithoutArticle_KeepsTheItemsOfItsListing()
    {
        string html = $"<html><body><nav><a href=\"/\">Home</a><a href=\"/charts\">Charts</a></nav><main><h1>Top films about the sea</h1>{Chart()}</main></body></html>";

        CleanResult result = Cleaner.ProcessHtml(html);

        foreach (string film in s_films)
        {
            Assert.Contains(film, result.Text, StringComparison.Ordinal);
        }

        Assert.Contains(result.Explain(), d => d.Code == DecisionCode.ListingItem);
        Assert.DoesNotContain("Charts", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PageWithoutArticle_KeepsCardsLinkedAsAWhole()
    {
        // Each card is one link around its headline and its excerpt, so every word of it is link text.
        string cards = string.Concat(s_films.Select((f, i) =>
            $"<div class=\"card\"><a href=\"/course/{i}\"><h3>{f}</h3><p>{EnglishParagraphs[i % EnglishParagraphs.Length]} It runs for {i + 2} weeks.</p></a></div>"));
        string html = $"<html><body><nav><a href=\"/\">Home</a><a href=\"/courses\">Courses</a></nav><main><h1>Our courses</h1><div class=\"grid\">{cards}</div></main></body></html>";

        CleanResult result = Cleaner.ProcessHtml(html);

        foreach (string film in s_films)
        {
            Assert.Contains(film, result.Text, StringComparison.Ordinal);
        }

        Assert.Contains("It runs for 8 weeks.", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Courses", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortArticleWithAListOfOtherStories_KeepsOnlyTheArticle()
    {
        string html = $"<html><body><article><h1>Storm floods the coast</h1><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></article><aside class=\"most-read\"><h2>Most read</h2>{Chart()}</aside></body></html>";

        CleanResult result = Cleaner.ProcessHtml(html);

        Assert.Equal(Dump(EnglishParagraphs[..2]), result.Text);
    }

    [Fact]
    public void ListingRule_IsAnOption()
    {
        string html = $"<html><body><main><h1>Top films about the sea</h1>{Chart()}</main></body></html>";
        BoilerplatePipeline off = new BoilerplatePipelineBuilder().UseDefaults().UseMainRegion(new MainRegionOptions { MinListingItems = 0 }).Build();

        Assert.DoesNotContain(off.ProcessHtml(html).Explain(), d => d.Code == DecisionCode.ListingItem);
        Assert.Throws<ArgumentException>(() => new BoilerplatePipelineBuilder().UseMainRegion(new MainRegionOptions { MinListingItems = 1 }).Build());
    }
}
