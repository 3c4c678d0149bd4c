using System.Globalization;

namespace Boilerplate.Evaluation;

/// <summary>The command line.</summary>
internal sealed class EvaluationOptions
{
    public const string Usage = """
        Measures how well Boilerplate extracts articles from the evaluation data sets.

        usage: dotnet run -c Release --project benchmarks/Boilerplate.Evaluation -- [options]

          --data DIR           folder of data sets (each a folder with gold/ and dump/ and/or html/);
                               default ../shared/eval when it exists
          --mode MODE          dump, html or both (default both)
          --out DIR            where outputs and reports go (default eval-out, ignored by git)
          --dataset NAME       only this data set (repeatable)
          --with-title         put the title line before the body in the output
          --sites              also clean each data set with site templates: pages grouped by the host
                               of their url in pages.jsonl, a template learnt per host of at least 3
                               pages (from all of them); reported beside the single-page figures as
                               dump-sites and html-sites, with per-host figures in sites.md
          --preset NAME        clean with a preset's pipeline: balanced (the default), precision or recall
          --options FILE       clean with the pipeline of a JSON options file (BoilerplateOptions.FromJson;
                               it may name a preset), as the CLI's --options does
          --top N              pages per list in the loss reports (default 20)
          --update-docs        copy the picture to docs/quality.png
          --check-floor FILE   fail when an F1 falls below, or empty outputs rise above, the floor in FILE
          --write-floor FILE   record this run's figures, less the tolerance, as the floor in FILE
          -h, --help           this text
        """;

    public string? DataDir { get; private set; }

    public string? OutDir { get; private set; }

    public IReadOnlyList<EvalMode> Modes { get; private set; } = [EvalMode.Dump, EvalMode.Html];

    public List<string> Datasets { get; } = [];

    public bool WithTitle { get; private set; }

    public bool Sites { get; private set; }

    public int Top { get; private set; } = 20;

    public bool UpdateDocs { get; private set; }

    public string? CheckFloor { get; private set; }

    public string? WriteFloor { get; private set; }

    public bool Help { get; private set; }

    /// <summary>The pipeline of <c>--preset</c> or <c>--options</c>; <see langword="null"/> for the one-liners' default.</summary>
    public BoilerplatePipeline? Pipeline { get; private set; }

    /// <summary>Parses the arguments; returns <see langword="null"/> with <paramref name="error"/> set when they are invalid.</summary>
    public static EvaluationOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new EvaluationOptions();
        error = null;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    options.Help = true;
                    break;
                case "--with-title":
                    options.WithTitle = true;
                    break;
                case "--sites":
                    options.Sites = true;
                    break;
                case "--update-docs":
                    options.UpdateDocs = true;
                    break;
                case "--data" or "--out" or "--mode" or "--dataset" or "--top" or "--check-floor" or "--write-floor" or "--preset" or "--options":
                    if (i + 1 >= args.Count)
                    {
                        error = $"{arg} needs a value";
                        return null;
                    }

                    string value = args[++i];
                    if (!options.SetValue(arg, value, out error))
                    {
                        return null;
                    }

                    break;
                default:
                    error = $"unknown argument '{arg}'";
                    return null;
            }
        }

        return options;
    }

    private bool SetValue(string name, string value, out string? error)
    {
        error = null;
        switch (name)
        {
            case "--data":
                DataDir = value;
                break;
            case "--out":
                OutDir = value;
                break;
            case "--dataset":
                Datasets.Add(value);
                break;
            case "--check-floor":
                CheckFloor = value;
                break;
            case "--write-floor":
                WriteFloor = value;
                break;
            case "--mode":
                Modes = value switch
                {
                    "dump" => [EvalMode.Dump],
                    "html" => [EvalMode.Html],
                    "both" => [EvalMode.Dump, EvalMode.Html],
                    _ => [],
                };
                if (Modes.Count == 0)
                {
                    error = $"--mode must be dump, html or both, not '{value}'";
                }

                break;
            case "--preset":
                if (!Enum.TryParse(value, ignoreCase: true, out BoilerplatePreset preset) || !Enum.IsDefined(preset))
                {
                    error = $"--preset must be balanced, precision or recall, not '{value}'";
                    break;
                }

                Pipeline = new BoilerplatePipelineBuilder().UseDefaults(preset).Build();
                break;
            case "--options":
                try
                {
                    Pipeline = new BoilerplatePipelineBuilder().UseOptions(BoilerplateOptions.FromJson(File.ReadAllText(value))).Build();
                }
                catch (Exception e) when (e is IOException or System.Text.Json.JsonException or ArgumentException)
                {
                    error = $"--options {value}: {e.Message}";
                }

                break;
            case "--top":
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int top) || top < 1)
                {
                    error = $"--top needs a positive number, not '{value}'";
                }

                Top = top;
                break;
        }

        return error is null;
    }
}
