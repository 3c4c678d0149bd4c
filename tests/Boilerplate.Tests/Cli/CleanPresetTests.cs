using Boilerplate.Tests.Support;

namespace Boilerplate.Tests.Cli;

/// <summary><c>boilerplate clean</c> and <c>batch</c> take <c>--preset</c> and <c>--options FILE</c>, which change the pipeline; bad values are usage errors.</summary>
public sealed class CleanPresetTests
{
    [Fact]
    public void Clean_PresetRecallAndOptionsFile_KeepTheCaptionTheDefaultDrops()
    {
        using var temp = new TempDirectory();
        string options = Path.Combine(temp.Path, "options.json");
        File.WriteAllText(options, """{ "Preset": "Recall", "Limits": { "MaxInputChars": 100000 } }""");

        CliRun balanced = CliRun.InvokeWithInput(StormPage.WithCaption, "clean");
        CliRun recall = CliRun.InvokeWithInput(StormPage.WithCaption, "clean", "--preset", "recall");
        CliRun fromFile = CliRun.InvokeWithInput(StormPage.WithCaption, "clean", "--options", options);

        Assert.Equal((0, 0, 0), (balanced.ExitCode, recall.ExitCode, fromFile.ExitCode));
        Assert.DoesNotContain(StormPage.Caption, balanced.Out, StringComparison.Ordinal);
        Assert.Contains(StormPage.Caption, recall.Out, StringComparison.Ordinal);
        Assert.Equal(recall.Out, fromFile.Out);
    }

    [Fact]
    public void Batch_PresetRecallAndOptionsFile_KeepTheCaptionTheDefaultDrops()
    {
        using var temp = new TempDirectory();
        string options = Path.Combine(temp.Path, "options.json");
        File.WriteAllText(options, """{ "Preset": "Recall" }""");
        string records = System.Text.Json.JsonSerializer.Serialize(new { id = "storm", html = StormPage.WithCaption }) + "\n";

        CliRun balanced = CliRun.InvokeWithInput(records, "batch", "--input", "-", "--output", "-");
        CliRun recall = CliRun.InvokeWithInput(records, "batch", "--input", "-", "--output", "-", "--preset", "recall");
        CliRun fromFile = CliRun.InvokeWithInput(records, "batch", "--input", "-", "--output", "-", "--options", options);
        CliRun both = CliRun.InvokeWithInput(records, "batch", "--input", "-", "--output", "-", "--options", options, "--preset", "recall");

        Assert.Equal((0, 0, 0, 2), (balanced.ExitCode, recall.ExitCode, fromFile.ExitCode, both.ExitCode));
        Assert.DoesNotContain(StormPage.Caption, balanced.Out, StringComparison.Ordinal);
        Assert.Contains(StormPage.Caption, recall.Out, StringComparison.Ordinal);
        Assert.Equal(recall.Out, fromFile.Out);
    }

    [Fact]
    public void Clean_OptionsFileWithTooSmallALimit_FailsToCleanWithTheLimitInBytes()
    {
        using var temp = new TempDirectory();
        string options = Path.Combine(temp.Path, "options.json");
        File.WriteAllText(options, """{ "Limits": { "MaxInputChars": 100 } }""");

        CliRun run = CliRun.InvokeWithInput(StormPage.WithCaption, "clean", "--options", options);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("the pipeline's limit is 400 bytes (PipelineLimits.MaxInputBytes)", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--preset", "fast", "'--preset' must be balanced, precision or recall (was 'fast')")]
    [InlineData("--preset", "1", "'--preset' must be balanced, precision or recall (was '1')")]
    [InlineData("--options", "{ \"ContentClassifier\": { \"LenghtLow\": 60 } }", "cannot read options from")]
    [InlineData("--options", "{ \"Limits\": { \"MaxInputChars\": 0 } }", "PipelineLimits.MaxInputChars must be at least 1 (was 0).")]
    public void Clean_BadPresetOrOptions_IsAUsageError(string option, string value, string message)
    {
        using var temp = new TempDirectory();
        if (option == "--options")
        {
            File.WriteAllText(Path.Combine(temp.Path, "options.json"), value);
            value = Path.Combine(temp.Path, "options.json");
        }

        CliRun run = CliRun.Invoke("clean", CliRun.SamplePath, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_PresetAndOptionsTogether_IsAUsageError()
    {
        CliRun run = CliRun.Invoke("clean", CliRun.SamplePath, "--preset", "recall", "--options", "options.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be combined", run.Error, StringComparison.Ordinal);
    }
}
