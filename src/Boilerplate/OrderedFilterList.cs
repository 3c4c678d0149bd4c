using System.Collections;
using Boilerplate.Filters.ContentClassifier;

namespace Boilerplate;

/// <summary>
/// The builder's list of filters, placed relative to each other by type, as Markdig orders its extensions:
/// a filter goes before or after another kind of filter, not at a fixed index.
/// </summary>
/// <remarks>
/// One rule places every filter, whichever method adds it. A built-in filter takes its canonical place (title, site
/// template, deduplication, navigation, foreign script, classifier, main region, fallback) and replaces one of its type.
/// A filter of yours added with <see cref="Add"/> (or <see cref="BoilerplatePipelineBuilder.Use(BoilerplateFilter)"/>)
/// runs after the built-in rule filters and before the content classifier; one placed with <see cref="InsertBefore{T}"/>
/// or <see cref="InsertAfter{T}"/> runs just before or after its anchor. Both keep their place as built-in filters are
/// added or replaced later. Not thread-safe: it belongs to a <see cref="BoilerplatePipelineBuilder"/>.
/// </remarks>
public sealed class OrderedFilterList : IReadOnlyList<BoilerplateFilter>
{
    private readonly List<BoilerplateFilter> _filters = [];

    // The place of each filter placed by the caller, on the scale of the canonical order's indexes: just below a built-in
    // anchor's index for "before", just above for "after", so built-in filters added later go around it.
    private readonly Dictionary<BoilerplateFilter, double> _placed = new(ReferenceEqualityComparer.Instance);

    /// <summary>Number of filters.</summary>
    public int Count => _filters.Count;

    /// <summary>The filter at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based position.</param>
    public BoilerplateFilter this[int index] => _filters[index];

    /// <summary>
    /// Adds <paramref name="filter"/> unless this very instance is already in the list: a built-in filter at its canonical
    /// place, replacing one of its type; a filter of yours before the content classifier, where it stays whatever is added later.
    /// </summary>
    /// <param name="filter">The filter.</param>
    public void Add(BoilerplateFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (_filters.Contains(filter))
        {
            return;
        }

        if (CanonicalRank(filter.GetType()) >= 0)
        {
            ReplaceOrInsert(filter);
        }
        else
        {
            Place(filter, CanonicalRank(typeof(ContentClassifierFilter)) - 0.5);
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

    /// <summary>Inserts <paramref name="filter"/> just before the first filter of type <typeparamref name="T"/>, where it stays as filters are added later.</summary>
    /// <typeparam name="T">The filter type to go before.</typeparam>
    /// <param name="filter">The filter; moved if it is in the list already.</param>
    /// <exception cref="InvalidOperationException">No filter of type <typeparamref name="T"/> is in the list.</exception>
    public void InsertBefore<T>(BoilerplateFilter filter) where T : BoilerplateFilter
    {
        ArgumentNullException.ThrowIfNull(filter);
        Remove(filter);
        int index = IndexOf<T>();
        ThrowIfAbsent<T>(index, filter, "before");
        BoilerplateFilter anchor = _filters[index];
        _placed[filter] = _placed.TryGetValue(anchor, out double rank) ? rank : CanonicalRank(anchor.GetType()) - 0.5;
        _filters.Insert(index, filter);
    }

    /// <summary>Inserts <paramref name="filter"/> just after the last filter of type <typeparamref name="T"/>, where it stays as filters are added later.</summary>
    /// <typeparam name="T">The filter type to go after.</typeparam>
    /// <param name="filter">The filter; moved if it is in the list already.</param>
    /// <exception cref="InvalidOperationException">No filter of type <typeparamref name="T"/> is in the list.</exception>
    public void InsertAfter<T>(BoilerplateFilter filter) where T : BoilerplateFilter
    {
        ArgumentNullException.ThrowIfNull(filter);
        Remove(filter);
        int index = _filters.FindLastIndex(f => f is T);
        ThrowIfAbsent<T>(index, filter, "after");
        BoilerplateFilter anchor = _filters[index];
        _placed[filter] = _placed.TryGetValue(anchor, out double rank) ? rank : CanonicalRank(anchor.GetType()) + 0.5;
        _filters.Insert(index + 1, filter);
    }

    /// <summary>Removes every filter of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The filter type.</typeparam>
    /// <returns>Whether any was removed.</returns>
    public bool Remove<T>() where T : BoilerplateFilter
    {
        foreach (BoilerplateFilter filter in _filters.Where(f => f is T))
        {
            _placed.Remove(filter);
        }

        return _filters.RemoveAll(f => f is T) > 0;
    }

    /// <summary>Removes this instance.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>Whether it was in the list.</returns>
    public bool Remove(BoilerplateFilter filter)
    {
        _placed.Remove(filter);
        return _filters.Remove(filter);
    }

    /// <summary>Removes every filter.</summary>
    public void Clear()
    {
        _filters.Clear();
        _placed.Clear();
    }

    /// <inheritdoc/>
    public IEnumerator<BoilerplateFilter> GetEnumerator() => _filters.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Puts a built-in <paramref name="filter"/> in place of the filter of its exact type, or inserts it at its canonical place.</summary>
    internal void ReplaceOrInsert(BoilerplateFilter filter)
    {
        Type type = filter.GetType();
        int existing = _filters.FindIndex(f => f.GetType() == type);
        if (existing >= 0)
        {
            if (_placed.Remove(_filters[existing], out double rank))
            {
                _placed[filter] = rank;
            }

            _filters[existing] = filter;
            return;
        }

        double canonical = CanonicalRank(type);
        int insertAt = _filters.FindIndex(f => RankOf(f) > canonical);
        _filters.Insert(insertAt < 0 ? _filters.Count : insertAt, filter);
    }

    private static int CanonicalRank(Type type) => Array.IndexOf(BoilerplatePipelineBuilderExtensions.CanonicalOrder, type);

    private static void ThrowIfAbsent<T>(int index, BoilerplateFilter filter, string where)
    {
        if (index < 0)
        {
            throw new InvalidOperationException(
                $"Cannot insert the filter '{filter.Name}' {where} {typeof(T).Name}: the list holds no {typeof(T).Name}. Add it first, or add your filter with Add or Use.");
        }
    }

    private void Place(BoilerplateFilter filter, double rank)
    {
        _placed[filter] = rank;
        int insertAt = _filters.FindIndex(f => RankOf(f) > rank);
        _filters.Insert(insertAt < 0 ? _filters.Count : insertAt, filter);
    }

    private double RankOf(BoilerplateFilter filter) => _placed.TryGetValue(filter, out double rank) ? rank : CanonicalRank(filter.GetType());

    private int IndexOf<T>() => _filters.FindIndex(f => f is T);
}
