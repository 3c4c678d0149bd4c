using Boilerplate.Text;

namespace Boilerplate.Tests.Text;

public sealed class IgnoreCaseNeedleTests
{
    public static TheoryData<string, string, int> Cases => new()
    {
        { "</script", "var a = 1;</SCRIPT>", 0 },
        { "</script", "<script>x</ScRiPt><script>y</script>", 5 },
        { "</script", "no end here", 0 },
        { "</script", "</scrip", 0 },
        { "application/ld+json", "<script type=\"Application/LD+JSON\">{}", 0 },
        { "application/ld+json", "<script type=\"application/ld+json\">{}", 20 },
        { "svg", "<div><SVG viewBox></svg>", 3 },
        // Letters outside ASCII that OrdinalIgnoreCase folds onto ASCII or not (Kelvin sign, dotless i, long s): the same answer as IndexOf.
        { "svg", "<\u017Fvg><svg>", 0 },
        { "</script", "</\u017Fcr\u0131pt></script>", 0 },
        { "k", "\u212A and k", 0 },
        { "</title", "t\u00E9l\u00E9 </TITLE>", 2 },
        { "</title", "", 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IndexIn_AnyText_SameAsOrdinalIgnoreCaseIndexOf(string value, string text, int from)
    {
        var needle = new IgnoreCaseNeedle(value);

        Assert.Equal(text.AsSpan().IndexOf(value, StringComparison.OrdinalIgnoreCase), needle.IndexIn(text.AsSpan()));
        Assert.Equal(text.IndexOf(value, from, StringComparison.OrdinalIgnoreCase), needle.IndexIn(text, from));
    }
}
