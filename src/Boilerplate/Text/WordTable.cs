using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Boilerplate.Text;

/// <summary>
/// A read-only table from lower-cased words to 64-bit values, looked up by span so that no string is allocated per word.
/// Values of a word given twice are OR-ed, which makes it a word → bit-set map (for example the languages whose stopword
/// lists hold the word).
/// </summary>
/// <remarks>
/// Immutable after construction and safe to share between threads.
/// Most words of most pages are ASCII words of up to eight characters: such a word is its own key, its lower-case bytes
/// packed into a <see cref="ulong"/>, and lives in a bucket of eight slots (the last always empty) that the top bits of
/// one multiply of the key select; the same multiply gives the word's hash. A lookup compares the keys at once (with
/// 512-bit vectors in one compare, whose first match indexes the value, or the empty slot's 0 when there is none), so it
/// takes no branch on whether the word is there (which the CPU cannot predict). Other words go to an open-addressing table behind a one-bit-per-key filter (most of
/// those words are absent, and the filter answers them without touching the entries); its entries hold the hash and the
/// key's place in one shared character array, so a probe reads one entry instead of chasing a string.
/// </remarks>
internal sealed class WordTable
{
    /// <summary>Words longer than this are never looked up.</summary>
    public const int MaxWordLength = 32;

    /// <summary>The longest word kept as a packed key.</summary>
    public const int MaxPackedLength = 8;

    private const ulong HashMultiplier = 0x9E3779B97F4A7C15;
    private const ulong AsciiFold = 0x0020_0020_0020_0020;

    private const int LengthBits = 6;
    private const int LengthMask = (1 << LengthBits) - 1;
    private const uint FilterMultiplier = 0x9E3779B1;

    private const int BucketSlots = 8;
    private const int UsableSlots = BucketSlots - 1;

    // Packed keys: per bucket its eight keys, then their eight values (0 for an empty slot, whose key 0 no word packs to).
    // The last slot is always empty (see View.LookupPacked).
    private readonly ulong[] _buckets;
    private readonly int _bucketOffset;
    private readonly int _bucketShift;

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

        var packed = new List<KeyValuePair<ulong, ulong>>();
        var others = new List<KeyValuePair<string, ulong>>();
        foreach (KeyValuePair<string, ulong> pair in merged)
        {
            if (TryPack(pair.Key, (char)0, out ulong key))
            {
                packed.Add(new(key, pair.Value));
            }
            else
            {
                others.Add(pair);
            }
        }

