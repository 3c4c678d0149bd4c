using Boilerplate.Languages;

namespace Boilerplate.Filters.Navigation;

/// <summary>
/// The navigation lexicon's part of the scanner's word table: bits above a word's language set (<see cref="Stopwords"/>)
/// from which the scan counts a block's <see cref="LexiconHints"/> in the lookup it makes for stopwords anyway.
/// </summary>
internal static class LexiconWordBits
{
    /// <summary>Where a phrase's first word keeps the most words a phrase starting with it has (1–7; <see cref="LexiconHints.PhraseReach"/>).</summary>
    public const int PhraseLengthShift = 58;

    /// <summary>The longest phrase length a value holds; a word starting a longer phrase is an anchor too.</summary>
    public const int MaxPhraseLength = 7;

    /// <summary>The bit of a value that marks a word of a date phrase (<see cref="LexiconHints.DateWordCount"/>).</summary>
    public const int DateWordBitIndex = 61;

    /// <summary>Marks the first word of a phrase that decides a line wherever it stands (<see cref="LexiconHints.HasAnchor"/>).</summary>
    public const int AnchorBitIndex = 63;

    /// <summary>
    /// The lexicon's words with their bits: the first words of its phrases but the dates with their longest phrase, the
    /// words of the date phrases (counted apart, as date stamps need numbers too) and the anchors.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, ulong>> Entries() =>
        NavigationLexicon.PhraseStarts().Select(p => new KeyValuePair<string, ulong>(p.Key, PhraseStartValue(p.Value)))
            .Concat(NavigationLexicon.DateWords().Select(w => new KeyValuePair<string, ulong>(w, 1UL << DateWordBitIndex)))
            .Concat(NavigationLexicon.AnchorWords().Select(w => new KeyValuePair<string, ulong>(w, 1UL << AnchorBitIndex)));

    private static ulong PhraseStartValue(int length) => length > MaxPhraseLength
        ? (1UL << AnchorBitIndex) | ((ulong)MaxPhraseLength << PhraseLengthShift)
        : (ulong)length << PhraseLengthShift;
}
