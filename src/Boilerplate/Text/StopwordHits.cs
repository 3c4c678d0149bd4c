using System.Buffers;
using System.Runtime.CompilerServices;

namespace Boilerplate.Text;

/// <summary>
/// The language sets (<see cref="Languages.Stopwords.SetOf"/>) of the stopwords of a page's first blocks, kept while the
/// page language is not known yet (see <see cref="FeatureScanner.ScanBlocks"/>). A pooled buffer rented at its largest size, so adding takes no check; the
/// default value records nothing.
/// </summary>
internal struct StopwordHits : IStopwordRecorder, IDisposable
{
    private uint[]? _sets;

    /// <summary>Rents room for the sets of the words of <paramref name="characters"/> characters of text: at most a word each (a Han letter is one).</summary>
    public StopwordHits(int characters)
    {
        int capacity = characters + 1;
        _sets = ArrayPool<uint>.Shared.Rent(capacity);
        Count = 0;
    }

    /// <inheritdoc/>
    public readonly bool IsActive => _sets is not null;

    /// <inheritdoc/>
    public int Count { readonly get; private set; }

    public readonly ReadOnlySpan<uint> Sets => _sets.AsSpan(0, Count);

    /// <inheritdoc/>
    /// <remarks>
    /// The buffer never grows: it was rented with room for every word of the text it records. Inlined: only the scan of
    /// the language sample records (<see cref="IStopwordRecorder"/>), and there the call cost 5% of a text dump's time.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddIfNotZero(uint set)
    {
        _sets![Count] = set;
        Count += (int)((set | (0 - set)) >> 31);
    }

    /// <inheritdoc/>
    public void Truncate(int count) => Count = count;

    public void Dispose()
    {
        if (_sets is not null)
        {
            ArrayPool<uint>.Shared.Return(_sets);
            _sets = null;
        }
    }
}
