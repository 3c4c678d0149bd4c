namespace Boilerplate.Cli.Records;

/// <summary>How <see cref="ByteReader.ReadLine"/> ended.</summary>
internal enum LineStatus
{
    /// <summary>A line was read; <see cref="ByteReader.LastLineEndedWithNewline"/> says whether the input ended in it.</summary>
    Line,

    /// <summary>The line was longer than allowed; it was skipped up to and including its newline.</summary>
    TooLong,

    /// <summary>The input ended before any byte of a line.</summary>
    End,
}

/// <summary>
/// A forward-only, buffered reader of a byte stream by lines (<c>\n</c>-terminated) and by counted blocks, for the
/// record formats: JSON Lines, and WARC's header lines followed by a Content-Length block. Memory is the buffer plus
/// the longest line read.
/// </summary>
internal sealed class ByteReader(Stream stream)
{
    private const int BufferSize = 1 << 16;

    private byte[] _buffer = new byte[BufferSize];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Bytes consumed so far, lines and blocks.</summary>
    public long Position { get; private set; }

    /// <summary>Whether the last line read ended with <c>\n</c> rather than with the input.</summary>
    public bool LastLineEndedWithNewline { get; private set; }

    /// <summary>
    /// Reads one line without its <c>\n</c> (a <c>\r</c> before it is kept). <paramref name="line"/> points into the
    /// buffer and is valid until the next call.
    /// </summary>
    public LineStatus ReadLine(int maxLength, out ReadOnlySpan<byte> line)
    {
        line = default;
        int scanned = 0;
        while (true)
        {
            int newline = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int length = scanned + newline;
                if (length > maxLength)
                {
                    Consume(length + 1);
                    return LineStatus.TooLong;
                }

                line = _buffer.AsSpan(_start, length);
                LastLineEndedWithNewline = true;
                Consume(length + 1);
                return LineStatus.Line;
            }

            scanned = _end - _start;
            if (scanned > maxLength)
            {
                Consume(scanned);
                SkipPastNewline();
                return LineStatus.TooLong;
            }

            if (!Fill())
            {
                if (scanned == 0)
                {
                    return LineStatus.End;
                }

                line = _buffer.AsSpan(_start, scanned);
                LastLineEndedWithNewline = false;
                Consume(scanned);
                return LineStatus.Line;
            }
        }
    }

    /// <summary>Reads up to <paramref name="destination"/>'s length; fewer bytes only at the end of the input.</summary>
    public int ReadBlock(Span<byte> destination)
    {
        int total = 0;
        while (total < destination.Length)
        {
            if (_start == _end && !Fill())
            {
                break;
            }

            int n = Math.Min(_end - _start, destination.Length - total);
            _buffer.AsSpan(_start, n).CopyTo(destination[total..]);
            Consume(n);
            total += n;
        }

        return total;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; fewer only at the end of the input.</summary>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count)
        {
            if (_start == _end && !Fill())
            {
                break;
            }

            int n = (int)Math.Min(_end - _start, count - skipped);
            Consume(n);
            skipped += n;
        }

        return skipped;
    }

    /// <summary>The next byte without consuming it, or -1 at the end of the input.</summary>
    public int Peek() => _start < _end || Fill() ? _buffer[_start] : -1;

    private void SkipPastNewline()
    {
        while (true)
        {
            int newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                Consume(newline + 1);
                return;
            }

            Consume(_end - _start);
            if (!Fill())
            {
                return;
            }
        }
    }

    private void Consume(int count)
    {
        _start += count;
        Position += count;
    }

    /// <summary>Reads more input after what is buffered, moving or growing the buffer as needed; false at the end.</summary>
    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_buffer.Length > BufferSize && _end < BufferSize / 2)
        {
            // Give back what a long line took, so that one huge record does not hold memory for the rest of the run.
            Array.Resize(ref _buffer, BufferSize);
        }
        else if (_end == _buffer.Length)
        {
            // A line longer than the buffer: grow it (up to the caller's limit, which ReadLine enforces).
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        int read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return false;
        }

        _end += read;
        return true;
    }
}
