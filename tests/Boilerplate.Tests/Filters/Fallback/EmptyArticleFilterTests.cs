using Boilerplate.Filters.Fallback;
using Boilerplate.Filters.Navigation;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Filters.Fallback;

public sealed class EmptyArticleFilterTests
{
    [Fact]
    public void PageWhoseOnlyTextSitsInFurnitureContainers_KeepsItsText()
    {
        // A single-post page whose theme wraps the post in a "sidebar-layout", with containers trusted whatever they hold.
        string html = $"<html><body><div class=\"sidebar\"><h2>Storm floods the coast</h2><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p><a href=\"/\">Home</a></div></body></html>";
        var trustContainers = new NavigationOptions { MinProseOutsideContainers = 0 };
        BoilerplatePipeline withoutFallback = WithoutFallback(b => b.UseNavigation(trustContainers));
        BoilerplatePipeline withFallback = new BoilerplatePipelineBuilder().UseDefaults().UseNavigation(trustContainers).Build();

        CleanResult result = withFallback.ProcessHtml(html);

        Assert.Equal(string.Empty, withoutFallback.ProcessHtml(html).Text);
        Assert.Contains(EnglishParagraphs[0], result.Text, StringComparison.Ordinal);
        Assert.Contains(EnglishParagraphs[1], result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Explain(), d => d.IsKept && d.Code == DecisionCode.EmptyArticleRescue);
    }

    [Fact]
    public void UserFiltersDrops_Stand()
    {
        BoilerplatePipeline dropAll = new BoilerplatePipelineBuilder().UseDefaults().Use(new DropEverything()).Build();

        Assert.Equal(string.Empty, dropAll.ProcessHtml($"<html><body><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></body></html>").Text);
    }

    [Fact]
    public void PageOfLinksOnly_StaysEmpty()
    {
        string html = "<html><body><nav><a href=\"/a\">Storm news from the coast and the towns</a></nav><div class=\"menu\"><p><a href=\"/w\">Weather, rivers, tides, roads and rail today</a></p></div></body></html>";

        Assert.Equal(string.Empty, Cleaner.ProcessHtml(html).Text);
    }

    [Fact]
    public void PageThatKeepsAnything_IsLeftAlone()
    {
        string html = $"<html><body><nav><p>{EnglishParagraphs[2]}</p></nav><article><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></article></body></html>";

        CleanResult result = Cleaner.ProcessHtml(html);

        Assert.Equal(WithoutFallback().ProcessHtml(html).Text, result.Text);
        Assert.DoesNotContain(EnglishParagraphs[2], result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Explain(), d => d.Filter == "fallback");
    }

    [Fact]
    public void EmptyAndBlankInput_StayEmpty()
    {
        Assert.Equal(string.Empty, Cleaner.Process(string.Empty).Text);
        Assert.Equal(string.Empty, Cleaner.ProcessHtml("<html><body> <p> </p> </body></html>").Text);
    }

    [Fact]
    public void Options_AreValidated()
    {
        var builder = new BoilerplatePipelineBuilder().UseDefaults().UseEmptyArticleFallback(new EmptyArticleOptions { MinWords = 0, MaxLinkDensity = 2 });

        ArgumentException error = Assert.Throws<ArgumentException>(builder.Build);
        Assert.Contains(nameof(EmptyArticleOptions.MinWords), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(EmptyArticleOptions.MaxLinkDensity), error.Message, StringComparison.Ordinal);
    }

    private static BoilerplatePipeline WithoutFallback(Func<BoilerplatePipelineBuilder, BoilerplatePipelineBuilder>? configure = null)
    {
        BoilerplatePipelineBuilder builder = (configure ?? (b => b))(new BoilerplatePipelineBuilder().UseDefaults());
        builder.Filters.Remove<EmptyArticleFilter>();
        return builder.Build();
    }

    private sealed class DropEverything() : BoilerplateFilter("drop-everything")
    {
        public override void Apply(PageDocument document)
        {
            for (int i = 0; i < document.Count; i++)
            {
                document.Drop(i, Name, "everything goes");
            }
        }
    }
}
