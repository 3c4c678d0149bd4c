using System.Text;

namespace Boilerplate.Cli.Records;

/// <summary>A read-only stream of a <see cref="TextReader"/>'s text as UTF-8, for callers that hand the CLI text rather than bytes.</summary>
internal sealed class TextReaderStream(TextReader reader) : ForwardReadStream
{
    private readonly char[] _chars = new char[4096];
    private readonly byte[] _bytes = new byte[Encoding.UTF8.GetMaxByteCount(4096)];
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetEncoder();
    private int _offset;
    private int _count;

    public override int Read(Span<byte> buffer)
    {
        if (_count == 0)
        {
            int chars = reader.Read(_chars, 0, _chars.Length);
            _count = _encoder.GetBytes(_chars, 0, chars, _bytes, 0, flush: chars == 0);
            _offset = 0;
            if (_count == 0)
            {
                return 0;
            }
        }

        int n = Math.Min(_count, buffer.Length);
        _bytes.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        _count -= n;
        return n;
    }
}

/// <summary>A write-only stream that decodes UTF-8 onto a <see cref="TextWriter"/>, for callers that take the CLI's output as text.</summary>
internal sealed class TextWriterStream(TextWriter writer) : ForwardWriteStream
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetDecoder();
    private char[] _chars = new char[4096];

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        int needed = _decoder.GetCharCount(buffer, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[needed];
        }

        int chars = _decoder.GetChars(buffer, _chars, flush: false);
        writer.Write(_chars, 0, chars);
    }

    public override void Flush() => writer.Flush();
}
