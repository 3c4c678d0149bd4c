namespace Boilerplate.Tests;

/// <summary>The news-article sample of the core issue: every article paragraph kept in order, every boilerplate line gone.</summary>
public sealed class SampleDumpTests
{
    private static readonly string s_sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "news-article.dump.txt"));

    [Fact]
    public void Clean_NewsArticle_KeepsEveryArticleParagraphInOrder()
    {
        CleanResult result = Cleaner.Process(s_sample);
        string[] lines = s_sample.Split('\n').Select(l => l.Trim()).ToArray();
        int first = Array.FindIndex(lines, l => l.StartsWith("Russia and the United States vowed", StringComparison.Ordinal));
        int last = Array.FindIndex(lines, l => l.Contains("without attempts to dictate and coerce.", StringComparison.Ordinal));
        Assert.True(first > 0 && last > first);

        string[] expected = lines[first..(last + 1)].Where(l => l.Length > 0).ToArray();
        Assert.Equal(expected, result.Text.Split('\n'));
    }

    [Fact]
    public void Clean_NewsArticle_KeepsBothSubheadings()
    {
        string text = Cleaner.Clean(s_sample);
        Assert.Contains("-'Urgent need to cooperate'-", text, StringComparison.Ordinal);
        Assert.Contains("- 'First signs of understanding' -", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_NewsArticle_ReportsTheHeadlineOnceAsTitle()
    {
        CleanResult result = Cleaner.Process(s_sample);
        Assert.Equal("US, Russia vow to boost cooperation", result.Title);
        Assert.DoesNotContain("vow to boost cooperation", result.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Egypt Today, egypt today")]
    [InlineData("Last Updated")]
    [InlineData("Source: AFP")]
    [InlineData("Name *")]
    [InlineData("E-mail *")]
    [InlineData("Comment Title*")]
    [InlineData("Security Code*")]
    [InlineData("Characters Left")]
    [InlineData("Mandatory *")]
    [InlineData("Terms of use")]
    [InlineData("Publishing Terms")]
    [InlineData("I agree with the Terms of Use")]
    [InlineData("GMT")]
    [InlineData("Paris attacks show Syria war cannot be contained")]
    [InlineData("French pilots train for survival")]
    [InlineData("World mourns and condemns attacks in Paris")]
    [InlineData("Witnesses tell of 'bloodbath' at Paris rock concert")]
    [InlineData("Daesh committing genocide against Yazidis in Iraq")]
    [InlineData("Syria army conscription, multiple tours stir anger")]
    [InlineData("Obama congratulates Myanmar on polls")]
    [InlineData("Netanyahu invokes memory of Nazi past over EU labelling")]
    [InlineData("Facebook")]
    [InlineData("Maintained and developed by")]
    [InlineData("All rights reserved")]
    [InlineData("egypttoday")]
    public void Clean_NewsArticle_DropsBoilerplate(string boilerplate)
    {
        string text = Cleaner.Clean(s_sample);
        Assert.DoesNotContain(boilerplate, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Clean_NewsArticle_DropsTheArabicAddress()
    {
        string text = Cleaner.Clean(s_sample);
        Assert.DoesNotContain(text, c => c is >= '\u0600' and <= '\u06FF');
    }

    [Fact]
    public void Process_NewsArticle_GivesEveryRemovedLineAFilterAndReason()
    {
        CleanResult result = Cleaner.Process(s_sample);
        Assert.All(result.Explain().Where(d => !d.IsKept), d =>
        {
            Assert.False(string.IsNullOrEmpty(d.Filter));
            Assert.False(string.IsNullOrEmpty(d.Reason));
        });
    }
}
