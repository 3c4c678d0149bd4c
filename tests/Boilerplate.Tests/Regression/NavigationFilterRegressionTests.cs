using Boilerplate.Tests.Support;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Regression;

public sealed partial class NavigationFilterRegressionTests
{
    private static readonly BoilerplatePipeline s_navigation = BuildPipeline(b => b.UseNavigation());

    [Theory]
    [InlineData("Shelters open")]
    [InlineData("The court ruled that the photograph was not protected by copyright.")]
    public void Apply_ArticleLineWithOneLexiconWord_Stays(string line)
    {
        CleanResult result = s_navigation.Process(Dump(EnglishParagraphs[0], EnglishParagraphs[1], line, EnglishParagraphs[2], EnglishParagraphs[3]));

        Assert.Equal(BlockLabel.Undecided, result.Line(line).Label);
    }
}
