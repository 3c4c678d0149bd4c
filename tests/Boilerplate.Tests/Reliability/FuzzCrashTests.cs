using Boilerplate.Fuzz;

namespace Boilerplate.Tests.Reliability;

/// <summary>
/// Every input the fuzzers (fuzz/run.sh) found a crash with, replayed through the same target and checks:
/// FuzzCrashes/text/* through the text path, FuzzCrashes/html/* through the HTML path.
/// </summary>
public sealed class FuzzCrashTests
{
    private static readonly string s_folder = Path.Combine(AppContext.BaseDirectory, "Reliability", "FuzzCrashes");

    public static TheoryData<string> HtmlCrashes() => Inputs("html");

    public static TheoryData<string> TextCrashes() => Inputs("text");

    [Theory]
    [MemberData(nameof(HtmlCrashes))]
    public void HtmlCrashInput_NowCleansAndPassesTheChecks(string name) =>
        FuzzTargets.Html(File.ReadAllBytes(Path.Combine(s_folder, "html", name)));

    [Theory]
    [MemberData(nameof(TextCrashes))]
    public void TextCrashInput_NowCleansAndPassesTheChecks(string name) =>
        FuzzTargets.Text(File.ReadAllBytes(Path.Combine(s_folder, "text", name)));

    [Fact]
    public void CrashFolders_AreCopiedWithTheTests()
    {
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(s_folder, "html")));
        Assert.True(Directory.Exists(Path.Combine(s_folder, "text")));
    }

    [Fact]
    public void DecodeText_ReadsUtf16AfterAZeroByteAndUtf8Otherwise()
    {
        Assert.Equal("\uD800A", FuzzTargets.DecodeText([0, 0x00, 0xD8, 0x41, 0x00, 0x42]));
        Assert.Equal("a\uFFFDb", FuzzTargets.DecodeText([(byte)'a', 0xFF, (byte)'b']));
    }

    private static TheoryData<string> Inputs(string target)
    {
        var data = new TheoryData<string>();
        string folder = Path.Combine(s_folder, target);
        if (Directory.Exists(folder))
        {
            foreach (string file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }
}
