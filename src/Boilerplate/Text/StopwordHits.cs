using System.Buffers;
using System.Runtime.CompilerServices;

namespace Boilerplate.Text;

/// <summary>
/// The stopword masks of the words of a page's first blocks, kept while the page language is not known yet
/// (see <see cref="FeatureScanner.ScanBlocks"/>). A pooled buffer rented at its largest size, so adding takes no check; the
/// default value records nothing.
/// </summary>
internal struct StopwordHits : IStopwordRecorder, IDisposable
{
    private ulong[]? _masks;

    /// <summary>Rents room for the masks of the words of <paramref name="characters"/> characters of text: at most a word each (a Han letter is one).</summary>
    public StopwordHits(int characters)
    {
        int capacity = characters + 1;
        _masks = ArrayPool<ulong>.Shared.Rent(capacity);
        Count = 0;
    }

    /// <inheritdoc/>
    public readonly bool IsActive => _masks is not null;

    /// <inheritdoc/>
    public int Count { readonly get; private set; }

    public readonly ReadOnlySpan<ulong> Masks => _masks.AsSpan(0, Count);

    /// <inheritdoc/>
    /// <remarks>
    /// The buffer never grows: it was rented with room for every word of the text it records. Inlined: only the scan of
    /// the language sample records (<see cref="IStopwordRecorder"/>), and there the call cost 5% of a text dump's time.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddIfNotZero(ulong mask)
    {
        _masks![Count] = mask;
        Count += (int)((mask | (0 - mask)) >> 63);
    }

    /// <inheritdoc/>
    public void Truncate(int count) => Count = count;

    public void Dispose()
    {
        if (_masks is not null)
        {
            ArrayPool<ulong>.Shared.Return(_masks);
            _masks = null;
        }
    }
}
