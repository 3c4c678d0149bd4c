using System.Buffers;
using System.Text;
using Boilerplate.Internal;

namespace Boilerplate.Input;

/// <summary>
/// Reads a stream to its end but never more than a limit: the buffer grows with what was read, and reading stops at the
/// first chunk past the limit, so a hostile or endless stream costs at most the limit in memory.
/// </summary>
internal static class BoundedRead
{
    private const int ChunkBytes = 81920;

    /// <summary>The stream's bytes in a buffer rented from <see cref="ArrayPool{T}.Shared"/>; return it when done.</summary>
    /// <exception cref="InputTooLargeException">The stream holds more than <paramref name="maxBytes"/> bytes.</exception>
    public static byte[] Bytes(Stream stream, long maxBytes, out int length)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialSize(stream, maxBytes));
        length = 0;
        try
        {
            int read;
            while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                buffer = MakeRoom(buffer, length, maxBytes);
            }

            return buffer;
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <inheritdoc cref="Bytes(Stream, long, out int)"/>
    public static async Task<(byte[] Buffer, int Length)> BytesAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialSize(stream, maxBytes));
        int length = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                buffer = MakeRoom(buffer, length, maxBytes);
            }

            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>
    /// A text stream decoded as UTF-8 unless a byte order mark says otherwise, read to its end but never past
    /// <paramref name="maxChars"/> characters.
    /// </summary>
    /// <exception cref="InputTooLargeException">The text has more than <paramref name="maxChars"/> characters.</exception>
    public static async Task<string> TextAsync(Stream stream, int maxChars, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, DumpDecoder.Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: ChunkBytes, leaveOpen: true);
        var text = new StringBuilder();
        char[] chunk = ArrayPool<char>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await reader.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if ((long)text.Length + read > maxChars)
                {
                    ThrowHelper.ThrowInputTooLarge(text.Length + read, maxChars, InputSizeUnit.Characters, isLengthLowerBound: true);
                }

                text.Append(chunk, 0, read);
            }

            return text.ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chunk);
        }
    }

    private static int InitialSize(Stream stream, long maxBytes)
    {
        if (stream.CanSeek)
        {
            long remaining = stream.Length - stream.Position;
            if (remaining > maxBytes)
            {
                ThrowHelper.ThrowInputTooLarge(remaining, maxBytes, InputSizeUnit.Bytes);
            }

            // One more byte than announced, so that the read which finds the end needs no larger buffer.
            return (int)Math.Max(remaining + 1, 16);
        }

        return (int)Math.Min(ChunkBytes, maxBytes + 1);
    }

    /// <summary>Throws past the limit; else returns a buffer with room for another read (a larger one when full).</summary>
    private static byte[] MakeRoom(byte[] buffer, int length, long maxBytes)
    {
        if (length > maxBytes)
        {
            // The caller's catch returns the buffer.
            ThrowHelper.ThrowInputTooLarge(length, maxBytes, InputSizeUnit.Bytes, isLengthLowerBound: true);
        }

        if (length < buffer.Length)
        {
            return buffer;
        }

        // Never more than one byte past the limit: that byte is enough to know the stream is too long.
        long grown = Math.Min(Math.Max((long)buffer.Length * 2, ChunkBytes), maxBytes + 1);
        byte[] larger = ArrayPool<byte>.Shared.Rent((int)grown);
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
