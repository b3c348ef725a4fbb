using System.Xml;

namespace Archive.Ingestion.Extraction.OpenDocument;

/// <summary>
/// Reads the title an OpenDocument file stores about itself (dc:title in meta.xml); <see cref="EmbeddedTitle"/>
/// decides whether it names the document.
/// </summary>
internal static class OdfMetaTitle
{
    /// <summary>The meaningful title, or null. A damaged meta.xml never fails the document.</summary>
    public static string? Read(Func<XmlReader?> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        try
        {
            using var reader = open();
            while (reader is not null && reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "title" && reader.NamespaceURI == OdfNamespaces.DublinCore)
                {
                    return EmbeddedTitle.Clean(reader.ReadElementContentAsString());
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException)
        {
            return null;
        }
    }
}
