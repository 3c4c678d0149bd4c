using Boilerplate.Internal;

namespace Boilerplate.Filters.ContentClassifier;

/// <summary>Options of <see cref="ContentClassifierFilter"/>; the defaults start from jusText's.</summary>
public sealed class ContentClassifierOptions
{
    /// <summary>Blocks shorter than this many characters are <see cref="ContentClass.Short"/> and take their class from their neighbours.</summary>
    /// <value>The default value is 70.</value>
    public int LengthLow { get; set; } = 70;

    /// <summary>Blocks longer than this many characters, with enough stopwords, are <see cref="ContentClass.Good"/>.</summary>
    /// <value>The default value is 150 (trafilatura's setting; jusText's is 200).</value>
    public int LengthHigh { get; set; } = 150;

    /// <summary>
    /// A short heading followed within this many characters by a good block becomes near-good (jusText's heading pass),
    /// so a subheading that opens the article is kept. Only marked headings count (HTML h1–h6): in a text dump a short
    /// line that looks like a heading is as often a site name or a dateline. 0 turns the pass off.
    /// </summary>
    /// <value>The default value is 200.</value>
    public int MaxHeadingDistance { get; set; } = 200;

    /// <summary>Blocks with a smaller stopword share than this are <see cref="ContentClass.Bad"/>.</summary>
    /// <value>The default value is 0.30.</value>
    public double StopwordsLow { get; set; } = 0.30;

    /// <summary>Blocks with at least this stopword share are <see cref="ContentClass.Good"/> when long, <see cref="ContentClass.NearGood"/> otherwise.</summary>
    /// <value>The default value is 0.32.</value>
    public double StopwordsHigh { get; set; } = 0.32;

    /// <summary>The low stopword threshold is at most this share of the page's reference density (the stopword share of its blocks of <see cref="ReferenceBlockWords"/> words or more).</summary>
    /// <value>The default value is 0.6.</value>
    public double RelativeStopwordsLow { get; set; } = 0.6;

    /// <summary>The high stopword threshold is at most this share of the page's reference density.</summary>
    /// <value>The default value is 0.64.</value>
    public double RelativeStopwordsHigh { get; set; } = 0.64;

    /// <summary>Blocks with at least this many words set the page's reference stopword density.</summary>
    /// <value>The default value is 20.</value>
    public int ReferenceBlockWords { get; set; } = 20;

    /// <summary>Blocks with a larger share of characters inside links are <see cref="ContentClass.Bad"/> (HTML input).</summary>
    /// <value>The default value is 0.5: jusText's 0.2 drops article paragraphs with a few inline links.</value>
    public double MaxLinkDensity { get; set; } = 0.5;

    /// <summary>
    /// Each Han, kana or Hangul letter counts as this many characters when comparing lengths, since one such letter
    /// carries about as much as a short Latin word.
    /// </summary>
    /// <value>The default value is 3.</value>
    public int CjkLetterWeight { get; set; } = 3;

    /// <summary>
    /// Whether a block of at least <see cref="LengthLow"/> characters that ends with sentence punctuation is
    /// <see cref="ContentClass.NearGood"/> however few stopwords it has, rather than <see cref="ContentClass.Bad"/>:
    /// it still needs good neighbours to be kept. An experiment switch, kept for the tests that compare both ways.
    /// </summary>
    internal bool SentencesAreNearGood { get; set; } = true;

    /// <summary>
    /// When the good blocks hold less than this share of the characters of the blocks the classifier decides, the page has
    /// no clear article (a list of links under a line of introduction, a table, a log) and every block not bad on its own is
    /// kept, as when there is no good block at all. 0 keeps only that last case.
    /// </summary>
    /// <value>The default value is 0.1.</value>
    public double MinGoodShare { get; set; } = 0.1;

    /// <summary>
    /// When the page has a single good block and it holds less than this share of the characters of the blocks the
    /// classifier decides, the page has no clear article either: one paragraph introducing a list, a table or a form.
    /// </summary>
    /// <value>The default value is 0.3.</value>
    public double MinSingleGoodShare { get; set; } = 0.3;

    internal void Validate(ICollection<string> errors)
    {
        const string type = nameof(ContentClassifierOptions);
        OptionCheck.Require(errors, LengthLow >= 0, type, nameof(LengthLow), "at least 0", LengthLow);
        OptionCheck.Require(errors, LengthHigh >= LengthLow, type, nameof(LengthHigh), $"at least {nameof(LengthLow)} ({LengthLow})", LengthHigh);
        OptionCheck.Require(errors, StopwordsLow is >= 0 and <= 1, type, nameof(StopwordsLow), "in [0, 1]", StopwordsLow);
        OptionCheck.Require(errors, StopwordsHigh >= StopwordsLow && StopwordsHigh <= 1, type, nameof(StopwordsHigh), $"in [{nameof(StopwordsLow)}, 1]", StopwordsHigh);
        OptionCheck.Require(errors, RelativeStopwordsLow is >= 0 and <= 1, type, nameof(RelativeStopwordsLow), "in [0, 1]", RelativeStopwordsLow);
        OptionCheck.Require(errors, RelativeStopwordsHigh >= RelativeStopwordsLow && RelativeStopwordsHigh <= 1, type, nameof(RelativeStopwordsHigh), $"in [{nameof(RelativeStopwordsLow)}, 1]", RelativeStopwordsHigh);
        OptionCheck.Require(errors, ReferenceBlockWords >= 1, type, nameof(ReferenceBlockWords), "at least 1", ReferenceBlockWords);
        OptionCheck.Require(errors, MaxHeadingDistance >= 0, type, nameof(MaxHeadingDistance), "at least 0", MaxHeadingDistance);
        OptionCheck.Require(errors, MaxLinkDensity is >= 0 and <= 1, type, nameof(MaxLinkDensity), "in [0, 1]", MaxLinkDensity);
        OptionCheck.Require(errors, MinGoodShare is >= 0 and <= 1, type, nameof(MinGoodShare), "in [0, 1]", MinGoodShare);
        OptionCheck.Require(errors, MinSingleGoodShare is >= 0 and <= 1, type, nameof(MinSingleGoodShare), "in [0, 1]", MinSingleGoodShare);
        OptionCheck.Require(errors, CjkLetterWeight >= 1, type, nameof(CjkLetterWeight), "at least 1", CjkLetterWeight);
    }

    internal ContentClassifierOptions Clone() => (ContentClassifierOptions)MemberwiseClone();
}
