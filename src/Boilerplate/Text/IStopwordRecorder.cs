namespace Boilerplate.Text;

/// <summary>
/// Where the scan puts the language sets of a block's stopwords. The scan methods are generic over it so that blocks after the
/// language sample, the most of a page, are scanned by a copy with no recording in its word loop.
/// </summary>
internal interface IStopwordRecorder
{
    /// <summary>Whether sets are recorded.</summary>
    bool IsActive { get; }

    /// <summary>The number of sets recorded.</summary>
    int Count { get; }

    /// <summary>Adds <paramref name="set"/> unless it is 0 (the empty set), without a branch on it.</summary>
    void AddIfNotZero(uint set);

    /// <summary>Forgets the sets added after the first <paramref name="count"/>.</summary>
    void Truncate(int count);
}
