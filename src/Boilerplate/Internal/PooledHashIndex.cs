using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Boilerplate.Internal;

/// <summary>
/// A fixed-capacity map from 64-bit hashes to ints in pooled arrays, for per-page indexes (one entry per block at most):
/// no allocation per page, unlike a <see cref="Dictionary{TKey, TValue}"/>. Dispose it to return the arrays.
/// </summary>
internal readonly struct PooledHashIndex : IDisposable
{
    private const int Empty = int.MinValue;

    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;
    private readonly int _shift;

    /// <summary>Creates an index for at most <paramref name="maxEntries"/> keys; values must never be <see cref="int.MinValue"/>.</summary>
    public PooledHashIndex(int maxEntries)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, maxEntries * 2));
        _keys = ArrayPool<ulong>.Shared.Rent(capacity);
        _values = ArrayPool<int>.Shared.Rent(capacity);
        _values.AsSpan(0, capacity).Fill(Empty);
        _mask = capacity - 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
    }

    /// <summary>The value slot of <paramref name="key"/>, added when absent (<paramref name="exists"/> false; set the slot then).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref int GetOrAdd(ulong key, out bool exists)
    {
        // Fibonacci hashing: block hashes vary most in their high bits.
        int slot = (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
        while (true)
        {
            ref int value = ref _values[slot];
            if (value == Empty)
            {
                _keys[slot] = key;
                exists = false;
                return ref value;
            }

            if (_keys[slot] == key)
            {
                exists = true;
                return ref value;
            }

            slot = (slot + 1) & _mask;
        }
    }

    public void Dispose()
    {
        ArrayPool<ulong>.Shared.Return(_keys);
        ArrayPool<int>.Shared.Return(_values);
    }
}
