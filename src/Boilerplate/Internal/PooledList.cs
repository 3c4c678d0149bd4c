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

    public PooledList(int capacity)
    {
        _items = ArrayPool<T>.Shared.Rent(Math.Max(16, capacity));
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
        ArrayPool<T>.Shared.Return(_items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        _items = [];
        _count = 0;
    }

    private void Grow(int needed)
    {
        T[] larger = ArrayPool<T>.Shared.Rent(Math.Max(needed, _items.Length * 2));
        AsSpan().CopyTo(larger);
        ArrayPool<T>.Shared.Return(_items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        _items = larger;
    }
}
