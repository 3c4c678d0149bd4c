using System.Buffers;

namespace Boilerplate.Text;

/// <summary>
/// The stopword masks of the words of a page's first blocks, kept while the page language is not known yet
/// (see <see cref="FeatureScanner.ScanBlocks"/>). A pooled buffer that grows by doubling; the default value records nothing.
/// </summary>
internal struct StopwordHits : IDisposable
{
    private ulong[]? _masks;

    public StopwordHits(int capacity)
    {
        _masks = ArrayPool<ulong>.Shared.Rent(capacity);
        Count = 0;
    }

    /// <summary>Whether masks are recorded.</summary>
    public readonly bool IsActive => _masks is not null;

    public int Count { readonly get; private set; }

    public readonly ReadOnlySpan<ulong> Masks => _masks.AsSpan(0, Count);

    /// <summary>Adds <paramref name="mask"/> unless it is 0, without a branch on it.</summary>
    public void AddIfNotZero(ulong mask)
    {
        if (Count == _masks!.Length)
        {
            ulong[] larger = ArrayPool<ulong>.Shared.Rent(Count * 2);
            _masks.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<ulong>.Shared.Return(_masks);
            _masks = larger;
        }

        _masks[Count] = mask;
        Count += (int)((mask | (0 - mask)) >> 63);
    }

    public void Dispose()
    {
        if (_masks is not null)
        {
            ArrayPool<ulong>.Shared.Return(_masks);
            _masks = null;
        }
    }
}
