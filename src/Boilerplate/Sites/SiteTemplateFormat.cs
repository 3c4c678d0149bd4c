using System.Buffers.Binary;

namespace Boilerplate;

/// <summary>
/// The binary form of a <see cref="SiteTemplate"/>, little-endian:
/// <c>"BPST"</c> (4 bytes) · format version u16 (1) · key scheme u16 (1: the scanner's normalised-text hash and
/// <see cref="SiteBlockKeys.Place"/>) · page count i32 · HTML page count i32 · text key count i32 · place key count i32 ·
/// the text keys (u64 key, i32 pages; keys strictly ascending) · the place keys (the same) · checksum u64 (FNV-1a of
/// every byte before it). Read whole into memory and checked before a template is made, so a truncated or corrupt
/// stream gives an <see cref="InvalidDataException"/> and nothing else.
/// </summary>
internal static class SiteTemplateFormat
{
    public const ushort Version = 1;
    public const ushort KeyScheme = 1;
    private const int HeaderBytes = 4 + 2 + 2 + (4 * 4);
    private const int KeyBytes = 12;
    private static ReadOnlySpan<byte> Magic => "BPST"u8;

    public static void Write(Stream stream, SiteTemplate template)
    {
        ArgumentNullException.ThrowIfNull(stream);
        int keys = template.TextKeys.Length + template.PlaceKeys.Length;
        byte[] buffer = new byte[HeaderBytes + (keys * KeyBytes) + 8];
        Span<byte> span = buffer;
        Magic.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], Version);
        BinaryPrimitives.WriteUInt16LittleEndian(span[6..], KeyScheme);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], template.PageCount);
        BinaryPrimitives.WriteInt32LittleEndian(span[12..], template.HtmlPageCount);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], template.TextKeys.Length);
        BinaryPrimitives.WriteInt32LittleEndian(span[20..], template.PlaceKeys.Length);
        int at = WriteKeys(span, HeaderBytes, template.TextKeys, template.TextPages);
        at = WriteKeys(span, at, template.PlaceKeys, template.PlacePages);
        BinaryPrimitives.WriteUInt64LittleEndian(span[at..], Checksum(span[..at]));
        stream.Write(buffer);
    }

    public static SiteTemplate Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] header = new byte[HeaderBytes];
        ReadExactly(stream, header);
        if (!header.AsSpan(0, 4).SequenceEqual(Magic))
        {
            throw Corrupt("it does not start with BPST: not a site template");
        }

        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(4));
        ushort scheme = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(6));
        if (version != Version || scheme != KeyScheme)
        {
            throw Corrupt($"format version {version}, key scheme {scheme}; this library reads version {Version}, key scheme {KeyScheme}");
        }

        int pageCount = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(8));
        int htmlPageCount = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(12));
        int textCount = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(16));
        int placeCount = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(20));
        if (pageCount < 0 || htmlPageCount < 0 || htmlPageCount > pageCount
            || textCount < 0 || textCount > SiteTemplateBuilder.MaxKeys || placeCount < 0 || placeCount > SiteTemplateBuilder.MaxKeys)
        {
            throw Corrupt("its counts are out of range");
        }

        byte[] body = new byte[((textCount + placeCount) * KeyBytes) + 8];
        ReadExactly(stream, body);
        int keysEnd = body.Length - 8;
        ulong expected = Checksum(body.AsSpan(0, keysEnd), Checksum(header));
        if (BinaryPrimitives.ReadUInt64LittleEndian(body.AsSpan(keysEnd)) != expected)
        {
            throw Corrupt("its checksum does not match");
        }

        (ulong[] textKeys, int[] textPages) = ReadKeys(body, 0, textCount, pageCount);
        (ulong[] placeKeys, int[] placePages) = ReadKeys(body, textCount * KeyBytes, placeCount, htmlPageCount);
        return new SiteTemplate(pageCount, htmlPageCount, textKeys, textPages, placeKeys, placePages);
    }

    private static int WriteKeys(Span<byte> span, int at, ReadOnlySpan<ulong> keys, ReadOnlySpan<int> pages)
    {
        for (int i = 0; i < keys.Length; i++, at += KeyBytes)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(span[at..], keys[i]);
            BinaryPrimitives.WriteInt32LittleEndian(span[(at + 8)..], pages[i]);
        }

        return at;
    }

    private static (ulong[] Keys, int[] Pages) ReadKeys(byte[] body, int at, int count, int maxPages)
    {
        ulong[] keys = new ulong[count];
        int[] pages = new int[count];
        for (int i = 0; i < count; i++, at += KeyBytes)
        {
            keys[i] = BinaryPrimitives.ReadUInt64LittleEndian(body.AsSpan(at));
            pages[i] = BinaryPrimitives.ReadInt32LittleEndian(body.AsSpan(at + 8));
            if ((i > 0 && keys[i] <= keys[i - 1]) || pages[i] < 2 || pages[i] > maxPages)
            {
                throw Corrupt($"key {i} is out of order or its page count out of range");
            }
        }

        return (keys, pages);
    }

    private static void ReadExactly(Stream stream, byte[] buffer)
    {
        try
        {
            stream.ReadExactly(buffer);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The site template is truncated: the stream ended inside it.", ex);
        }
    }

    private static ulong Checksum(ReadOnlySpan<byte> bytes, ulong hash = 14695981039346656037)
    {
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 1099511628211;
        }

        return hash;
    }

    private static InvalidDataException Corrupt(string why) => new($"The site template is corrupt: {why}.");
}
