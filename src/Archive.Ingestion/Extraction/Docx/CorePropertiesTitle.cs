using System.Xml;

namespace Archive.Ingestion.Extraction.Docx;

/// <summary>
/// Reads the title from the package's core properties (docProps/core.xml); <see cref="EmbeddedTitle"/>
/// decides whether it names the document.
/// </summary>
internal static class CorePropertiesTitle
{
    /// <summary>The meaningful title, or null. A damaged properties part never fails the document.</summary>
    public static string? Read(WordPackage package)
    {
        try
        {
            using var reader = package.OpenCoreProperties();
            while (reader is not null && reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element
                    && reader.LocalName == "title"
                    && reader.NamespaceURI == WordNamespaces.DublinCore)
                {
                    return EmbeddedTitle.Clean(reader.ReadElementContentAsString());
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }
}
