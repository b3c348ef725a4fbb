using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Ingestion.Tests.Support;

/// <summary>
/// A grey picture (8 bits a pixel) and the files a scanner would make of it: PNG and multi-page TIFF, written here
/// so that no image library is needed. Pages of the bundled PDFs are rendered by poppler's pdftoppm.
/// </summary>
internal sealed partial record GreyImage(int Width, int Height, byte[] Pixels)
{
    /// <summary>Page <paramref name="page"/> of a PDF rendered by pdftoppm at <paramref name="dpi"/>.</summary>
    public static GreyImage Render(string pdfPath, int page, int dpi)
    {
        using var folder = new TempDirectory();
        var stem = folder.Combine("page");
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
        foreach (var argument in (string[])["-gray", "-r", $"{dpi}", "-f", $"{page}", "-l", $"{page}", "-singlefile", pdfPath, stem])
        {
            start.ArgumentList.Add(argument);
        }

        using (var process = Process.Start(start)!)
        {
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"pdftoppm failed: {process.StandardError.ReadToEnd()}");
        }

        var pgm = File.ReadAllBytes(stem + ".pgm");
        var header = PgmHeader().Match(Encoding.ASCII.GetString(pgm, 0, 64));
        var (width, height) = (int.Parse(header.Groups[1].Value), int.Parse(header.Groups[2].Value));
        return new GreyImage(width, height, pgm[header.Length..(header.Length + (width * height))]);
    }

    /// <summary>The picture as a PNG (grey, 8 bits, one zlib stream).</summary>
    public byte[] ToPng()
    {
        var raw = new byte[(Width + 1) * Height];
        for (var y = 0; y < Height; y++)
        {
            // Each row starts with its filter type, 0: none.
            Array.Copy(Pixels, y * Width, raw, (y * (Width + 1)) + 1, Width);
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8;
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The pictures as the pages of one TIFF (uncompressed grey strips, little-endian), as a fax or a scanner saves a letter.</summary>
    public static byte[] ToTiff(IReadOnlyList<GreyImage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var tiff = new MemoryStream();
        using var writer = new BinaryWriter(tiff);
        writer.Write("II*\0"u8);
        var nextDirectoryAt = tiff.Position;
        writer.Write(0u);
        foreach (var page in pages)
        {
            var pixelsAt = (uint)tiff.Position;
            writer.Write(page.Pixels);
            var directoryAt = (uint)tiff.Position;
            tiff.Position = nextDirectoryAt;
            writer.Write(directoryAt);
            tiff.Position = directoryAt;
            (ushort Tag, ushort Type, uint Value)[] entries =
            [
                (256, 4, (uint)page.Width), (257, 4, (uint)page.Height), (258, 3, 8), (259, 3, 1), (262, 3, 1),
                (273, 4, pixelsAt), (277, 3, 1), (278, 4, (uint)page.Height), (279, 4, (uint)page.Pixels.Length),
            ];
            writer.Write((ushort)entries.Length);
            foreach (var (tag, type, value) in entries)
            {
                writer.Write(tag);
                writer.Write(type);
                writer.Write(1u);
                if (type == 3)
                {
                    writer.Write((ushort)value);
                    writer.Write((ushort)0);
                }
                else
                {
                    writer.Write(value);
                }
            }

            nextDirectoryAt = tiff.Position;
            writer.Write(0u);
        }

        writer.Flush();
        return tiff.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    [GeneratedRegex(@"^P5\s+(\d+)\s+(\d+)\s+255\s")]
    private static partial Regex PgmHeader();
}
