using System.IO.Compression;
using System.Text;

namespace Archive.Ingestion.Tests.Support;

/// <summary>
/// Writes small WordprocessingML packages in memory, so that a test can state exactly the markup it is about.
/// </summary>
public sealed class DocxPackageBuilder
{
    public const string DocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string MacroTemplateContentType = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml";

    private const string RelationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        + "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"";

    private readonly string _body;
    private readonly List<(string Name, string ContentType, string Xml, string RelationshipType)> _parts = [];
    private string _mainContentType = DocumentContentType;
    private string? _title;
    private bool _officeDocumentRelationship = true;

    private DocxPackageBuilder(string body)
    {
        _body = body;
    }

    /// <summary>A document whose w:body holds <paramref name="bodyXml"/> (prefixes w, r, mc, wps, wp, a, v, m are declared).</summary>
    public static DocxPackageBuilder WithBody(string bodyXml) => new(bodyXml);

    /// <summary>One paragraph with one run of text.</summary>
    public static string Paragraph(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    /// <summary>
    /// Adds a part the document refers to, with root element <paramref name="rootElement"/> (such as "w:hdr");
    /// its relationship id is "rId" + its position (rId1, rId2 …).
    /// </summary>
    public DocxPackageBuilder WithPart(string name, string relationshipType, string contentType, string rootElement, string innerXml)
    {
        _parts.Add((name, contentType, $"<{rootElement} {Namespaces}>{innerXml}</{rootElement}>", relationshipType));
        return this;
    }

    public DocxPackageBuilder WithHeader(string name, string innerXml) =>
        WithPart(name, "header", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml", "w:hdr", innerXml);

    public DocxPackageBuilder WithFooter(string name, string innerXml) =>
        WithPart(name, "footer", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml", "w:ftr", innerXml);

    public DocxPackageBuilder WithMainContentType(string contentType)
    {
        _mainContentType = contentType;
        return this;
    }

    /// <summary>Leaves out the package relationship to the main part, as some converters do.</summary>
    public DocxPackageBuilder WithoutOfficeDocumentRelationship()
    {
        _officeDocumentRelationship = false;
        return this;
    }

    public DocxPackageBuilder WithTitle(string title)
    {
        _title = title;
        return this;
    }

    public byte[] Build()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var types = new StringBuilder(
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + $"<Override PartName=\"/word/document.xml\" ContentType=\"{_mainContentType}\"/>");
            foreach (var part in _parts)
            {
                types.Append($"<Override PartName=\"/word/{part.Name}\" ContentType=\"{part.ContentType}\"/>");
            }

            var packageRelationships = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            if (_officeDocumentRelationship)
            {
                packageRelationships.Append($"<Relationship Id=\"rId1\" Type=\"{RelationshipBase}officeDocument\" Target=\"word/document.xml\"/>");
            }

            if (_title is not null)
            {
                types.Append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
                packageRelationships.Append(
                    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>");
                Write(zip, "docProps/core.xml",
                    "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                    + $"xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{_title}</dc:title></cp:coreProperties>");
            }

            Write(zip, "[Content_Types].xml", types.Append("</Types>").ToString());
            Write(zip, "_rels/.rels", packageRelationships.Append("</Relationships>").ToString());
            Write(zip, "word/document.xml", $"<w:document {Namespaces}><w:body>{_body}</w:body></w:document>");

            var documentRelationships = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (var i = 0; i < _parts.Count; i++)
            {
                var part = _parts[i];
                documentRelationships.Append($"<Relationship Id=\"rId{i + 1}\" Type=\"{RelationshipBase}{part.RelationshipType}\" Target=\"{part.Name}\"/>");
                Write(zip, "word/" + part.Name, part.Xml);
            }

            Write(zip, "word/_rels/document.xml.rels", documentRelationships.Append("</Relationships>").ToString());
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name).Open();
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml);
        stream.Write(bytes);
    }
}
