using System.Buffers.Binary;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Extraction.Ocr;

/// <summary>The size of each page of a scanned image, read from its header alone (no pixel is decoded).</summary>
/// <param name="Pages">Width and height in pixels of each page (a multi-page TIFF has several, JPEG and PNG one).</param>
internal sealed record ImageHeader(IReadOnlyList<(int Width, int Height)> Pages)
{
    /// <summary>
    /// Reads the pages' sizes of a TIFF, JPEG or PNG; stops counting pages past <paramref name="maxPages"/> + 1, so a
    /// hostile chain of a million TIFF directories costs nothing. Throws <see cref="ExtractionFailedException"/> for a
    /// header that cannot be read.
    /// </summary>
    public static ImageHeader Read(ReadOnlySpan<byte> content, int maxPages)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
        {
            return new ImageHeader([Png(content)]);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new ImageHeader([Jpeg(content)]);
        }

        if (content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8))
        {
            return new ImageHeader(Tiff(content, maxPages));
        }

        throw Broken("the image's header is not TIFF, JPEG or PNG");
    }

    private static (int, int) Png(ReadOnlySpan<byte> content)
    {
        // The IHDR chunk comes first: signature (8), length (4), "IHDR" (4), width (4), height (4), big-endian.
        if (content.Length < 24 || !content[12..16].SequenceEqual("IHDR"u8))
        {
            throw Broken("the PNG has no image header");
        }

        return (Dimension(BinaryPrimitives.ReadUInt32BigEndian(content[16..])), Dimension(BinaryPrimitives.ReadUInt32BigEndian(content[20..])));
    }

    private static (int, int) Jpeg(ReadOnlySpan<byte> content)
    {
        // Segments follow the start marker, each FF xx with a big-endian length, until a start-of-frame gives the size.
        var at = 2;
        while (at + 9 < content.Length)
        {
            if (content[at] != 0xFF)
            {
                throw Broken("the JPEG's segments are broken");
            }

            var marker = content[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(content[(at + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(content[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(content[(at + 5)..]));
            }

            at += 2 + length;
        }

        throw Broken("the JPEG has no frame header");
    }

    private static List<(int, int)> Tiff(ReadOnlySpan<byte> content, int maxPages)
    {
        var little = content[0] == (byte)'I';
        var pages = new List<(int, int)>();
        var seen = new HashSet<uint>();
        var directory = U32(content, little, 4);
        while (directory != 0 && pages.Count <= maxPages)
        {
            if (!seen.Add(directory) || directory > content.Length - 2)
            {
                throw Broken("the TIFF's page directories are broken");
            }

            var at = (int)directory;
            var entries = U16(content, little, at);
            if (at + 2 + (entries * 12) + 4 > content.Length)
            {
                throw Broken("a TIFF page directory runs past the end of the file");
            }

            int width = 0, height = 0;
            for (var i = 0; i < entries; i++)
            {
                var entry = at + 2 + (i * 12);
                var tag = U16(content, little, entry);
                // SHORT (3) values sit in the first two bytes of the value field, LONG (4) fill it.
                var value = U16(content, little, entry + 2) == 3 ? U16(content, little, entry + 8) : U32(content, little, entry + 8);
                if (tag == 256)
                {
                    width = Dimension(value);
                }
                else if (tag == 257)
                {
                    height = Dimension(value);
                }
            }

            pages.Add((width, height));
            directory = U32(content, little, at + 2 + (entries * 12));
        }

        return pages.Count > 0 ? pages : throw Broken("the TIFF has no pages");
    }

    private static uint U32(ReadOnlySpan<byte> content, bool little, int at) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(content[at..]) : BinaryPrimitives.ReadUInt32BigEndian(content[at..]);

    private static ushort U16(ReadOnlySpan<byte> content, bool little, int at) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(content[at..]) : BinaryPrimitives.ReadUInt16BigEndian(content[at..]);

    private static int Dimension(uint value) => value <= int.MaxValue ? (int)value : int.MaxValue;

    private static ExtractionFailedException Broken(string what) => new(FailureReason.Corrupt, $"the image is corrupt: {what}");
}
