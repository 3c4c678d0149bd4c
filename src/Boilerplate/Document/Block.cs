namespace Boilerplate;

/// <summary>
/// One block of a page (a line of a text dump, a block-level element of HTML): a range into the source
/// text, the features filters decide on, and the label the pipeline gave it.
/// </summary>
/// <remarks>
/// Blocks never copy text: read it with <see cref="PageDocument.GetText(int)"/>.
/// Features are computed once when the document is built; filters only read them and set labels
/// through <see cref="PageDocument.Drop(int, string, string)"/> and its siblings.
/// </remarks>
public struct Block
{
    // Bytes: heading level 0 to 6, and the decision's code (every DecisionCode is below 256).
    private byte _headingLevel;
    private byte _code;

    /// <summary>Offset of the block's first character in <see cref="PageDocument.Source"/> (leading white space trimmed).</summary>
    public int Start { readonly get; internal set; }

    /// <summary>Number of characters of the block in <see cref="PageDocument.Source"/> (trailing white space trimmed).</summary>
    public int Length { readonly get; internal set; }

    /// <summary>One-based line number of the block in the source.</summary>
    public int LineNumber { readonly get; internal set; }

    /// <summary>Number of words: runs of letters and digits; each Han, kana or Thai letter counts as one word.</summary>
    public int WordCount { readonly get; internal set; }

    /// <summary>Number of letters (Unicode categories L*), counting a supplementary letter once.</summary>
    public int LetterCount { readonly get; internal set; }

    /// <summary>Number of upper-case letters.</summary>
    public int UpperCount { readonly get; internal set; }

    /// <summary>Number of decimal digits.</summary>
    public int DigitCount { readonly get; internal set; }

    /// <summary>Number of punctuation characters (Unicode categories P*).</summary>
    public int PunctuationCount { readonly get; internal set; }

    /// <summary>Number of words found in the stopword list of the page's language (<see cref="PageDocument.Language"/>).</summary>
    public int StopwordCount { readonly get; internal set; }

    /// <summary>Number of characters inside links (HTML input only; zero for text dumps).</summary>
    public int LinkCharCount { readonly get; internal set; }

    /// <summary>The script most of the block's letters are written in (Han, Hiragana, Katakana and Hangul folded into <see cref="Script.Han"/>, each of their letters weighing as three), or <see cref="Script.Unknown"/> when it has no letters.</summary>
    public Script Script { readonly get; internal set; }

    /// <summary>Number of the block's letters written in <see cref="Script"/>.</summary>
    public int ScriptLetterCount { readonly get; internal set; }

    /// <summary>Hash of the block's normalised text: letters and digits lower-cased, everything else collapsed to one separator.</summary>
    public ulong NormalizedHash { readonly get; internal set; }

    /// <summary>Structural facts about the block.</summary>
    public BlockTraits Traits { readonly get; internal set; }

    /// <summary>Heading level 1–6 for HTML headings, otherwise 0.</summary>
    public int HeadingLevel { readonly get => _headingLevel; internal set => _headingLevel = (byte)value; }

    /// <summary>DOM depth of the block's element (HTML input only).</summary>
    public int Depth { readonly get; internal set; }

    /// <summary>For HTML input, offset in <see cref="PageDocument.Markup"/> where the block's first text node starts; otherwise -1.</summary>
    public int MarkupStart { readonly get; internal set; }

    /// <summary>For HTML input, length of the markup from <see cref="MarkupStart"/> to the end of the block's last text node; otherwise 0.</summary>
    public int MarkupLength { readonly get; internal set; }

    /// <summary>For HTML input, the lower-case name of the block's element (p, h2, li, td, div, …); otherwise <see langword="null"/>.</summary>
    public string? Tag { readonly get; internal set; }

    /// <summary>Index of the block's innermost element in <see cref="PageDocument.Outline"/>, or -1 when the page has no outline or the block sits in none.</summary>
    public int Element { readonly get; internal set; }

    /// <summary>What the pipeline decided for the block.</summary>
    public BlockLabel Label { readonly get; internal set; }

    /// <summary>The context-free class the content classifier gave the block.</summary>
    public ContentClass Class { readonly get; internal set; }

    /// <summary>Name of the filter that set <see cref="Label"/>, or <see langword="null"/> while undecided.</summary>
    public string? Filter { readonly get; internal set; }

    /// <summary>Why the filter decided as it did, in a few words, or <see langword="null"/> while undecided. The text may change between versions: switch on <see cref="Code"/>.</summary>
    public string? Reason { readonly get; internal set; }

    /// <summary>The stable code of the decision: <see cref="DecisionCode.None"/> while undecided, <see cref="DecisionCode.Custom"/> for a reason text of a caller's filter.</summary>
    public DecisionCode Code { readonly get => (DecisionCode)_code; internal set => _code = (byte)value; }

    /// <summary>What kind of evidence the decision rests on (<see cref="DecisionCodeExtensions.GetKind"/> of <see cref="Code"/>): <see cref="DecisionKind.None"/> while undecided.</summary>
    public readonly DecisionKind Kind => Code.GetKind();

    /// <summary>Share of the block's characters that sit inside links, from 0 to 1.</summary>
    public readonly double LinkDensity => Length == 0 ? 0 : (double)LinkCharCount / Length;

    /// <summary>Share of the block's words that are stopwords, from 0 to 1.</summary>
    public readonly double StopwordDensity => WordCount == 0 ? 0 : (double)StopwordCount / WordCount;

    /// <summary>Whether the block is left out of the article.</summary>
    public readonly bool IsRemoved => Label is BlockLabel.Boilerplate or BlockLabel.Title;

    /// <summary>Whether <paramref name="flag"/> is set.</summary>
    /// <param name="flag">The flag to test.</param>
    /// <returns><see langword="true"/> when every bit of <paramref name="flag"/> is set.</returns>
    public readonly bool Has(BlockTraits flag) => (Traits & flag) == flag;
}
