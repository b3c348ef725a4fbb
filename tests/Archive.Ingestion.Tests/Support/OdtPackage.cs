using System.IO.Compression;
using System.Text;

namespace Archive.Ingestion.Tests.Support;

/// <summary>Writes OpenDocument text packages in memory, as LibreOffice lays them out, so a test states the markup it is about.</summary>
public static class OdtPackage
{
    public const string Namespaces =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
        + "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
        + "xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\" "
        + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

    /// <summary>A text document whose office:text holds <paramref name="bodyXml"/>, with an optional dc:title.</summary>
    public static byte[] WithBody(string bodyXml, string? title = null, string mimetype = "application/vnd.oasis.opendocument.text") =>
        Build(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content {Namespaces} office:version=\"1.3\"><office:body><office:text>{bodyXml}</office:text></office:body></office:document-content>",
            title,
            mimetype);

    /// <summary>A package with the given content.xml, a meta.xml (with the title, if any) and extra entries.</summary>
    public static byte[] Build(string contentXml, string? title = null, string mimetype = "application/vnd.oasis.opendocument.text", params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            // OpenDocument's rule: "mimetype" first and stored, so its type can be read without unpacking.
            Write(zip, "mimetype", mimetype, CompressionLevel.NoCompression);
            Write(zip, "content.xml", contentXml, CompressionLevel.Optimal);
            var meta = title is null ? string.Empty : $"<dc:title>{title}</dc:title>";
            Write(zip, "meta.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta {Namespaces}><office:meta>{meta}</office:meta></office:document-meta>", CompressionLevel.Optimal);
            foreach (var (name, text) in entries)
            {
                Write(zip, name, text, CompressionLevel.Optimal);
            }
        }

        return stream.ToArray();
    }

    public static string Paragraph(string text) => $"<text:p text:style-name=\"Standard\">{text}</text:p>";

    private static void Write(ZipArchive zip, string name, string text, CompressionLevel level)
    {
        using var entry = zip.CreateEntry(name, level).Open();
        entry.Write(Encoding.UTF8.GetBytes(text));
    }
}
