using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Document;

public sealed class DecisionCodeTests
{
    [Fact]
    public void UserFilterNamedClassifier_IsNotTakenForTheClassifier()
    {
        // The fallback brings back what the classifier dropped for its context; a user's filter that happens to be called
        // "classifier" decided for reasons of its own, which stand.
        string html = $"<html><body><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></body></html>";
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().UseDefaults().Use(new DropAll("classifier")).Build();

        CleanResult result = pipeline.ProcessHtml(html);

        Assert.Equal(string.Empty, result.Text);
        Assert.All(result.Explain(), d =>
        {
            Assert.Equal("classifier", d.Filter);
            Assert.Equal(DecisionKind.User, d.Kind);
            Assert.Equal(DecisionCode.Custom, d.Code);
        });
    }

    [Fact]
    public void UserFilterUsingACode_GetsItsKindAndReason()
    {
        string html = $"<html><body><p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></body></html>";
        BoilerplatePipeline pipeline = new BoilerplatePipelineBuilder().UseDefaults().Use(new DropAll("mine", DecisionCode.ShortAmongBoilerplate)).Build();

        CleanResult result = pipeline.ProcessHtml(html);

        // A context drop, as it says, so the fallback brings the text back.
        Assert.Contains(EnglishParagraphs[0], result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Explain(), d => d.Code == DecisionCode.EmptyArticleRescue && d.Kind == DecisionKind.Fallback);
    }

    [Fact]
    public void BuiltInDecisions_CarryTheirCodesTextAndKind()
    {
        CleanResult result = Cleaner.ProcessHtml(HtmlPage("<title>Storm</title>", "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"));

        Assert.All(result.Explain(), d =>
        {
            Assert.NotEqual(DecisionCode.Custom, d.Code);
            Assert.Equal(d.Code.GetKind(), d.Kind);
            Assert.Equal(d.Code == DecisionCode.None ? null : d.Code.GetReason(), d.Reason);
        });
        Assert.Contains(result.Explain(), d => d.Kind == DecisionKind.Context);
    }

    [Fact]
    public void EveryCode_HasAKindAndAReason()
    {
        foreach (DecisionCode code in Enum.GetValues<DecisionCode>())
        {
            bool builtIn = code is not (DecisionCode.None or DecisionCode.Custom);
            Assert.Equal(builtIn, code.GetReason().Length > 0);
            Assert.True(!builtIn || code.GetKind() is not (DecisionKind.None or DecisionKind.User), code.ToString());
        }
    }

    [Fact]
    public void Relabel_ToUndecided_ClearsTheDecision()
    {
        CleanResult result = Cleaner.Process("One line of text that is long enough to be a line.");
        result.Document.Relabel(0, BlockLabel.Undecided, "mine", DecisionCode.Caption);

        Assert.Equal(DecisionCode.None, result.Document[0].Code);
        Assert.Equal(DecisionKind.None, result.Document[0].Kind);
        Assert.Null(result.Document[0].Reason);
    }

    [Fact]
    public void DecidingWithCodeNone_Throws()
    {
        PageDocument document = Cleaner.Process("One line of text that is long enough to be a line.").Document;
        DecisionCode before = document[0].Code;

        Assert.Throws<ArgumentOutOfRangeException>(() => document.Relabel(0, BlockLabel.Boilerplate, "mine", DecisionCode.None));
        Assert.NotEqual(DecisionCode.None, before);
        Assert.Equal(before, document[0].Code);
    }

    private sealed class DropAll(string name, DecisionCode code = DecisionCode.None) : BoilerplateFilter(name)
    {
        public override void Apply(PageDocument document)
        {
            for (int i = 0; i < document.Count; i++)
            {
                _ = code == DecisionCode.None ? document.Drop(i, Name, "not wanted") : document.Drop(i, Name, code);
            }
        }
    }
}
