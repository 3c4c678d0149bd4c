namespace Boilerplate.Text;

/// <summary>Records nothing: the scan of blocks whose language is known.</summary>
internal readonly struct NoStopwordHits : IStopwordRecorder
{
    /// <inheritdoc/>
    public bool IsActive => false;

    /// <inheritdoc/>
    public int Count => 0;

    /// <inheritdoc/>
    public void AddIfNotZero(uint set)
    {
    }

    /// <inheritdoc/>
    public void Truncate(int count)
    {
    }
}
