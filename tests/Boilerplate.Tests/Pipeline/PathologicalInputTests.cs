using System.Text;
using static Boilerplate.Tests.Support.TestPages;

namespace Boilerplate.Tests.Pipeline;

/// <summary>Hostile and broken inputs: no exception, and a sensible result.</summary>
public sealed class PathologicalInputTests
{
    private static readonly BoilerplatePipeline s_pipeline = new BoilerplatePipelineBuilder().UseDefaults().Build();

    [Fact]
    public void Process_Empty_GivesAnEmptyResult()
    {
        CleanResult result = s_pipeline.Process(string.Empty);

        Assert.Equal(string.Empty, result.Text);
        Assert.Null(result.Title);
        Assert.Equal(0, result.Document.Count);
        Assert.Equal(0, result.KeptCount);
        Assert.Empty(result.Explain());
    }

    [Fact]
    public void ProcessHtml_Empty_GivesAnEmptyResult()
    {
        Assert.Equal(string.Empty, s_pipeline.ProcessHtml(string.Empty).Text);
        Assert.Equal(string.Empty, s_pipeline.ProcessHtml(ReadOnlySpan<byte>.Empty).Text);
        Assert.Equal(string.Empty, Cleaner.ProcessHtml(new MemoryStream()).Text);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData(" \t \r\n \u00A0 \u2003 \n\u200B\uFEFF")]
    [InlineData("\r\r\r\r")]
    public void Process_WhitespaceOnly_GivesEmptyText(string input)
    {
        CleanResult result = s_pipeline.Process(input);

        Assert.Equal(string.Empty, result.Text);
        Assert.Equal(0, result.Document.Count);
    }

    [Fact]
    public void ProcessHtml_WhitespaceOnlyBody_GivesEmptyText()
    {
        Assert.Equal(string.Empty, s_pipeline.ProcessHtml("<html><body>  \n\t<p> </p><div>&nbsp;</div></body></html>").Text);
    }

    [Fact]
    public void Process_OneHugeProseLine_KeepsIt()
    {
        string line = HugeProse(10 * 1024 * 1024);

        CleanResult result = s_pipeline.Process(line);

        Assert.Equal(1, result.KeptCount);
        Assert.StartsWith(EnglishParagraphs[0], result.Text, StringComparison.Ordinal);
        // At least the first megabyte of it (a pipeline may bound the length of a line it reads).
        Assert.True(result.Text.Length >= 1_000_000, $"kept only {result.Text.Length} characters");
        Assert.Equal(line[..result.Text.Length], result.Text);
    }

    [Fact]
    public void Process_AMillionNewlines_GivesEmptyText()
    {
        CleanResult result = s_pipeline.Process(new string('\n', 1_000_000));

        Assert.Equal(string.Empty, result.Text);
    }

