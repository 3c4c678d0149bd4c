namespace Boilerplate.Tests.Cli;

/// <summary><c>boilerplate batch</c> over real temp folders: relative paths kept, failures isolated and counted.</summary>
public sealed class BatchCommandTests
{
    private static readonly string s_sample = File.ReadAllText(CliRun.SamplePath);
    private static readonly string s_expected = CliRun.Invoke("clean", CliRun.SamplePath).Out;

    [Fact]
    public void Batch_NestedFiles_WritesEachArticleAtTheSameRelativePath()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        string[] files = ["top.txt", Path.Combine("a", "one.txt"), Path.Combine("a", "b", "two.txt")];
        foreach (string file in files)
        {
            input.WriteFile(file, s_sample);
        }

        input.WriteFile("notes.md", "not a page");

        CliRun run = CliRun.Invoke("batch", "--input", input.Path, "--output", output.Path, "--threads", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        string summary = Assert.Single(run.ErrorLines);
        Assert.StartsWith("boilerplate: 3 files, ", summary, StringComparison.Ordinal);
        Assert.EndsWith(", 0 errors", summary, StringComparison.Ordinal);

        string[] written = [.. Directory.GetFiles(output.Path, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(output.Path, p)).Order(StringComparer.Ordinal)];
        Assert.Equal(files.Order(StringComparer.Ordinal), written);
        Assert.All(written, file => Assert.Equal(s_expected, File.ReadAllText(output.Combine(file))));
    }

    [Fact]
    public void Batch_NoTitle_LeavesTheTitleOut()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.WriteFile("page.txt", s_sample);

        CliRun run = CliRun.Invoke("batch", "--input", input.Path, "--output", output.Path, "--no-title");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(CliRun.Invoke("clean", "--no-title", CliRun.SamplePath).Out, File.ReadAllText(output.Combine("page.txt")));
    }

    [Fact]
    public void Batch_UnreadableAndInvalidInputs_ProcessesTheOthersAndExitsWith1()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.WriteFile("good.txt", s_sample);
        input.WriteFile(Path.Combine("sub", "good.txt"), s_sample);
        File.WriteAllBytes(input.Combine("invalid-utf8.txt"), [.. "Broken "u8, 0xFF, 0xFE, 0xC3, .. " bytes\n"u8]);
        string unreadable = input.Combine("sub", "unreadable.txt");
        using IDisposable _ = MakeUnreadable(unreadable);

        CliRun run = CliRun.Invoke("batch", "--input", input.Path, "--output", output.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(s_expected, File.ReadAllText(output.Combine("good.txt")));
        Assert.Equal(s_expected, File.ReadAllText(output.Combine("sub", "good.txt")));
        Assert.Contains("\uFFFD", File.ReadAllText(output.Combine("invalid-utf8.txt")), StringComparison.Ordinal);
        Assert.False(File.Exists(output.Combine("sub", "unreadable.txt")));

        Assert.Equal(2, run.ErrorLines.Length);
        Assert.StartsWith($"boilerplate: cannot read '{unreadable}': ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.StartsWith("boilerplate: 4 files, ", run.ErrorLines[1], StringComparison.Ordinal);
        Assert.EndsWith(", 1 error", run.ErrorLines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_LeavesNoTemporaryFilesAndOverwritesEarlierOutputs()
    {
        using var input = new TempDirectory();
        using var output = new TempDirectory();
        input.WriteFile("page.txt", s_sample);
        output.WriteFile("page.txt", "stale output from an earlier run");

        CliRun run = CliRun.Invoke("batch", "--input", input.Path, "--output", output.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(s_expected, File.ReadAllText(output.Combine("page.txt")));
        Assert.Equal(["page.txt"], Directory.GetFiles(output.Path, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
    }

    [Fact]
    public void Batch_OutputInsideInput_DoesNotReadItsOwnOutputs()
    {
        using var input = new TempDirectory();
        input.WriteFile("page.txt", s_sample);
        string output = input.Combine("cleaned");

        CliRun first = CliRun.Invoke("batch", "--input", input.Path, "--output", output);
        CliRun second = CliRun.Invoke("batch", "--input", input.Path, "--output", output);

        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("boilerplate: 1 file, ", Assert.Single(first.ErrorLines), StringComparison.Ordinal);
        Assert.StartsWith("boilerplate: 1 file, ", Assert.Single(second.ErrorLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "cleaned")));
    }

    [Fact]
    public void Batch_MissingInputFolder_FailsWithExitCode1()
    {
        using var temp = new TempDirectory();
        string missing = temp.Combine("missing");

        CliRun run = CliRun.Invoke("batch", "--input", missing, "--output", temp.Combine("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"boilerplate: cannot read '{missing}': directory not found", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("batch", "--output", "out")]
    [InlineData("batch", "--input", "in")]
    [InlineData("batch", "--input", "in", "--output", "out", "--threads", "0")]
    [InlineData("batch", "--input", "in", "--output", "out", "--threads", "many")]
    [InlineData("batch", "--input", "in", "--output", "out", "--threads")]
    [InlineData("batch", "--input", "in", "--output", "out", "extra")]
    [InlineData("batch", "--input", "same", "--output", "same")]
    [InlineData("batch", "--input", "in", "--output", "out", "--json")]
    public void Batch_UsageErrors_ExitWith2(params string[] args)
    {
        CliRun run = CliRun.Invoke(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("boilerplate batch --help", run.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A *.txt input that exists in the listing but cannot be read: a dangling symbolic link (a common leftover in
    /// crawl folders), or on Windows, where creating links needs a privilege, a file held open without sharing.
    /// </summary>
    private static IDisposable MakeUnreadable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllText(path, "locked");
            return new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }

        File.CreateSymbolicLink(path, Path.Combine(Path.GetDirectoryName(path)!, "no-such-target"));
        return new MemoryStream();
    }
}
