namespace Boilerplate.Cli.Records;

/// <summary>A read-only pass-through that counts the bytes read, so progress knows how far into a compressed file the reader is.</summary>
internal sealed class CountingStream(Stream inner, Action<int> onRead) : ForwardReadStream
{
    public override long Length => inner.Length;

    public override int Read(Span<byte> buffer)
    {
        int read = inner.Read(buffer);
        onRead(read);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
