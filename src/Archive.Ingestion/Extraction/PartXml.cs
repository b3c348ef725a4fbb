using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Opens a part of an Office package (found through the Open XML SDK's typed parts) as a forward-only XML reader,
/// so that a sheet or a slide is read from its stream and never parsed into the SDK's object model, whose memory
/// grows with the part. A document type declaration is refused (the file is reported as damaged): no real Office
/// file has one, and it is how entity expansion and external entities get in.
/// </summary>
internal static class PartXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static XmlReader Open(OpenXmlPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), Settings);
    }

    /// <summary>The attribute of the current element with this local name, in whatever namespace (transitional or strict).</summary>
    public static string? Attribute(XmlReader reader, string localName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string? value = null;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.LocalName == localName)
                {
                    value = reader.Value;
                    break;
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return value;
    }

    /// <summary>
    /// The current element's r:id, the relationship that names the part it stands for. It is told from a plain id
    /// attribute (p:sldId has both) by its namespace, transitional or strict.
    /// </summary>
    public static string? RelationshipId(XmlReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string? value = null;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith("relationships", StringComparison.Ordinal))
                {
                    value = reader.Value;
                    break;
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return value;
    }
}
