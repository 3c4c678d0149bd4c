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
            _entries[slot] = new Entry { Value = value, Low = Chunk(key, 0, 0), High = Chunk(key, 4, 0), Hash = hash, Key = (offset << LengthBits) | key.Length };
            offset += key.Length;
            int bit = FilterBit(hash);
            _filter[bit >> 6] |= 1UL << bit;
        }

        Count = merged.Count;
    }

    /// <summary>Number of distinct words.</summary>
    public int Count { get; }

    /// <summary>
    /// Hash of a lower-cased word over its characters packed four to a 64-bit chunk, one multiply per chunk, the length
    /// mixed in last (so a word can be hashed as it grows, see <see cref="StartChunks"/>). A word of up to eight characters
    /// is always two chunks (the second zero when it is short), so <see cref="HashShortAscii"/> can read it in two loads
    /// without a loop.
    /// </summary>
    public static uint Hash(ReadOnlySpan<char> lowerWord) => HashChunks(lowerWord, 0);

    /// <summary><see cref="Hash"/> of the lower case of <paramref name="asciiWord"/>, a word of ASCII letters and digits.</summary>
    /// <remarks>Setting bit 0x20 lower-cases an ASCII letter and leaves a digit as it is.</remarks>
    public static uint HashAsciiFolded(ReadOnlySpan<char> asciiWord) => HashChunks(asciiWord, AsciiFold);

    /// <summary>Whether <see cref="HashShortAscii"/> may read the word at <paramref name="start"/> of <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CanReadShort(ReadOnlySpan<char> text, int start, int length) =>
        BitConverter.IsLittleEndian && length <= 8 && start + 8 <= text.Length;

    /// <summary>
    /// <see cref="HashAsciiFolded(ReadOnlySpan{char})"/> of a word of one to eight ASCII letters and digits, from two unaligned 64-bit reads
    /// of <paramref name="text"/> (which must hold eight characters from <paramref name="start"/>, see
    /// <see cref="CanReadShort"/>) masked to the word: no loop and no branch on the word's length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashShortAscii(ReadOnlySpan<char> text, int start, int length, out ulong low, out ulong high)
    {
        ref byte bytes = ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
        int lowChars = Math.Min(length, 4);
        int highChars = length - lowChars;
        low = (Unsafe.ReadUnaligned<ulong>(ref bytes) | AsciiFold) & (ulong.MaxValue >> (64 - (16 * lowChars)));
        high = (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, 8)) | AsciiFold)
            & (ulong.MaxValue >> (64 - (16 * Math.Max(highChars, 1))))
            & (0UL - (ulong)Math.Min(highChars, 1));
        return EndChunks(StartChunks(low, high), length);
    }

    /// <summary>
    /// <see cref="HashAsciiFolded(ReadOnlySpan{char})"/> of the word of ASCII letters and digits at <paramref name="start"/>: read four
    /// characters at a time when <paramref name="text"/> holds the word's last chunk whole, otherwise character by character.
    /// </summary>
    public static uint HashAsciiFolded(ReadOnlySpan<char> text, int start, int length)
    {
        if (!BitConverter.IsLittleEndian || length <= 8 || start + ((length + 3) & ~3) > text.Length)
        {
            return HashAsciiFolded(text.Slice(start, length));
        }

        ref byte bytes = ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
        ulong state = StartChunks(Unsafe.ReadUnaligned<ulong>(ref bytes) | AsciiFold, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, 8)) | AsciiFold);
        int i = 8;
        for (; i + 4 <= length; i += 4)
        {
            state = StepChunk(state, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, i * 2)) | AsciiFold);
        }

        if (i < length)
        {
            state = StepChunk(state, (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, i * 2)) | AsciiFold) & (ulong.MaxValue >> (64 - (16 * (length - i)))));
        }

        return EndChunks(state, length);
    }

    /// <summary>The hash state after a word's first two chunks (characters 0–3 and 4–7, zero-extended).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong StartChunks(ulong low, ulong high) => StepChunk(StepChunk(HashMultiplier, low), high);

    /// <summary>The hash state after one more chunk of four characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong StepChunk(ulong state, ulong chunk) => (state ^ chunk) * HashMultiplier;

    /// <summary>The hash of a word of <paramref name="length"/> characters from its state after its last chunk.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint EndChunks(ulong state, int length)
    {
        ulong hash = StepChunk(state, (ulong)length);
        hash ^= hash >> 29;
        return (uint)(hash ^ (hash >> 32));
    }

    /// <summary>The hash state after the chunks of <paramref name="lowerWord"/>, whose length is a multiple of four (at least eight).</summary>
    public static ulong ChunkState(ReadOnlySpan<char> lowerWord)
    {
        ulong state = StartChunks(Chunk(lowerWord, 0, 0), Chunk(lowerWord, 4, 0));
        for (int i = 8; i < lowerWord.Length; i += 4)
        {
            state = StepChunk(state, Chunk(lowerWord, i, 0));
        }

        return state;
    }

    private static uint HashChunks(ReadOnlySpan<char> word, ulong fold)
    {
        ulong state = StartChunks(Chunk(word, 0, fold), Chunk(word, 4, fold));
        for (int i = 8; i < word.Length; i += 4)
        {
            state = StepChunk(state, Chunk(word, i, fold));
        }

        return EndChunks(state, word.Length);
    }

    /// <summary>Characters <paramref name="from"/> to <paramref name="from"/> + 3 of a word, each OR-ed with <paramref name="fold"/>'s lane, zero-extended, as a little-endian read places them.</summary>
    private static ulong Chunk(ReadOnlySpan<char> word, int from, ulong fold)
    {
        ulong chunk = 0;
        for (int k = Math.Min(word.Length, from + 4) - 1; k >= from; k--)
        {
            chunk = (chunk << 16) | (ushort)(word[k] | (ushort)fold);
        }

        return chunk;
    }

    /// <summary>The value of <paramref name="lowerWord"/>, or 0 when it is not in the table.</summary>
    /// <param name="lowerWord">The word, already lower-cased.</param>
    /// <param name="hash"><see cref="Hash"/> of <paramref name="lowerWord"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Lookup(ReadOnlySpan<char> lowerWord, uint hash)
    {
        return PassesFilter(hash) ? Probe(lowerWord, hash, asciiFolded: false) : 0;
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
        return PassesFilter(hash) ? Probe(asciiWord, hash, asciiFolded: true) : 0;
    }

    /// <summary>The value of a word of up to eight characters given as <see cref="HashShortAscii"/> packed it, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong LookupShort(ulong low, ulong high, int length, uint hash)
    {
        return PassesFilter(hash) ? ProbeShort(low, high, length, hash) : 0;
    }

    private ulong ProbeShort(ulong low, ulong high, int length, uint hash)
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

            if (entry.Hash == hash && entry.Low == low && entry.High == high && (key & LengthMask) == length)
            {
                return entry.Value;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Whether the filter lets a word of this hash through to the entries: most absent words stop here.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool PassesFilter(uint hash)
    {
        int bit = FilterBit(hash);
        return (_filter[bit >> 6] & (1UL << bit)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FilterBit(uint hash) => (int)((hash * FilterMultiplier) >> _filterShift);

    /// <summary>The value of <paramref name="word"/>, already lower-cased, or an ASCII word lower-cased by | 0x20 when <paramref name="asciiFolded"/>.</summary>
    private ulong Probe(ReadOnlySpan<char> word, uint hash, bool asciiFolded)
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

            if (entry.Hash == hash && (key & LengthMask) == word.Length)
            {
                ReadOnlySpan<char> stored = _chars.AsSpan(key >> LengthBits, key & LengthMask);
                if (asciiFolded ? EqualsFolded(word, stored) : word.SequenceEqual(stored))
                {
                    return entry.Value;
                }
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

    /// <summary>A slot: the value, the key's first eight characters packed as <see cref="HashShortAscii"/> reads them (so a short word is compared in two loads, in the same cache line), its hash, and in <see cref="Key"/> its offset in the shared characters and its length (0 for an empty slot).</summary>
    private struct Entry
    {
        public ulong Value;
        public ulong Low;
        public ulong High;
        public uint Hash;
        public int Key;
    }
}
