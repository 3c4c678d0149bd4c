using Boilerplate.Metadata;

namespace Boilerplate.Tests.Metadata;

/// <summary>Author fields and bylines give names only.</summary>
public sealed class MetadataTextTests
{
    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("Written byJane Doe", "Jane Doe")]
    [InlineData("By Jane Doe and John Roe | March 3, 2025", "Jane Doe|John Roe")]
    [InlineData("Jane Doe, Staff Writer", "Jane Doe")]
    [InlineData("Jane Doe, Ph.D.", "Jane Doe")]
    [InlineData("Jane Doe March 3, 2025", "Jane Doe")]
    [InlineData("Posted by Jane Doe on 3 March 2025", "Jane Doe")]
    [InlineData("Von Erika Mustermann", "Erika Mustermann")]
    public void AddAuthors_Bylines_GiveNames(string byline, string expected)
    {
        var authors = new List<string>();
        MetadataText.AddAuthors(byline, authors);
        Assert.Equal(expected.Split('|'), authors);
    }

    [Theory]
    [InlineData("https://www.facebook.com/janedoe")]
    [InlineData("@janedoe")]
    [InlineData("By")]
    [InlineData("Dec")]
    [InlineData("jane@example.com")]
    public void AddAuthors_UrlsHandlesLabelsAndMonths_GiveNothing(string value)
    {
        var authors = new List<string>();
        Assert.False(MetadataText.AddAuthors(value, authors));
        Assert.Empty(authors);
    }

    [Theory]
    [InlineData("Roy, Aniruddha", "Aniruddha Roy")]
    [InlineData("Jane Doe", "Jane Doe")]
    [InlineData("Jane Doe, John Roe, Max Mustermann", "Jane Doe, John Roe, Max Mustermann")]
    public void FirstNameFirst_LastCommaFirst_IsTurned(string value, string expected) =>
        Assert.Equal(expected, MetadataText.FirstNameFirst(value));
}
