using System.Collections;
using Boilerplate.Filters.ContentClassifier;

namespace Boilerplate;

/// <summary>
/// The builder's list of filters, placed relative to each other by type, as Markdig orders its extensions:
/// a filter goes before or after another kind of filter, not at a fixed index.
/// </summary>
/// <remarks>Not thread-safe: it belongs to a <see cref="BoilerplatePipelineBuilder"/>.</remarks>
public sealed class OrderedFilterList : IReadOnlyList<BoilerplateFilter>
{
    private readonly List<BoilerplateFilter> _filters = [];

    // Filters added with BoilerplatePipelineBuilder.Use belong just before the content classifier, wherever it ends up:
    // built-in filters added after them are placed around them by their canonical rank.
    private readonly HashSet<BoilerplateFilter> _beforeClassifier = new(ReferenceEqualityComparer.Instance);

    /// <summary>Number of filters.</summary>
    public int Count => _filters.Count;

    /// <summary>The filter at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based position.</param>
    public BoilerplateFilter this[int index] => _filters[index];

    /// <summary>Appends <paramref name="filter"/> unless this very instance is already in the list.</summary>
    /// <param name="filter">The filter.</param>
    public void Add(BoilerplateFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!_filters.Contains(filter))
        {
            _filters.Add(filter);
        }
    }

    /// <summary>Whether a filter of type <typeparamref name="T"/> is in the list.</summary>
    /// <typeparam name="T">The filter type.</typeparam>
    public bool Contains<T>() where T : BoilerplateFilter => IndexOf<T>() >= 0;

    /// <summary>The first filter of type <typeparamref name="T"/>, or <see langword="null"/>.</summary>
    /// <typeparam name="T">The filter type.</typeparam>
    public T? Find<T>() where T : BoilerplateFilter
    {
        int index = IndexOf<T>();
        return index < 0 ? null : (T)_filters[index];
    }

    /// <summary>Inserts <paramref name="filter"/> before the first filter of type <typeparamref name="T"/>, or appends it when there is none.</summary>
    /// <typeparam name="T">The filter type to go before.</typeparam>
    /// <param name="filter">The filter.</param>
    public void InsertBefore<T>(BoilerplateFilter filter) where T : BoilerplateFilter
    {
        ArgumentNullException.ThrowIfNull(filter);
        int index = IndexOf<T>();
        _filters.Insert(index < 0 ? _filters.Count : index, filter);
    }

    /// <summary>Inserts <paramref name="filter"/> after the last filter of type <typeparamref name="T"/>, or appends it when there is none.</summary>
    /// <typeparam name="T">The filter type to go after.</typeparam>
    /// <param name="filter">The filter.</param>
    public void InsertAfter<T>(BoilerplateFilter filter) where T : BoilerplateFilter
    {
        ArgumentNullException.ThrowIfNull(filter);
        int index = _filters.FindLastIndex(f => f is T);
        _filters.Insert(index < 0 ? _filters.Count : index + 1, filter);
    }

    /// <summary>Removes every filter of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The filter type.</typeparam>
    /// <returns>Whether any was removed.</returns>
    public bool Remove<T>() where T : BoilerplateFilter
    {
        _beforeClassifier.RemoveWhere(f => f is T);
        return _filters.RemoveAll(f => f is T) > 0;
    }

    /// <summary>Removes this instance.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>Whether it was in the list.</returns>
    public bool Remove(BoilerplateFilter filter)
    {
        _beforeClassifier.Remove(filter);
        return _filters.Remove(filter);
    }

    /// <summary>Removes every filter.</summary>
    public void Clear()
    {
        _filters.Clear();
        _beforeClassifier.Clear();
    }

    /// <inheritdoc/>
    public IEnumerator<BoilerplateFilter> GetEnumerator() => _filters.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Puts <paramref name="filter"/> in place of the filter of its exact type, or inserts it at its position in <paramref name="canonicalOrder"/>.</summary>
    internal void ReplaceOrInsert(BoilerplateFilter filter, IReadOnlyList<Type> canonicalOrder)
    {
        Type type = filter.GetType();
        int existing = _filters.FindIndex(f => f.GetType() == type);
        if (existing >= 0)
        {
            _filters[existing] = filter;
            return;
        }

        double rank = IndexOfType(canonicalOrder, type);
        double userRank = IndexOfType(canonicalOrder, typeof(ContentClassifierFilter)) - 0.5;
        int insertAt = _filters.FindIndex(f => (_beforeClassifier.Contains(f) ? userRank : IndexOfType(canonicalOrder, f.GetType())) > rank);
        _filters.Insert(insertAt < 0 ? _filters.Count : insertAt, filter);
    }

    /// <summary>Inserts a filter of the caller's before the content classifier, and keeps it there as built-in filters are added.</summary>
    internal void InsertBeforeClassifier(BoilerplateFilter filter)
    {
        if (!_filters.Contains(filter))
        {
            InsertBefore<ContentClassifierFilter>(filter);
            _beforeClassifier.Add(filter);
        }
    }

    private static int IndexOfType(IReadOnlyList<Type> order, Type type)
    {
        for (int i = 0; i < order.Count; i++)
        {
            if (order[i] == type)
            {
                return i;
            }
        }

        return -1;
    }

    private int IndexOf<T>() => _filters.FindIndex(f => f is T);
}
