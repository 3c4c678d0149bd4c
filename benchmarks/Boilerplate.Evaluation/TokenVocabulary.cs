namespace Boilerplate.Evaluation;

/// <summary>
/// Maps tokens to small integer ids (ordinal, case kept) so that shingles are four ints rather than four strings.
/// A token's string is allocated only the first time it is seen.
/// </summary>
internal sealed class TokenVocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TokenVocabulary() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Id returned by <see cref="Find"/> for a token the vocabulary has never seen.</summary>
    public const int Unknown = int.MinValue;

    public int GetOrAdd(ReadOnlySpan<char> token)
    {
        if (!_lookup.TryGetValue(token, out int id))
        {
            id = _ids.Count;
            _lookup[token] = id;
        }

        return id;
    }

    public int Find(ReadOnlySpan<char> token) => _lookup.TryGetValue(token, out int id) ? id : Unknown;
}
