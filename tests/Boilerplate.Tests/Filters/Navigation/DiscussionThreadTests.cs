using Boilerplate.Filters.Navigation;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Filters.Navigation;

/// <summary>Comment sections: furniture under an article, the content of a discussion thread.</summary>
public sealed class DiscussionThreadTests
{
    private static string Comments(int count) =>
        "<div class=\"comment-tree\">" + string.Concat(Enumerable.Range(0, count).Select(i => $"<div class=\"comment\"><p>{EnglishParagraphs[i % EnglishParagraphs.Length]}</p></div>")) + "</div>";

    [Fact]
    public void ThreadUnderAShortQuestion_KeepsItsPosts()
    {
        string html = $"<html><body><table><tr><td><h1>Ask: what will the storm season bring?</h1><div class=\"toptext\">What are your predictions for the coming storm season on the coast, and what should the towns and their people do about it now?</div></td></tr></table>{Comments(8)}</body></html>";

        CleanResult result = Cleaner.ProcessHtml(html);

        Assert.Contains(EnglishParagraphs[0], result.Text, StringComparison.Ordinal);
        Assert.Contains(EnglishParagraphs[7], result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Explain(), d => d.Code == DecisionCode.CommentSection);
    }

    [Fact]
    public void CommentsUnderAnArticle_AreDropped_HoweverShortTheArticle()
    {
        // A blog's short post ("open thread") marked as the article: its comments are still comments.
        string html = $"<html><body><article><h1>Open thread</h1><p>{EnglishParagraphs[9]}</p></article>{Comments(8)}</body></html>";

        CleanResult result = Cleaner.ProcessHtml(html);

        Assert.Contains(EnglishParagraphs[9], result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(EnglishParagraphs[0], result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ThreadRule_IsAnOption()
    {
        string html = $"<html><body><div class=\"toptext\">What are your predictions for the coming storm season on the coast, and what should the towns and their people do about it now?</div>{Comments(8)}</body></html>";
        BoilerplatePipeline never = new BoilerplatePipelineBuilder().UseDefaults().UseNavigation(new NavigationOptions { MaxOpeningPostWords = 0 }).Build();

        Assert.Contains(EnglishParagraphs[0], Cleaner.ProcessHtml(html).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(EnglishParagraphs[0], never.ProcessHtml(html).Text, StringComparison.Ordinal);
    }
}
