using System.Text.Json;
using Boilerplate.Evaluation;
using Boilerplate.Filters.ContentClassifier;
using Boilerplate.Tests.Support;
using Xunit.Abstractions;

namespace Boilerplate.Tests.Presets;

/// <summary>Balanced is the default; Precision and Recall move precision and recall the way their names say.</summary>
public sealed class PresetTests(ITestOutputHelper output)
{
    [Fact]
    public void UseDefaultsBalanced_GivesTheDefaultPipelinesResults()
    {
        BoilerplatePipeline balanced = new BoilerplatePipelineBuilder().UseDefaults(BoilerplatePreset.Balanced).Build();
        BoilerplatePipeline fromOptions = new BoilerplatePipelineBuilder().UseOptions(BoilerplateOptions.ForPreset(BoilerplatePreset.Balanced)).Build();
        string dump = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "news-article.dump.txt"));

        foreach (BoilerplatePipeline pipeline in new[] { balanced, fromOptions })
        {
            Assert.Equal(Cleaner.DefaultPipeline.Filters.Select(f => f.Name), pipeline.Filters.Select(f => f.Name));
            Assert.Equal(Cleaner.Process(dump).Text, pipeline.Process(dump).Text);
            foreach (string page in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Html", "Pages"), "*.html"))
            {
                Assert.Equal(Cleaner.ProcessHtml(File.ReadAllBytes(page)).Text, pipeline.ProcessHtml(File.ReadAllBytes(page)).Text);
            }
        }
    }

    [Fact]
    public void Recall_KeepsTheCaptionBalancedDrops()
    {
        string balanced = Cleaner.CleanHtml(StormPage.WithCaption);
        string recall = new BoilerplatePipelineBuilder().UseDefaults(BoilerplatePreset.Recall).Build().ProcessHtml(StormPage.WithCaption).Text;

        Assert.DoesNotContain(StormPage.Caption, balanced, StringComparison.Ordinal);
        Assert.Contains(StormPage.Caption, recall, StringComparison.Ordinal);
    }

    [Fact]
    public void ForPreset_PrecisionAndRecall_MoveTheClassifiersThresholdsApart()
    {
        ContentClassifierOptions balanced = BoilerplateOptions.ForPreset(BoilerplatePreset.Balanced).ContentClassifier;
        ContentClassifierOptions precision = BoilerplateOptions.ForPreset(BoilerplatePreset.Precision).ContentClassifier;
        ContentClassifierOptions recall = BoilerplateOptions.ForPreset(BoilerplatePreset.Recall).ContentClassifier;

        Assert.True(precision.LengthLow > balanced.LengthLow && balanced.LengthLow > recall.LengthLow);
        Assert.True(precision.MaxLinkDensity < balanced.MaxLinkDensity && balanced.MaxLinkDensity < recall.MaxLinkDensity);
        Assert.Throws<ArgumentOutOfRangeException>(() => BoilerplateOptions.ForPreset((BoilerplatePreset)7));
    }

    [Fact]
    public void FromJson_PresetThenOneOption_KeepsThePresetsOtherOptionsWhateverTheOrder()
    {
        BoilerplateOptions options = BoilerplateOptions.FromJson("""
            {
              // a comment
              "contentClassifier": { "LengthLow": 60 },
              "Limits": { "MaxInputChars": 5000 },
              "Preset": "precision",
            }
            """);
        BoilerplateOptions precision = BoilerplateOptions.ForPreset(BoilerplatePreset.Precision);

        Assert.Equal(BoilerplatePreset.Precision, options.Preset);
        Assert.Equal(60, options.ContentClassifier.LengthLow);
        Assert.Equal(precision.ContentClassifier.StopwordsHigh, options.ContentClassifier.StopwordsHigh);
        Assert.Equal(precision.MainRegion.MinTeaserItems, options.MainRegion.MinTeaserItems);
        Assert.Equal(5000, options.Limits.MaxInputChars);
        Assert.Equal(new PipelineLimits().MaxBlocks, options.Limits.MaxBlocks);
        Assert.Throws<JsonException>(() => BoilerplateOptions.FromJson("""{ "ContentClassifier": { "LenghtLow": 60 } }"""));
        Assert.Throws<JsonException>(() => BoilerplateOptions.FromJson("""{ "Preset": "Fast" }"""));
    }

    [Fact]
    public void Presets_OnTheCorpus_PrecisionRaisesPrecisionAndRecallRaisesRecallOnEverySetAndForm()
    {
        string? eval = RepositoryFolders.Eval(output, "nothing more (the other tests of this class check the presets on built pages)");
        if (eval is null)
        {
            return;
        }

        // The two smallest sets keep this test to seconds; the README's table and the commit give all five.
        string outDir = Directory.CreateTempSubdirectory("presets").FullName;
        var pipelines = new[] { BoilerplatePreset.Balanced, BoilerplatePreset.Precision, BoilerplatePreset.Recall }
            .ToDictionary(p => p, p => new BoilerplatePipelineBuilder().UseDefaults(p).Build());
        try
        {
            foreach (Dataset dataset in Dataset.Discover(eval).Where(d => d.Name is "scrapinghub" or "cleanportaleval"))
            {
                foreach (EvalMode mode in new[] { EvalMode.Dump, EvalMode.Html }.Where(dataset.Has))
                {
                    DatasetScore Score(BoilerplatePreset preset) => Runner.Run(dataset, mode, outDir, withTitle: false, pipeline: pipelines[preset]).Score;
                    DatasetScore balanced = Score(BoilerplatePreset.Balanced), precision = Score(BoilerplatePreset.Precision), recall = Score(BoilerplatePreset.Recall);
                    output.WriteLine($"{dataset.Name} {mode}: P {balanced.Precision:F4} -> {precision.Precision:F4}, R {balanced.Recall:F4} -> {recall.Recall:F4}");

                    Assert.True(precision.Precision > balanced.Precision, $"{dataset.Name} {mode}: Precision's precision {precision.Precision} is not above {balanced.Precision}");
                    Assert.True(recall.Recall > balanced.Recall, $"{dataset.Name} {mode}: Recall's recall {recall.Recall} is not above {balanced.Recall}");
                }
            }
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }
}
