namespace Boilerplate.Text;

/// <summary>
/// Where the scan puts the stopword masks of a block's words. The scan methods are generic over it so that blocks after the
/// language sample, the most of a page, are scanned by a copy with no recording in its word loop.
/// </summary>
internal interface IStopwordRecorder
{
    /// <summary>Whether masks are recorded.</summary>
    bool IsActive { get; }

    /// <summary>The number of masks recorded.</summary>
    int Count { get; }

    /// <summary>Adds <paramref name="mask"/> unless it is 0, without a branch on it.</summary>
    void AddIfNotZero(ulong mask);

    /// <summary>Forgets the masks added after the first <paramref name="count"/>.</summary>
    void Truncate(int count);
}
