using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Boilerplate.Text;

/// <summary>
/// A read-only open-addressing table from lower-cased words to 64-bit values, looked up by span so that
/// no string is allocated per word. Values of a word given twice are OR-ed, which makes it a
/// word → bit-set map (for example the languages whose stopword lists hold the word).
/// </summary>
/// <remarks>
/// Immutable after construction and safe to share between threads.
/// Most words looked up are not in the table, so a one-bit-per-key filter (64 KB for the stopword lists, which stays in
/// cache) answers those without touching the entries; the entries hold the hash and the key's place in one shared
/// character array, so a probe reads one 16-byte entry instead of chasing a string.
/// </remarks>
internal sealed class WordTable
{
    /// <summary>Words longer than this are never looked up.</summary>
    public const int MaxWordLength = 32;

    private const ulong HashMultiplier = 0x9E3779B97F4A7C15;
    private const ulong AsciiFold = 0x0020_0020_0020_0020;

    private const int LengthBits = 6;
    private const int LengthMask = (1 << LengthBits) - 1;
    private const uint FilterMultiplier = 0x9E3779B1;

    private readonly ulong[] _filter;
    private readonly int _filterShift;
    private readonly Entry[] _entries;
    private readonly char[] _chars;
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
        _entries = new Entry[capacity];
        _mask = capacity - 1;

        // About 16 filter bits per key: one in sixteen absent words gets past the filter.
        int filterBits = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, merged.Count * 16));
        _filter = new ulong[filterBits / 64];
        _filterShift = 32 - BitOperations.Log2((uint)filterBits);

        _chars = new char[merged.Keys.Sum(k => k.Length)];
        int offset = 0;
        foreach ((string key, ulong value) in merged)
        {
            uint hash = Hash(key);
            int slot = (int)hash & _mask;
            while (_entries[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            key.CopyTo(_chars.AsSpan(offset));
            _entries[slot] = new Entry { Value = value, Hash = hash, Key = (offset << LengthBits) | key.Length };
            offset += key.Length;
            int bit = FilterBit(hash);
            _filter[bit >> 6] |= 1UL << bit;
        }

        Count = merged.Count;
    }

    /// <summary>Number of distinct words.</summary>
    public int Count { get; }

    /// <summary>
    /// Hash of a lower-cased word, four UTF-16 code units per step (one multiply per step, not per character).
    /// <see cref="HashAsciiFolded"/> gives the same value straight from a word of ASCII letters and digits in any case.
    /// </summary>
    public static uint Hash(ReadOnlySpan<char> lowerWord) => HashCore(lowerWord, 0);

    /// <summary><see cref="Hash"/> of the lower case of <paramref name="asciiWord"/>, a word of ASCII letters and digits.</summary>
    /// <remarks>Setting bit 0x20 lower-cases an ASCII letter and leaves a digit as it is.</remarks>
    public static uint HashAsciiFolded(ReadOnlySpan<char> asciiWord) => HashCore(asciiWord, AsciiFold);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint HashCore(ReadOnlySpan<char> word, ulong fold)
    {
        ulong hash = (ulong)word.Length * HashMultiplier;
        ref byte bytes = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word));
        int i = 0;
        for (; i + 4 <= word.Length; i += 4)
        {
            hash = (hash ^ (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, i * 2)) | fold)) * HashMultiplier;
        }

        if (i < word.Length)
        {
            // The last one to three characters, zero-extended, as the four-character read would place them.
            ulong tail = 0;
            for (int k = word.Length - 1; k >= i; k--)
            {
                tail = (tail << 16) | (ushort)(word[k] | (ushort)fold);
            }

            hash = (hash ^ tail) * HashMultiplier;
        }

        hash ^= hash >> 29;
        return (uint)(hash ^ (hash >> 32));
    }

    /// <summary>The value of <paramref name="lowerWord"/>, or 0 when it is not in the table.</summary>
    /// <param name="lowerWord">The word, already lower-cased.</param>
    /// <param name="hash"><see cref="Hash"/> of <paramref name="lowerWord"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Lookup(ReadOnlySpan<char> lowerWord, uint hash)
    {
        int bit = FilterBit(hash);
        if ((_filter[bit >> 6] & (1UL << bit)) == 0)
        {
            return 0;
        }

        return Probe(lowerWord, hash);
    }

    /// <summary>The value of <paramref name="lowerWord"/>, or 0.</summary>
    public ulong Lookup(ReadOnlySpan<char> lowerWord) => Lookup(lowerWord, Hash(lowerWord));

    /// <summary>
    /// The value of the lower case of <paramref name="asciiWord"/>, a word of ASCII letters and digits only, whose lower
    /// case is each character | 0x20; saves copying the word to lower-case it first.
    /// </summary>
    /// <param name="asciiWord">The word as written: ASCII letters and digits.</param>
    /// <param name="hash"><see cref="Hash"/> of the word's lower case.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong LookupAsciiFolded(ReadOnlySpan<char> asciiWord, uint hash)
    {
        int bit = FilterBit(hash);
        if ((_filter[bit >> 6] & (1UL << bit)) == 0)
        {
            return 0;
        }

        return ProbeAsciiFolded(asciiWord, hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FilterBit(uint hash) => (int)((hash * FilterMultiplier) >> _filterShift);

    private ulong Probe(ReadOnlySpan<char> lowerWord, uint hash)
    {
        Entry[] entries = _entries;
        int slot = (int)hash & _mask;
        while (true)
        {
            ref readonly Entry entry = ref entries[slot];
            int key = entry.Key;
            if (key == 0)
            {
                return 0;
            }

            if (entry.Hash == hash
                && (key & LengthMask) == lowerWord.Length
                && lowerWord.SequenceEqual(_chars.AsSpan(key >> LengthBits, key & LengthMask)))
            {
                return entry.Value;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private ulong ProbeAsciiFolded(ReadOnlySpan<char> asciiWord, uint hash)
    {
        Entry[] entries = _entries;
        int slot = (int)hash & _mask;
        while (true)
        {
            ref readonly Entry entry = ref entries[slot];
            int key = entry.Key;
            if (key == 0)
            {
                return 0;
            }

            if (entry.Hash == hash && (key & LengthMask) == asciiWord.Length && EqualsFolded(asciiWord, _chars.AsSpan(key >> LengthBits, key & LengthMask)))
            {
                return entry.Value;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static bool EqualsFolded(ReadOnlySpan<char> asciiWord, ReadOnlySpan<char> lowerKey)
    {
        for (int i = 0; i < lowerKey.Length; i++)
        {
            if ((char)(asciiWord[i] | 0x20) != lowerKey[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One slot: <see cref="Key"/> is the key's offset in the shared characters and its length (0 for an empty slot).</summary>
    private struct Entry
    {
        public ulong Value;
        public uint Hash;
        public int Key;
    }
}
