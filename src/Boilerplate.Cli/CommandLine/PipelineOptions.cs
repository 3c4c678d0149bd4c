using System.Text.Json;
using Boilerplate.Cli.Input;

namespace Boilerplate.Cli.CommandLine;

/// <summary><c>--preset NAME</c> and <c>--options FILE</c>: the pipeline a command cleans with.</summary>
internal static class PipelineOptions
{
    public const string Preset = "--preset";
    public const string Options = "--options";

    public const string Help = """
          --preset P  balanced (default), precision (drops more) or recall (keeps
                      more); the README gives each one's figures.
          --options F A JSON file of options (BoilerplateOptions): a preset, limits
                      and each filter's options, e.g. {"Preset": "Precision",
                      "ContentClassifier": {"LengthLow": 60}}; unknown names are
                      errors. Name a preset in the file rather than with --preset.
        """;

    /// <summary>The pipeline the options ask for, or <see langword="null"/> for the default one.</summary>
    /// <exception cref="UsageException">The preset is unknown, or the file cannot be read or is not valid options.</exception>
    public static BoilerplatePipeline? Build(ParsedArguments arguments, string command)
    {
        string? presetName = arguments.GetValue(Preset);
        string? path = arguments.GetValue(Options);
        if (presetName is null && path is null)
        {
            return null;
        }

        if (presetName is not null && path is not null)
        {
            throw new UsageException($"'{Preset}' and '{Options}' cannot be combined: name the preset in the file (\"Preset\": \"{presetName}\")", command);
        }

        BoilerplateOptions options;
        if (presetName is not null)
        {
            options = Enum.TryParse(presetName, ignoreCase: true, out BoilerplatePreset preset) && Enum.IsDefined(preset) && !char.IsAsciiDigit(presetName[0])
                ? BoilerplateOptions.ForPreset(preset)
                : throw new UsageException($"'{Preset}' must be balanced, precision or recall (was '{presetName}')", command);
        }
        else
        {
            try
            {
                options = BoilerplateOptions.FromJson(File.ReadAllText(path!));
            }
            catch (Exception ex) when (FileErrors.IsFileError(ex) || ex is JsonException)
            {
                throw new UsageException($"cannot read options from '{path}': {(ex is JsonException ? ex.Message : FileErrors.Describe(ex))}", command);
            }
        }

        try
        {
            return new BoilerplatePipelineBuilder().UseOptions(options).Build();
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"invalid options: {ex.Message}", command);
        }
    }
}
