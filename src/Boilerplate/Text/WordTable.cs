using System.Numerics;

namespace Boilerplate.Text;

/// <summary>
/// A read-only open-addressing table from lower-cased words to 64-bit values, looked up by span so that
/// no string is allocated per word. Values of a word given twice are OR-ed, which makes it a
/// word → bit-set map (for example the languages whose stopword lists hold the word).
/// </summary>
/// <remarks>Immutable after construction and safe to share between threads.</remarks>
internal sealed class WordTable
{
    /// <summary>Words longer than this are never looked up.</summary>
    public const int MaxWordLength = 32;

    /// <summary>Seed of <see cref="Hash"/>.</summary>
    public const uint FnvOffset = 2166136261;

    private readonly string?[] _keys;
    private readonly uint[] _hashes;
    private readonly ulong[] _values;
    private readonly int _mask;

    public WordTable(IEnumerable<KeyValuePair<string, ulong>> entries)
    {
        var merged = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach ((string word, ulong value) in entries)
        {
            if (word.Length is 0 or > MaxWordLength)
            {
                continue;
            }

            string key = word.ToLowerInvariant();
            merged[key] = merged.GetValueOrDefault(key) | value;
        }

        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, merged.Count * 2));
        _keys = new string?[capacity];
        _hashes = new uint[capacity];
        _values = new ulong[capacity];
        _mask = capacity - 1;
        foreach ((string key, ulong value) in merged)
        {
            uint hash = Hash(key);
            int slot = (int)hash & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _hashes[slot] = hash;
            _values[slot] = value;
        }

        Count = merged.Count;
    }

    /// <summary>Number of distinct words.</summary>
    public int Count { get; }

    /// <summary>FNV-1a over UTF-16 code units; <see cref="FeatureScanner"/> accumulates it while lower-casing a word.</summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        uint hash = FnvOffset;
        foreach (char c in word)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    /// <summary>One FNV-1a step.</summary>
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

    /// <summary>The value of <paramref name="lowerWord"/>, or 0 when it is not in the table.</summary>
    /// <param name="lowerWord">The word, already lower-cased.</param>
    /// <param name="hash"><see cref="Hash"/> of <paramref name="lowerWord"/>.</param>
    public ulong Lookup(ReadOnlySpan<char> lowerWord, uint hash)
    {
        int slot = (int)hash & _mask;
        while (true)
        {
            string? key = _keys[slot];
            if (key is null)
            {
                return 0;
            }

            if (_hashes[slot] == hash && lowerWord.SequenceEqual(key))
            {
                return _values[slot];
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The value of <paramref name="lowerWord"/>, or 0.</summary>
    public ulong Lookup(ReadOnlySpan<char> lowerWord) => Lookup(lowerWord, Hash(lowerWord));
}
