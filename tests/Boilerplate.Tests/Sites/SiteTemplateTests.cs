namespace Boilerplate.Tests.Sites;

public sealed class SiteTemplateTests
{
    [Fact]
    public void Build_PageByPage_EqualsLearningInOneCall()
    {
        var builder = new SiteTemplateBuilder();
        for (int n = 0; n < 5; n++)
        {
            builder.AddText(SitePages.Dump(n));
        }

        Assert.Equal(Bytes(SiteTemplate.LearnText(Enumerable.Range(0, 5).Select(SitePages.Dump))), Bytes(builder.Build()));
    }

    [Fact]
    public void Build_CountsABlockOncePerPage_AndKeepsOnlyRecurringKeys()
    {
        // The pitch twice on one page still counts as one page.
        string doubled = SitePages.Dump(0) + "\n" + SitePages.Pitch;
        SiteTemplate template = SiteTemplate.LearnText([doubled, SitePages.Dump(1), SitePages.Dump(2)]);
        CleanResult page = Cleaner.Process(doubled);
        int pitch = page.Explain().ToList().FindIndex(d => d.Text == SitePages.Pitch);
        int own = page.Explain().ToList().FindIndex(d => d.Text.Contains("residents number 0", StringComparison.Ordinal));

        Assert.Equal(3, template.PageCount);
        Assert.Equal(3, template.PagesHolding(page.Document, pitch));
        Assert.Equal(0, template.PagesHolding(page.Document, own));
    }

    [Fact]
    public void Add_BuildersOfParts_EqualsOneBuilderOfEveryPage()
    {
        var whole = new SiteTemplateBuilder();
        var first = new SiteTemplateBuilder();
        var second = new SiteTemplateBuilder();
        for (int n = 0; n < 6; n++)
        {
            whole.AddHtml(SitePages.Html(n));
            (n < 2 ? first : second).AddHtml(SitePages.Html(n));
        }

        SiteTemplate merged = first.Add(second).Build();

        Assert.Equal(6, merged.PageCount);
        Assert.Equal(Bytes(whole.Build()), Bytes(merged));
        Assert.Equal(4, second.PageCount);
    }

    [Fact]
    public void Add_ProcessedDocument_LearnsTheSameAsTheRawPage()
    {
        var fromText = new SiteTemplateBuilder();
        var fromDocuments = new SiteTemplateBuilder();
        for (int n = 0; n < 4; n++)
        {
            fromText.AddHtml(SitePages.Html(n));
            fromDocuments.Add(Cleaner.ProcessHtml(SitePages.Html(n)).Document);
        }

        Assert.Equal(Bytes(fromText.Build()), Bytes(fromDocuments.Build()));
    }

    [Fact]
    public void SaveLoad_RoundTrip_GivesAnEqualTemplate()
    {
        SiteTemplate template = SiteTemplate.LearnHtml(Enumerable.Range(0, 5).Select(n => SitePages.Html(n)));
        byte[] saved = Bytes(template);

        SiteTemplate loaded = SiteTemplate.Load(new MemoryStream(saved));

        Assert.Equal(template.PageCount, loaded.PageCount);
        Assert.Equal(template.HtmlPageCount, loaded.HtmlPageCount);
        Assert.Equal(template.RecurringTextCount, loaded.RecurringTextCount);
        Assert.Equal(template.RecurringPlaceCount, loaded.RecurringPlaceCount);
        Assert.True(template.RecurringPlaceCount > 0);
        Assert.Equal(saved, Bytes(loaded));
        Assert.Equal(Cleaner.DefaultPipeline.ProcessHtml(SitePages.Html(2), template).Text, Cleaner.DefaultPipeline.ProcessHtml(SitePages.Html(2), loaded).Text);
    }

    [Fact]
    public void Load_TwoTemplatesInOneStream_ReadsEachExactly()
    {
        SiteTemplate first = SiteTemplate.LearnText(Enumerable.Range(0, 3).Select(SitePages.Dump));
        SiteTemplate second = SiteTemplate.LearnText(Enumerable.Range(0, 5).Select(SitePages.Dump));
        var stream = new MemoryStream();
        first.Save(stream);
        second.Save(stream);
        stream.Position = 0;

        Assert.Equal(3, SiteTemplate.Load(stream).PageCount);
        Assert.Equal(5, SiteTemplate.Load(stream).PageCount);
        Assert.Equal(stream.Length, stream.Position);
    }

    [Fact]
    public void Load_TruncatedAtAnyLength_ThrowsInvalidData()
    {
        byte[] saved = Bytes(SiteTemplate.LearnText(Enumerable.Range(0, 4).Select(SitePages.Dump)));

        for (int length = 0; length < saved.Length; length++)
        {
            InvalidDataException ex = Assert.Throws<InvalidDataException>(() => SiteTemplate.Load(new MemoryStream(saved[..length])));
            Assert.StartsWith("The site template is", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_AnyByteChanged_ThrowsInvalidData()
    {
        byte[] saved = Bytes(SiteTemplate.LearnText(Enumerable.Range(0, 4).Select(SitePages.Dump)));

        for (int i = 0; i < saved.Length; i++)
        {
            byte[] corrupt = (byte[])saved.Clone();
            corrupt[i] ^= 0x40;
            Assert.Throws<InvalidDataException>(() => SiteTemplate.Load(new MemoryStream(corrupt)));
        }
    }

    [Fact]
    public void Load_OtherFormatVersion_SaysWhichVersions()
    {
        byte[] saved = Bytes(SiteTemplate.Empty);
        saved[4] = 2;

        InvalidDataException ex = Assert.Throws<InvalidDataException>(() => SiteTemplate.Load(new MemoryStream(saved)));

        Assert.Contains("format version 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddText_HostilePage_ReadsOnlyTheFirstBlocks()
    {
        string lines = string.Join('\n', Enumerable.Range(0, SiteTemplateBuilder.MaxBlocksPerPage + 500).Select(i => $"line {i}"));
        var builder = new SiteTemplateBuilder().AddText(lines).AddText(lines).AddText(lines);

        SiteTemplate template = builder.Build();

        Assert.Equal(SiteTemplateBuilder.MaxBlocksPerPage, template.RecurringTextCount);
    }

    private static byte[] Bytes(SiteTemplate template)
    {
        var stream = new MemoryStream();
        template.Save(stream);
        return stream.ToArray();
    }
}
