using System.Buffers.Binary;
using System.Text;

namespace Boilerplate.Cli.Sites;

/// <summary>
/// The file <c>boilerplate learn</c> writes and <c>batch --templates</c> reads, little-endian: <c>"BPSF"</c> · version u16 (1) ·
/// host count i32 · per host, in ordinal order: the host's UTF-8 length u16, its bytes, then its template in the
/// library's <c>SiteTemplate.Save</c> format. Read whole before any record is cleaned, so a truncated or corrupt file
/// stops the batch before it starts.
/// </summary>
internal static class TemplateFile
{
    private const ushort Version = 1;
    private static ReadOnlySpan<byte> Magic => "BPSF"u8;

    public static void Write(Stream stream, IReadOnlyDictionary<string, SiteTemplate> templates)
    {
        Span<byte> header = stackalloc byte[10];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[6..], templates.Count);
        stream.Write(header);
        Span<byte> length = stackalloc byte[2];
        foreach (string host in templates.Keys.Order(StringComparer.Ordinal))
        {
            byte[] name = Encoding.UTF8.GetBytes(host);
            BinaryPrimitives.WriteUInt16LittleEndian(length, checked((ushort)name.Length));
            stream.Write(length);
            stream.Write(name);
            templates[host].Save(stream);
        }
    }

    /// <exception cref="InvalidDataException">The file is truncated, corrupt or not a templates file.</exception>
    public static Dictionary<string, SiteTemplate> Read(Stream stream)
    {
        byte[] header = ReadBytes(stream, 10);
        if (!header.AsSpan(0, 4).SequenceEqual(Magic) || BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(4)) != Version)
        {
            throw new InvalidDataException("not a templates file written by 'boilerplate learn' (version 1)");
        }

        int count = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(6));
        if (count < 0)
        {
            throw new InvalidDataException("its host count is negative");
        }

        var templates = new Dictionary<string, SiteTemplate>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            int length = BinaryPrimitives.ReadUInt16LittleEndian(ReadBytes(stream, 2));
            string host = Encoding.UTF8.GetString(ReadBytes(stream, length));
            if (!templates.TryAdd(host, SiteTemplate.Load(stream)))
            {
                throw new InvalidDataException($"host '{host}' is listed twice");
            }
        }

        if (stream.ReadByte() != -1)
        {
            throw new InvalidDataException("it has bytes after its last template");
        }

        return templates;
    }

    private static byte[] ReadBytes(Stream stream, int count)
    {
        byte[] bytes = new byte[count];
        try
        {
            stream.ReadExactly(bytes);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("it is truncated", ex);
        }

        return bytes;
    }
}
