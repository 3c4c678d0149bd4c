using System.Text;
using System.Text.Json;

namespace Boilerplate.Tests.Cli;

/// <summary><c>boilerplate clean</c> on real files and stdin: text, <c>--explain</c>, <c>--json</c> and the error contract.</summary>
public sealed class CleanCommandTests
{
    private const string Title = "US, Russia vow to boost cooperation";
    private const string FirstParagraph = "Russia and the United States vowed";

    [Fact]
    public void Clean_Sample_PrintsTitleBlankLineThenBody()
    {
        CliRun run = CliRun.Invoke("clean", CliRun.SamplePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        string[] lines = run.Out.Split('\n');
        Assert.Equal(Title, lines[0]);
        Assert.Equal(string.Empty, lines[1]);
        Assert.StartsWith(FirstParagraph, lines[2], StringComparison.Ordinal);
        Assert.Equal(Title + "\n\n" + Cleaner.Clean(File.ReadAllText(CliRun.SamplePath)) + "\n", run.Out);
    }

    [Fact]
    public void Clean_NoTitle_PrintsOnlyTheBody()
    {
        CliRun run = CliRun.Invoke("clean", "--no-title", CliRun.SamplePath);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(FirstParagraph, run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Title, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_Explain_MarksTheSecurityCodeLineDropWithFilterAndReason()
    {
        CliRun run = CliRun.Invoke("clean", CliRun.SamplePath, "--explain");

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Out.TrimEnd('\n').Split('\n');
        string securityCode = Assert.Single(lines, l => l.EndsWith("| Security Code*", StringComparison.Ordinal));
        string[] columns = securityCode.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["DROP", "navigation", "form field label", "| Security Code*"], columns);

        // Every line is one block, KEEP or DROP, with the text column aligned.
        Assert.All(lines, l => Assert.True(l.StartsWith("KEEP  ", StringComparison.Ordinal) || l.StartsWith("DROP  ", StringComparison.Ordinal), l));
        Assert.Single(lines.Select(l => l.IndexOf(" | ", StringComparison.Ordinal)).Distinct());
        Assert.Contains(lines, l => l.StartsWith("KEEP", StringComparison.Ordinal) && l.Contains("| " + FirstParagraph, StringComparison.Ordinal));
    }

    [Fact]
    public void Clean_Json_HasTitleTextCountsAndRemovedLines()
    {
        CliRun run = CliRun.Invoke("clean", CliRun.SamplePath, "--json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Out);
        JsonElement root = json.RootElement;
        Assert.Equal(Title, root.GetProperty("title").GetString());
        Assert.StartsWith(FirstParagraph, root.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("en", root.GetProperty("language").GetString());

        JsonElement removed = root.GetProperty("removed");
        Assert.Equal(root.GetProperty("removedCount").GetInt32(), removed.GetArrayLength());
        Assert.True(root.GetProperty("keptCount").GetInt32() > 0);
        JsonElement securityCode = Assert.Single(removed.EnumerateArray(), e => e.GetProperty("text").GetString() == "Security Code*");
        Assert.Equal("navigation", securityCode.GetProperty("filter").GetString());
        Assert.Equal("form field label", securityCode.GetProperty("reason").GetString());
        Assert.Equal("Rule", securityCode.GetProperty("kind").GetString());
        Assert.Equal(nameof(DecisionCode.FormLabel), securityCode.GetProperty("code").GetString());
        int line = securityCode.GetProperty("line").GetInt32();
        Assert.Equal("Security Code*", File.ReadAllLines(CliRun.SamplePath)[line - 1].Trim());
    }

    [Fact]
    public void Clean_JsonNoTitle_WritesANullTitle()
    {
        CliRun run = CliRun.Invoke("clean", CliRun.SamplePath, "--json", "--no-title");

        using JsonDocument json = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("title").ValueKind);
    }

    [Theory]
    [InlineData]
    [InlineData("-")]
    public void Clean_Stdin_GivesTheSameOutputAsTheFile(params string[] fileArgument)
    {
        CliRun fromStdin = CliRun.InvokeWithInput(File.ReadAllText(CliRun.SamplePath), ["clean", .. fileArgument]);

        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal(CliRun.Invoke("clean", CliRun.SamplePath).Out, fromStdin.Out);
    }

    [Fact]
    public void Clean_FileWithBomAndInvalidBytes_IsReadAsUtf8WithReplacements()
    {
        using var temp = new TempDirectory();
        string path = temp.Combine("page.txt");
        byte[] sample = File.ReadAllBytes(CliRun.SamplePath);
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. sample, (byte)'\n', .. "Broken "u8, 0xC3, 0x28, .. " byte\n"u8]);

        CliRun run = CliRun.Invoke("clean", path, "--explain");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\uFEFF', run.Out);
        Assert.Contains("| us russia vow to boost cooperation\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("| Broken \uFFFD( byte", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_Utf16FileWithBom_IsDecodedFromTheBom()
    {
        using var temp = new TempDirectory();
        string path = temp.Combine("page.txt");
        File.WriteAllText(path, File.ReadAllText(CliRun.SamplePath), Encoding.Unicode);

        Assert.Equal(CliRun.Invoke("clean", CliRun.SamplePath).Out, CliRun.Invoke("clean", path).Out);
    }

    [Fact]
    public void Clean_MissingFile_FailsWithOneLineAndExitCode1()
    {
        using var temp = new TempDirectory();
        string path = temp.Combine("x.txt");

        CliRun run = CliRun.Invoke("clean", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal($"boilerplate: cannot read '{path}': file not found", Assert.Single(run.ErrorLines));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_Directory_FailsWithExitCode1()
    {
        using var temp = new TempDirectory();

        CliRun run = CliRun.Invoke("clean", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"boilerplate: cannot read '{temp.Path}': is a directory", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("clean", "--bogus")]
    [InlineData("clean", "--json=yes")]
    [InlineData("clean", "a.txt", "b.txt")]
    [InlineData("clean", "--explain", "--json")]
    [InlineData("frobnicate")]
    [InlineData("--bogus")]
    public void UsageErrors_ExitWith2AndPointToHelp(params string[] args)
    {
        CliRun run = CliRun.Invoke(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.StartsWith("boilerplate: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("--help", run.ErrorLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void NoArguments_PrintsUsageOnStderrWithExitCode2()
    {
        CliRun run = CliRun.Invoke();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("boilerplate clean", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_ListsBothCommands(string flag)
    {
        CliRun run = CliRun.Invoke(flag);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("boilerplate clean [FILE|-]", run.Out, StringComparison.Ordinal);
        Assert.Contains("boilerplate batch --input DIR --output DIR", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clean", "--help")]
    [InlineData("clean", "-h")]
    [InlineData("batch", "--help")]
    [InlineData("help", "batch")]
    public void CommandHelp_StartsWithTheCommandsUsage(string first, string second)
    {
        string command = first == "help" ? second : first;

        CliRun run = CliRun.Invoke(first, second);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"Usage: boilerplate {command} ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheToolVersion()
    {
        CliRun run = CliRun.Invoke("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^boilerplate \d+\.\d+\.\d+\S*\n$", run.Out);
    }
}
