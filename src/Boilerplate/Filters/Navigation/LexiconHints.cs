namespace Boilerplate.Filters.Navigation;

/// <summary>
/// What the scanner counts of a block's words for the navigation lexicon, in the same pass as the block's features:
/// enough for <see cref="NavigationFilter"/> to skip the lines no lexicon phrase can decide without tokenizing them.
/// Kept beside the blocks (<see cref="PageDocument.LexiconHints"/>), not in them: only that filter reads it.
/// </summary>
internal struct LexiconHints
{
    private const byte AnchorFlag = 1, CopyrightSignFlag = 2;
    private byte _flags;

    /// <summary>
    /// The most words navigation phrases (but dates) can cover in the block, up to 255: the sum, over its words that start a
    /// phrase, of their longest phrase.
    /// </summary>
    public byte PhraseReach { readonly get; set; }

    /// <summary>Words of the block that occur in the navigation lexicon's date phrases, up to 255.</summary>
    public byte DateWordCount { readonly get; set; }

    /// <summary>Whether a word of the block starts a phrase that decides a line wherever it stands (copyright, credits).</summary>
    public bool HasAnchor
    {
        readonly get => (_flags & AnchorFlag) != 0;
        set => _flags = (byte)(value ? _flags | AnchorFlag : _flags & ~AnchorFlag);
    }

    /// <summary>Whether the block holds the copyright sign ©, which marks a copyright line wherever it stands.</summary>
    public bool HasCopyrightSign
    {
        readonly get => (_flags & CopyrightSignFlag) != 0;
        set => _flags = (byte)(value ? _flags | CopyrightSignFlag : _flags & ~CopyrightSignFlag);
    }
}
