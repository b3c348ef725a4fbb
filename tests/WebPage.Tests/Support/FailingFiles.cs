using System.IO.Compression;
using System.Text;

namespace Archive.WebPage.Tests.Support;

/// <summary>
/// An inbox with two readable statements and five files the archive cannot read, each for a reason an operator
/// meets: two password-protected Office files, a damaged PDF, an empty file and a ZIP archive.
/// </summary>
public static class FailingFiles
{
    public const int Count = 5;

    public const string EncryptedWord = "udvalg/kodeord.docx";

    public const string DamagedPdf = "udvalg/afskaaret.pdf";

    public static void Create(string inbox)
    {
        SampleArchive.Write(inbox, "udvalg/hoeringssvar-budget.txt",
            "Høringssvar om budget 2024\n\nUdsatterådet anbefaler, at værestedet bevares.",
            new { council = "Udsatterådet", municipality = "Odense Kommune", type = "Høringssvar", date = "2023-09-01" });
        SampleArchive.Write(inbox, "udvalg/referat.txt",
            "Referat fra Udsatterådets møde\n\nRådet drøftede værestedet og gadeplansarbejde.",
            new { council = "Udsatterådet", municipality = "Odense Kommune", type = "Referat", date = "2022-03-15" });

        WriteBytes(inbox, EncryptedWord, EncryptedOfficeFile());
        WriteBytes(inbox, "udvalg/budget-kodeord.xlsx", EncryptedOfficeFile());
        // A download cut short: a PDF's header and first object, and nothing after.
        WriteBytes(inbox, DamagedPdf, Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa"));
        WriteBytes(inbox, "udvalg/tom.txt", []);
        WriteBytes(inbox, "udvalg/bilag.zip", ZipWithOneEntry());
    }

    private static void WriteBytes(string inbox, string relativePath, byte[] bytes)
    {
        var path = Path.Combine(inbox, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    // A password-protected Office file is an OLE2 compound file holding an "EncryptedPackage" stream, whose name
    // (UTF-16LE) is all the archive needs to see to tell it from a broken one.
    private static byte[] EncryptedOfficeFile()
    {
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        return [.. magic, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptedPackage"), .. new byte[512]];
    }

    private static byte[] ZipWithOneEntry()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("bilag.txt").Open());
            writer.Write("Bilag til referatet.");
        }

        return buffer.ToArray();
    }
}
