using Boilerplate.Metadata;

namespace Boilerplate.Tests.Metadata;

/// <summary>Dates are read culture-invariantly, in ISO 8601, numeric and month-name forms; implausible ones are dropped.</summary>
public sealed class MetadataDatesTests
{
    private static readonly DateTime s_today = new(2026, 12, 7, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("2025-09-04", "2025-09-04")]
    [InlineData("2025-09-04T10:30:00Z", "2025-09-04T10:30:00Z")]
    [InlineData("2025-09-04T10:30:12.345+0200", "2025-09-04T10:30:12+02:00")]
    [InlineData("2025-09-04 10:30:12", "2025-09-04T10:30:12")]
    [InlineData("2025-09-04T10:30-05:00", "2025-09-04T10:30:00-05:00")]
    [InlineData("September 4, 2025", "2025-09-04")]
    [InlineData("Sept. 4th, 2025", "2025-09-04")]
    [InlineData("Published Thu, 4 Sep 2025 10:00", "2025-09-04")]
    [InlineData("4. September 2025", "2025-09-04")]
    [InlineData("4 de septiembre de 2025", "2025-09-04")]
    [InlineData("4 septembre 2025", "2025-09-04")]
    [InlineData("4 сентября 2025 г.", "2025-09-04")]
    [InlineData("04.09.2025", "2025-09-04")]
    [InlineData("2025/09/04", "2025-09-04")]
    [InlineData("9/14/2025", "2025-09-14")]
    [InlineData("14/9/2025", "2025-09-14")]
    [InlineData("2025年9月4日", "2025-09-04")]
    [InlineData("Updated: December 18, 2025 ・ 3 min read", "2025-12-18")]
    public void Normalize_KnownForms_GiveIsoDates(string value, string expected) =>
        Assert.Equal(expected, MetadataDates.Normalize(value, s_today));

    [Theory]
    [InlineData("2099-01-01")]
    [InlineData("December 25, 2026")]
    [InlineData("1989-12-31")]
    [InlineData("5/6/2025")]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("March 2025")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void Normalize_FutureAncientAmbiguousOrInvalid_GivesNull(string value) =>
        Assert.Null(MetadataDates.Normalize(value, s_today));
}
