using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Reads the title an Excel or PowerPoint package stores in its core properties (docProps/core.xml);
/// <see cref="EmbeddedTitle"/> decides whether it names the document.
/// </summary>
internal static class PackagePropertiesTitle
{
    /// <summary>The meaningful title, or null. A damaged properties part never fails the document.</summary>
    public static string? Read(OpenXmlPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        try
        {
            return EmbeddedTitle.Clean(package.PackageProperties.Title);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException or InvalidOperationException or OpenXmlPackageException)
        {
            return null;
        }
    }
}
