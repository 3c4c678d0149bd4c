namespace Boilerplate.Tests.Support;

/// <summary>Small realistic page fragments and helpers shared by the unit tests.</summary>
internal static class TestPages
{
    /// <summary>Article paragraphs of an English news story: long, rich in function words, ending with a full stop.</summary>
    public static readonly string[] EnglishParagraphs =
    [
        "Heavy rain and a powerful storm surge flooded several coastal towns overnight, forcing hundreds of residents to leave their homes before dawn and to seek shelter with friends and relatives inland.",
        "The coastguard said that the water had risen faster than it had in any storm of the past twenty years, and that more rain was expected during the day across the whole of the region.",
        "Local officials opened the school gymnasium as a shelter and asked drivers to stay away from the coast road until the water had gone down, which they said could take several days.",
        "Farmers in the low fields behind the dunes said they had lost most of their winter crops, and several of them called on the government to pay for better defences before the next storm arrives.",
        "By the afternoon the wind had eased, and volunteers with boats were helping the fire service to check on older people who had stayed in their homes despite the warnings of the night before.",
        "The national weather office said that the storm was the third of the season and that it would publish a full report on its strength and its path once the data from all of the stations had come in.",
        "In the harbour, the owners of small fishing boats spent the morning pumping water out of their hulls, and some of them said that they would not be able to go back to sea for at least a week.",
        "The railway company said that the line along the estuary would stay closed until engineers had checked the embankment, which had been damaged in two places by the force of the waves.",
        "Schools in the three worst affected towns were closed for the day, and the council said that it would decide in the evening whether they could open again on the following morning.",
        "Insurance companies have told their customers to take photographs of any damage before they begin to clean up, and to keep receipts for anything that they have to buy in the meantime.",
    ];

    /// <summary>Builds a text dump: one block per line.</summary>
    public static string Dump(params string[] lines) => string.Join("\n", lines);

    /// <summary>An HTML page with <paramref name="head"/>, then <paramref name="bodyStart"/> and two English paragraphs in its body.</summary>
    public static string HtmlPage(string head, string bodyStart) =>
        $"<html><head>{head}</head><body>{bodyStart}<p>{EnglishParagraphs[0]}</p><p>{EnglishParagraphs[1]}</p></body></html>";

    /// <summary>A pipeline built from a configured builder.</summary>
    public static BoilerplatePipeline BuildPipeline(Func<BoilerplatePipelineBuilder, BoilerplatePipelineBuilder> configure) =>
        configure(new BoilerplatePipelineBuilder()).Build();

    /// <summary>The decision for the only block whose text is <paramref name="text"/>.</summary>
    public static BlockDecision Line(this CleanResult result, string text) =>
        result.Explain().Single(d => d.Text == text);

    /// <summary>The decisions for every block whose text is <paramref name="text"/>.</summary>
    public static BlockDecision[] Lines(this CleanResult result, string text) =>
        result.Explain().Where(d => d.Text == text).ToArray();

    /// <summary>The kept blocks' texts, in order.</summary>
    public static string[] KeptLines(this CleanResult result) =>
        result.Explain().Where(d => d.IsKept).Select(d => d.Text).ToArray();
}
