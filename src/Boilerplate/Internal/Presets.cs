namespace Boilerplate.Internal;

/// <summary>
/// What each <see cref="BoilerplatePreset"/> changes from the default options. Chosen with the evaluation harness
/// (<c>--preset</c>): Precision raises precision, Recall raises recall, on every data set in both forms.
/// </summary>
internal static class Presets
{
    public static void Apply(BoilerplateOptions options, BoilerplatePreset preset)
    {
        switch (preset)
        {
            case BoilerplatePreset.Balanced:
                break;
            case BoilerplatePreset.Precision:
                // Fewer blocks good on their own, fewer linked blocks kept or rescued, teaser lists of two recognised.
                options.ContentClassifier.LengthLow = 90;
                options.ContentClassifier.StopwordsHigh = 0.36;
                options.ContentClassifier.MaxLinkDensity = 0.4;
                options.MainRegion.MaxRescueLinkDensity = 0.5;
                options.MainRegion.MinTeaserItems = 2;
                break;
            case BoilerplatePreset.Recall:
                // More blocks good or near-good, linked paragraphs kept, captions and bylines kept.
                options.ContentClassifier.LengthLow = 50;
                options.ContentClassifier.StopwordsLow = 0.26;
                options.ContentClassifier.MaxLinkDensity = 0.7;
                options.MainRegion.DropCaptions = false;
                options.MainRegion.DropBylines = false;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(preset), preset, "Not a preset.");
        }
    }
}