        (_buckets, _bucketOffset, _bucketShift) = BuildBuckets(packed);

        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, others.Count * 2));
        _entries = new Entry[capacity];
        _mask = capacity - 1;

        // About 16 filter bits per key: one in sixteen absent words gets past the filter.
        int filterBits = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, others.Count * 16));
        _filter = new ulong[filterBits / 64];
        _filterShift = 32 - BitOperations.Log2((uint)filterBits);

        _chars = new char[others.Sum(k => k.Key.Length)];
        int offset = 0;
        foreach ((string key, ulong value) in others)
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
    /// Hash of a lower-cased word: of its packed key (<see cref="TryPack"/>) when it is ASCII of up to eight characters,
    /// otherwise over its characters packed four to a 64-bit chunk, one multiply per chunk, the length mixed in last (so a
    /// long word can be hashed as it grows, see <see cref="StartChunks"/>).
    /// </summary>
    public static uint Hash(ReadOnlySpan<char> lowerWord) =>
        TryPack(lowerWord, (char)0, out ulong key) ? PackedHash(key) : HashChunks(lowerWord, 0);

    /// <summary><see cref="Hash"/> of the lower case of <paramref name="asciiWord"/>, a word of ASCII letters and digits.</summary>
    /// <remarks>Setting bit 0x20 lower-cases an ASCII letter and leaves a digit as it is.</remarks>
    public static uint HashAsciiFolded(ReadOnlySpan<char> asciiWord) =>
        TryPack(asciiWord, (char)0x20, out ulong key) ? PackedHash(key) : HashChunks(asciiWord, AsciiFold);

    /// <summary>The hash of a word from its packed key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint PackedHash(ulong key) => HashOfProduct(KeyProduct(key));

    /// <summary>
    /// The packed key of a word: its characters, each OR-ed with <paramref name="fold"/>, as the bytes of a little-endian
    /// <see cref="ulong"/>; only for words of one to eight characters below 128.
    /// </summary>
    public static bool TryPack(ReadOnlySpan<char> word, char fold, out ulong key)
    {
        key = 0;
        if (word.Length is 0 or > MaxPackedLength)
        {
            return false;
        }

        for (int i = word.Length - 1; i >= 0; i--)
        {
            int c = word[i] | fold;
            if (c >= 128)
            {
                key = 0;
                return false;
            }

            key = (key << 8) | (uint)c;
        }

        return true;
    }

    /// <summary>
    /// The packed key of the lower case of the word of one to eight ASCII letters and digits at <paramref name="start"/>:
    /// one vector read narrowed to bytes when <paramref name="text"/> holds eight characters from there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong PackAsciiFolded(ReadOnlySpan<char> text, int start, int length)
    {
        if (TryLoadEight(text, start, out Vector128<ushort> chars))
        {
            return Narrowed(chars | Vector128.Create((ushort)0x20), length);
        }

        TryPack(text.Slice(start, length), (char)0x20, out ulong key);
        return key;
    }

    /// <summary>Eight characters of <paramref name="text"/> from <paramref name="start"/>, when one vector read can give them as a key needs them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryLoadEight(ReadOnlySpan<char> text, int start, out Vector128<ushort> chars)
    {
        // Keys are little-endian byte strings (TryPack): a read gives the same only on a little-endian machine.
        if (BitConverter.IsLittleEndian && Vector128.IsHardwareAccelerated && start + 8 <= text.Length)
        {
            chars = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)start);
            return true;
        }

        chars = default;
        return false;
    }

    /// <summary>The key of the first <paramref name="length"/> (1–8) of eight ASCII characters: each narrowed to its byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Narrowed(Vector128<ushort> chars, int length) =>
        Vector128.Narrow(chars, chars).AsUInt64().ToScalar() & LengthMaskOf(length);

    /// <summary>The mask that keeps the first <paramref name="length"/> (1–8) bytes of a packed key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong LengthMaskOf(int length) => ulong.MaxValue >> (64 - (8 * length));

    /// <summary>
    /// <see cref="HashAsciiFolded(ReadOnlySpan{char})"/> of the word of ASCII letters and digits at <paramref name="start"/>: a word
    /// longer than eight characters is read four characters at a time when <paramref name="text"/> holds its last chunk whole.
    /// </summary>
    public static uint HashAsciiFolded(ReadOnlySpan<char> text, int start, int length)
    {
        if (!BitConverter.IsLittleEndian || length <= MaxPackedLength || start + ((length + 3) & ~3) > text.Length)
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

    /// <summary>The value of <paramref name="lowerWord"/>, or 0 when it is not in the table; <paramref name="hash"/> receives its <see cref="Hash"/>.</summary>
    public ulong Lookup(ReadOnlySpan<char> lowerWord, out uint hash)
    {
        if (TryPack(lowerWord, (char)0, out ulong key))
        {
            hash = PackedHash(key);
            return LookupPacked(key);
        }

        hash = HashChunks(lowerWord, 0);
        return lowerWord.Length <= MaxWordLength && PassesFilter(hash) ? Probe(lowerWord, hash, asciiFolded: false) : 0;
    }

    /// <summary>The value of <paramref name="lowerWord"/>, or 0.</summary>
    public ulong Lookup(ReadOnlySpan<char> lowerWord) => Lookup(lowerWord, out _);

    /// <summary>
    /// The value of the lower-cased word <paramref name="word"/> of <paramref name="text"/>, or 0: a word of up to eight
    /// ASCII characters is packed from one vector read when the text holds eight characters from its start.
    /// </summary>
    public ulong Lookup(ReadOnlySpan<char> text, Range word)
    {
        (int start, int length) = word.GetOffsetAndLength(text.Length);
        if (length is > 0 and <= MaxPackedLength && TryLoadEight(text, start, out Vector128<ushort> chars))
        {
            uint nonAscii = Vector128.GreaterThan(chars, Vector128.Create((ushort)127)).ExtractMostSignificantBits() & ((1u << length) - 1);
            if (nonAscii == 0)
            {
                return LookupPacked(Narrowed(chars, length));
            }
        }

        return Lookup(text[word], out _);
    }

    /// <summary>
    /// The value of the lower case of <paramref name="asciiWord"/>, a word of nine to <see cref="MaxWordLength"/> ASCII
    /// letters and digits, whose lower case is each character | 0x20; saves copying the word to lower-case it first.
    /// </summary>
    /// <param name="asciiWord">The word as written: ASCII letters and digits.</param>
    /// <param name="hash"><see cref="Hash"/> of the word's lower case.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong LookupLongAsciiFolded(ReadOnlySpan<char> asciiWord, uint hash)
    {
        return PassesFilter(hash) ? Probe(asciiWord, hash, asciiFolded: true) : 0;
    }

    /// <summary>The value of the word whose packed key (<see cref="TryPack"/>) is <paramref name="key"/>, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong LookupPacked(ulong key) => Lookups.LookupPacked(key, KeyProduct(key));

    /// <summary>The table's arrays and shifts, read once: for loops over many words.</summary>
    public View Lookups
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(
            ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buckets), _bucketOffset),
            _bucketShift,
            ref MemoryMarshal.GetArrayDataReference(_filter),
            _filterShift);
    }

    /// <summary>
    /// <see cref="Hash"/> of the word of nine to sixteen ASCII letters and digits whose lower-case bytes (each OR-ed with
    /// 0x20) start <paramref name="bytes"/>: the characters as <see cref="HashAsciiFolded(ReadOnlySpan{char}, int, int)"/>
    /// reads them, four to a chunk, without a loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashFoldedBytes(Vector128<byte> bytes, int length)
    {
        Vector128<ulong> first = Vector128.WidenLower(bytes).AsUInt64(), second = Vector128.WidenUpper(bytes).AsUInt64();
        ulong state = StartChunks(first.GetElement(0), first.GetElement(1));

        // Characters 8–11, then 12–15, each chunk cut to the characters the word has; a word of twelve or fewer stops after the first.
        ulong third = second.GetElement(0) & (ulong.MaxValue >> Math.Max(0, 64 - (16 * (length - 8))));
        ulong fourth = second.GetElement(1) & (ulong.MaxValue >> (64 - (16 * Math.Max(1, length - 12))));
        state = StepChunk(state, third);
        ulong longer = StepChunk(state, fourth);
        return EndChunks(length > 12 ? longer : state, length);
    }

    /// <summary>The hash of a word from its packed key's <see cref="KeyProduct"/>: the same as <see cref="PackedHash"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashOfProduct(ulong product) => (uint)(product >> 32);

    /// <summary>The first <paramref name="length"/> (1–8) bytes of <paramref name="bytes"/>, the rest cleared: a packed key from a longer read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong FirstBytes(ulong bytes, int length) =>
        Bmi2.X64.IsSupported ? Bmi2.X64.ZeroHighBits(bytes, (ulong)(8 * length)) : bytes & LengthMaskOf(length);

    /// <summary>
    /// A packed key times the hash multiplier: its high half is the word's <see cref="PackedHash"/>, its top bits pick
    /// the key's bucket, so one multiply serves both.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong KeyProduct(ulong key) => key * HashMultiplier;

    /// <summary>
    /// Places the packed keys in buckets of eight slots, each key in the one bucket the top bits of its
    /// <see cref="KeyProduct"/> select; the last slot of each bucket stays empty. The bucket count is doubled until no
    /// bucket overflows. The slots start on a cache line.
    /// </summary>
    private static (ulong[] Buckets, int Offset, int Shift) BuildBuckets(List<KeyValuePair<ulong, ulong>> keys)
    {
        // About a quarter of the slots are used: then a bucket rarely overflows. At least two buckets, so the shift that
        // picks one is under 64 (a shift by 64 is no shift, and a lookup would read past the buckets).
        int bucketCount = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, keys.Count / 2));
        while (true)
        {
            int shift = 64 - BitOperations.Log2((uint)bucketCount);
            int[] used = new int[bucketCount];
            bool fits = true;
            foreach ((ulong key, _) in keys)
            {
                if (used[Bucket(key, shift)]++ == UsableSlots)
                {
                    fits = false;
                    break;
                }
            }

            if (fits)
            {
                const int LineWords = 64 / sizeof(ulong);
                ulong[] buckets = GC.AllocateArray<ulong>((bucketCount * 2 * BucketSlots) + LineWords, pinned: true);
                int offset = (int)((LineWords - (Marshal.UnsafeAddrOfPinnedArrayElement(buckets, 0) / sizeof(ulong) % LineWords)) % LineWords);
                Array.Clear(used);
                foreach ((ulong key, ulong value) in keys)
                {
                    int bucket = Bucket(key, shift);
                    int slot = offset + (bucket * 2 * BucketSlots) + used[bucket]++;
                    buckets[slot] = key;
                    buckets[slot + BucketSlots] = value;
                }

                return (buckets, offset, shift);
            }

            // Distinct keys have distinct products, so enough buckets always separate them; the tables here need a few
            // thousand at most.
            if (bucketCount >= 1 << 24)
            {
                throw new InvalidOperationException("The packed keys crowd into too few buckets.");
            }

            bucketCount *= 2;
        }

        static int Bucket(ulong key, int shift) => (int)(KeyProduct(key) >> shift);
    }

    /// <summary>A <see cref="WordTable"/>'s arrays and shifts; see <see cref="Lookups"/>.</summary>
    internal readonly ref struct View
    {
        private readonly ref ulong _buckets;
        private readonly int _bucketShift;
        private readonly ref ulong _filter;
        private readonly int _filterShift;

        public View(ref ulong buckets, int bucketShift, ref ulong filter, int filterShift)
        {
            _buckets = ref buckets;
            _bucketShift = bucketShift;
            _filter = ref filter;
            _filterShift = filterShift;
        }

        /// <summary>Whether the table may hold a word of more than eight characters with hash <paramref name="hash"/>: false for most absent words.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayHoldLong(uint hash)
        {
            int bit = (int)((hash * FilterMultiplier) >> _filterShift);
            return (Unsafe.Add(ref _filter, bit >> 6) & (1UL << bit)) != 0;
        }

        /// <summary>The value of the packed key <paramref name="key"/>, or 0.</summary>
        /// <param name="key">The packed key.</param>
        /// <param name="product">Its <see cref="KeyProduct"/>.</param>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong LookupPacked(ulong key, ulong product)
        {
            ref ulong slots = ref Unsafe.Add(ref _buckets, (nint)(product >> _bucketShift) * (2 * BucketSlots));
            if (Vector512.IsHardwareAccelerated)
            {
                // One compare of the eight keys; with no match the index is the last slot's, whose value is 0.
                uint match = (uint)Vector512.Equals(Vector512.LoadUnsafe(ref slots), Vector512.Create(key)).ExtractMostSignificantBits();
                return Unsafe.Add(ref slots, BucketSlots + BitOperations.TrailingZeroCount(match | (1u << UsableSlots)));
            }

            if (Vector256.IsHardwareAccelerated)
            {
                Vector256<ulong> probe = Vector256.Create(key);
                Vector256<ulong> found = (Vector256.Equals(Vector256.LoadUnsafe(ref slots), probe) & Vector256.LoadUnsafe(ref slots, BucketSlots))
                    | (Vector256.Equals(Vector256.LoadUnsafe(ref slots, 4), probe) & Vector256.LoadUnsafe(ref slots, BucketSlots + 4));
                Vector128<ulong> half = found.GetLower() | found.GetUpper();
                return half.GetElement(0) | half.GetElement(1);
            }

            ulong value = 0;
            for (int i = 0; i < UsableSlots; i++)
            {
                value |= Unsafe.Add(ref slots, i) == key ? Unsafe.Add(ref slots, BucketSlots + i) : 0;
            }

            return value;
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

    /// <summary>A slot of the table of other words: the value, its hash, and in <see cref="Key"/> its offset in the shared characters and its length (0 for an empty slot).</summary>
    private struct Entry
    {
        public ulong Value;
        public uint Hash;
        public int Key;
    }
}