    [Fact]
    public void Process_ArticleAmongAHundredThousandShortLines_KeepsTheArticle()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 50_000; i++)
        {
            builder.Append("Home\nNews\n");
        }

        builder.AppendJoin('\n', EnglishParagraphs).Append('\n');
        for (int i = 0; i < 50_000; i++)
        {
            builder.Append("Share\n");
        }

        CleanResult result = s_pipeline.Process(builder.ToString());

        Assert.Equal(Dump(EnglishParagraphs), result.Text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Process_RandomBytesDecodedAsUtf8_DoesNotThrow(int seed)
    {
        string text = Encoding.UTF8.GetString(RandomBytes(seed, 200_000));

        CleanResult result = s_pipeline.Process(text);

        AssertConsistent(result);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Process_RandomBytesDecodedAsLatin1_DoesNotThrow(int seed)
    {
        string text = Encoding.Latin1.GetString(RandomBytes(seed, 200_000));

        CleanResult result = s_pipeline.Process(text);

        AssertConsistent(result);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ProcessHtml_RandomBytes_DoesNotThrow(int seed)
    {
        byte[] bytes = RandomBytes(seed, 200_000);

        AssertConsistent(s_pipeline.ProcessHtml(bytes));
        AssertConsistent(s_pipeline.ProcessHtml(Encoding.Latin1.GetString(bytes)));
    }

    [Fact]
    public void ProcessHtml_RandomTagSoup_DoesNotThrow()
    {
        var random = new Random(7);
        string[] pieces = ["<div>", "</div>", "<p>", "</p>", "<a href=x>", "</a>", "<li>", "<table><tr><td>", "</td>", "<!--", "-->", "<script>", "</script>", "<br>", "&amp;", "&#x1F600;", "&#xD800;", "word ", "< ", ">", "\"", "'", "<h1>", "</h2>", "<pre>", "<![CDATA[", "]]>"];
        var builder = new StringBuilder();
        for (int i = 0; i < 50_000; i++)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        AssertConsistent(s_pipeline.ProcessHtml(builder.ToString()));
    }

    [Fact]
    public void Process_LoneSurrogates_DoesNotThrowAndKeepsTheProse()
    {
        string damaged = EnglishParagraphs[0].Insert(20, "\uD800").Insert(60, "\uDC00") + " \uDBFF";
        string page = Dump("\uDC00\uD800", damaged, EnglishParagraphs[1], "\uD83D", EnglishParagraphs[2]);

        CleanResult result = s_pipeline.Process(page);

        AssertConsistent(result);
        Assert.Contains(damaged, result.Text, StringComparison.Ordinal);
        Assert.Contains(EnglishParagraphs[2], result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessHtml_LoneSurrogates_DoesNotThrow()
    {
        string html = $"<html><body><p>{EnglishParagraphs[0]}\uD800</p><p>\uDC00{EnglishParagraphs[1]}</p><p>&#xD800;</p></body></html>";

        CleanResult result = s_pipeline.ProcessHtml(html);

        AssertConsistent(result);
        Assert.Contains(EnglishParagraphs[1], result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_CarriageReturnOnlyLineBreaks_SplitsLinesLikeLineFeeds()
    {
        string[] lines = ["Storm floods coastal towns | Courier", "Home", "News", "Sport", "Weather", "Contact", .. EnglishParagraphs[..4], "© 2024 Courier"];

        CleanResult cr = s_pipeline.Process(string.Join("\r", lines));
        CleanResult lf = s_pipeline.Process(string.Join("\n", lines));

        Assert.Equal(lines.Length, cr.Document.Count);
        Assert.Equal(lf.Text, cr.Text);
        Assert.Equal(lf.Title, cr.Title);
        Assert.Equal(Dump(EnglishParagraphs[..4]), cr.Text);
        Assert.Equal(Enumerable.Range(1, lines.Length), cr.Explain().Select(d => d.LineNumber));
    }

    [Fact]
    public void Process_MixedLineBreaks_SplitsEveryKind()
    {
        string text = "one line\r\ntwo line\rthree line\nfour line\u2028five line\u2029six line\u0085seven line\fEight line";

        CleanResult result = new BoilerplatePipelineBuilder().Build().Process(text);

        Assert.Equal(8, result.Document.Count);
        Assert.Equal(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split(['\r', '\n', '\u2028', '\u2029', '\u0085', '\f']), result.Text.Split('\n'));
    }

    [Fact]
    public void Process_NulBytes_DoesNotThrowAndKeepsTheProse()
    {
        string page = Dump("\0\0\0", EnglishParagraphs[0].Replace(" the ", " the\0", StringComparison.Ordinal), EnglishParagraphs[1], "\0Home\0", EnglishParagraphs[2]);

        CleanResult result = s_pipeline.Process(page);

        AssertConsistent(result);
        Assert.Contains(EnglishParagraphs[1], result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\0\0\0", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessHtml_NulBytes_DoesNotThrow()
    {
        byte[] bytes = Encoding.UTF8.GetBytes($"<html>\0<body><p>{EnglishParagraphs[0]}</p>\0\0<p>{EnglishParagraphs[1]}\0</p></body></html>");

        CleanResult result = s_pipeline.ProcessHtml(bytes);

        AssertConsistent(result);
        Assert.Contains(EnglishParagraphs[0], result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessHtml_OnlyMarkupWithoutText_GivesEmptyText()
    {
        CleanResult result = s_pipeline.ProcessHtml("<html><head><style>p { color: red }</style></head><body><div><img src=a.png><hr></div><script>var a = '<p>text</p>';</script></body></html>");

        Assert.Equal(string.Empty, result.Text);
        Assert.Equal(0, result.Document.Count);
    }

    private static string HugeProse(int length)
    {
        var builder = new StringBuilder(length + 256);
        for (int i = 0; builder.Length < length; i++)
        {
            builder.Append(EnglishParagraphs[i % EnglishParagraphs.Length]).Append(' ');
        }

        return builder.ToString(0, length).TrimEnd();
    }

    private static byte[] RandomBytes(int seed, int length)
    {
        byte[] bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Whatever the input, the result must hang together: every block is a range of the source, the text is the kept blocks.</summary>
    private static void AssertConsistent(CleanResult result)
    {
        PageDocument document = result.Document;
        var kept = new List<string>();
        for (int i = 0; i < document.Count; i++)
        {
            Block block = document[i];
            Assert.InRange(block.Start, 0, document.Source.Length);
            Assert.InRange(block.Length, 1, document.Source.Length - block.Start);
            if (!block.IsRemoved)
            {
                kept.Add(document.GetText(i).ToString());
            }

            if (document.Markup is { } markup && block.MarkupStart >= 0)
            {
                Assert.InRange(block.MarkupStart + block.MarkupLength, 0, markup.Length);
            }
        }

        Assert.Equal(string.Join('\n', kept), result.Text);
        Assert.Equal(kept.Count, result.KeptCount);
        _ = result.ToMarkdown();
    }
}
