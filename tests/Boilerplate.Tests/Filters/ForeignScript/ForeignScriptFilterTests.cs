using Boilerplate.Tests.Support;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Filters.ForeignScript;

public sealed class ForeignScriptFilterTests
{
    private const string ArabicAddress = "العنوان: ١٢ شارع التحرير، القاهرة، جمهورية مصر العربية";

    private static readonly string[] s_arabicParagraphs =
    [
        "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الإسكندرية، وقالت إن المستشفى سيخدم أكثر من مليون مواطن في المنطقة خلال السنوات المقبلة.",
        "وأضاف الوزير في مؤتمر صحفي أن الحكومة تعمل على تحسين الخدمات الطبية في جميع المحافظات، وأن العمل في ثلاثة مستشفيات أخرى سيبدأ في العام المقبل.",
        "وأشار إلى أن المستشفى الجديد يضم أكثر من خمسمائة سرير وعددا من غرف العمليات الحديثة، إلى جانب مركز لعلاج الأطفال ومختبر كبير للتحاليل الطبية.",
    ];

    private static readonly string[] s_chineseParagraphs =
    [
        "苹果公司周二在加利福尼亚州发布了新款iPhone手机，售价与去年的型号相同，分析人士认为这将有助于公司在中国市场的销售。",
        "华为Mate 60 Pro手机的销量在过去一个月里持续上涨，多家电商平台表示该机型在上市后很快就被抢购一空。",
        "业内人士指出，今年国内智能手机市场的竞争将更加激烈，小米、OPPO和vivo等品牌也将在下半年推出新的旗舰产品。",
    ];

    private static readonly BoilerplatePipeline s_foreignScript = BuildPipeline(b => b.UseForeignScript());

    [Fact]
    public void Apply_ArabicAddressOnEnglishPage_Drops()
    {
        CleanResult result = s_foreignScript.Process(Dump(EnglishParagraphs[0], EnglishParagraphs[1], EnglishParagraphs[2], ArabicAddress, "Egypt Today"));

        BlockDecision address = result.Line(ArabicAddress);
        Assert.Equal(BlockLabel.Boilerplate, address.Label);
        Assert.Equal("foreign-script", address.Filter);
        Assert.Equal(DecisionCode.ForeignScript, address.Code);
        Assert.Equal(4, result.KeptCount);
        Assert.Equal(Script.Latin, result.Document.MainScript);
    }

    [Fact]
    public void Apply_ArabicArticle_KeepsEveryArabicLine()
    {
        string[] lines = ["الرئيسية", "أخبار مصر", .. s_arabicParagraphs, ArabicAddress];
        CleanResult result = s_foreignScript.Process(Dump(lines));

        Assert.Equal(Script.Arabic, result.Document.MainScript);
        Assert.Equal(lines, result.KeptLines());
    }

    [Fact]
    public void Apply_EnglishQuoteBetweenArabicParagraphs_Stays()
    {
        const string quote = "\"We will finish the work on time,\" the contractor said in English.";
        CleanResult result = s_foreignScript.Process(Dump(s_arabicParagraphs[0], s_arabicParagraphs[1], quote, s_arabicParagraphs[2]));

        Assert.Equal(BlockLabel.Undecided, result.Line(quote).Label);
        Assert.Equal(4, result.KeptCount);
    }

    [Fact]
    public void Apply_EnglishLineAfterTheLastArabicParagraph_Drops()
    {
        const string footer = "Follow us on Twitter and Facebook";
        CleanResult result = s_foreignScript.Process(Dump(s_arabicParagraphs[0], s_arabicParagraphs[1], s_arabicParagraphs[2], footer));

        Assert.Equal(DecisionCode.ForeignScript, result.Line(footer).Code);
    }

    [Fact]
    public void Apply_EnglishLineBetweenArabicBoilerplate_Drops()
    {
        const string line = "Download our app";
        CleanResult result = s_foreignScript.Process(Dump("الرئيسية", line, "اتصل بنا", s_arabicParagraphs[0], s_arabicParagraphs[1], s_arabicParagraphs[2]));

        Assert.Equal(DecisionCode.ForeignScript, result.Line(line).Code);
    }

    [Fact]
    public void Apply_ChineseArticleWithLatinBrandNames_KeepsEveryLine()
    {
        string[] lines = ["科技新闻", .. s_chineseParagraphs, "责任编辑：王小明"];
        CleanResult result = s_foreignScript.Process(Dump(lines));

        Assert.Equal(Script.Han, result.Document.MainScript);
        Assert.Equal(lines, result.KeptLines());
    }

    [Fact]
    public void Apply_JapaneseLinesOnChinesePage_CountAsTheSameWritingSystem()
    {
        const string japanese = "このニュースは日本でも大きく報道され、多くの人々が新しい製品に関心を示しています。";
        CleanResult result = s_foreignScript.Process(Dump(s_chineseParagraphs[0], japanese, "ソニー", s_chineseParagraphs[1]));

        Assert.Equal(4, result.KeptCount);
    }

    [Fact]
    public void Apply_PageWithTooFewLetters_IsLeftAlone()
    {
        CleanResult result = s_foreignScript.Process(Dump("Cairo news", "القاهرة"));

        Assert.Equal(2, result.KeptCount);
    }

    [Fact]
    public void Apply_EvenlyMixedPage_IsLeftAlone()
    {
        CleanResult result = s_foreignScript.Process(Dump(EnglishParagraphs[0], s_arabicParagraphs[0], EnglishParagraphs[1], s_arabicParagraphs[1]));

        Assert.True(result.Document.MainScriptShare < 0.6);
        Assert.Equal(4, result.KeptCount);
    }

    [Fact]
    public void Apply_ForeignLineShorterThanMinLineLetters_Stays()
    {
        CleanResult result = s_foreignScript.Process(Dump(EnglishParagraphs[0], "مص", EnglishParagraphs[1], "مصر"));

        Assert.True(result.Line("مص").IsKept);
        Assert.Equal(DecisionCode.ForeignScript, result.Line("مصر").Code);
    }

    [Fact]
    public void Apply_LineDecidedEarlier_KeepsItsDecision()
    {
        BoilerplatePipeline pipeline = BuildPipeline(b => b.UseNavigation().UseForeignScript());

        CleanResult result = pipeline.Process(Dump(EnglishParagraphs[0], EnglishParagraphs[1], "جميع الحقوق محفوظة"));

        Assert.Equal("navigation", result.Line("جميع الحقوق محفوظة").Filter);
    }
}
