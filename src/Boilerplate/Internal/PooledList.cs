using System.Buffers;
using System.Runtime.CompilerServices;

namespace Boilerplate.Internal;

/// <summary>
/// A list in an array rented from the shared pool: for what a parse builds once and copies out once (a page's text, its
/// blocks), so that neither the growing nor the working copy is allocated. Return it with <see cref="Dispose"/>.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class PooledList<T> : IDisposable
{
    private T[] _items;
    private int _count;

    // Arrays past this size are allocated and left to the collector: the shared pool would keep them alive for good after
    // one huge page.
    private const int MaxPooledBytes = 1024 * 1024;

    public PooledList(int capacity)
    {
        _items = Rent(Math.Max(16, capacity));
    }

    /// <summary>Number of elements; setting it may only shorten the list.</summary>
    public int Count
    {
        get => _count;
        set
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)value, (uint)_count);
            _count = value;
        }
    }

    public T this[int index] => AsSpan()[index];

    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            Grow(_count + 1);
        }

        _items[_count++] = item;
    }

    public void Add(ReadOnlySpan<T> items)
    {
        if (_items.Length - _count < items.Length)
        {
            Grow(_count + items.Length);
        }

        items.CopyTo(_items.AsSpan(_count));
        _count += items.Length;
    }

    public Span<T> AsSpan() => _items.AsSpan(0, _count);

    public void Dispose()
    {
        Return(_items);
        _items = [];
        _count = 0;
    }

    /// <summary>An array of at least <paramref name="length"/> elements: from the shared pool when it is small enough to keep there.</summary>
    public static T[] Rent(int length) =>
        (long)length * Unsafe.SizeOf<T>() <= MaxPooledBytes ? ArrayPool<T>.Shared.Rent(length) : new T[length];

    /// <summary>Gives back an array from <see cref="Rent"/>.</summary>
    public static void Return(T[] array)
    {
        if ((long)array.Length * Unsafe.SizeOf<T>() <= MaxPooledBytes && array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    private void Grow(int needed)
    {
        T[] larger = Rent(Math.Max(needed, _items.Length * 2));
        AsSpan().CopyTo(larger);
        Return(_items);
        _items = larger;
    }
}
