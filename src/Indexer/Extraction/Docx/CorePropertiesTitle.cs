using System.Xml;

namespace Archive.Indexer.Extraction.Docx;

/// <summary>
/// Reads the title from the package's core properties (docProps/core.xml) and keeps it only when it
/// names the document: not empty, not a placeholder that a template or a converter left behind,
/// not a file name.
/// </summary>
internal static class CorePropertiesTitle
{
    private const int MaxTitleLength = 300;
    private const string ConverterPrefix = "Microsoft Word - ";

    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "titel", "untitled", "document", "dokument", "word document", "microsoft word document",
        "ingen titel", "uden titel", "unavngivet", "normal", "skabelon", "template", "titulo", "título",
    };

    private static readonly string[] FileExtensions =
        [".doc", ".docx", ".docm", ".dot", ".dotx", ".dotm", ".rtf", ".odt", ".pdf", ".txt", ".htm", ".html"];

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
                    return Clean(reader.ReadElementContentAsString());
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }

    public static string? Clean(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var title = TextNormalizer.Normalize(raw).Replace('\n', ' ').Replace('\t', ' ').Trim();
        if (title.StartsWith(ConverterPrefix, StringComparison.OrdinalIgnoreCase))
        {
            title = title[ConverterPrefix.Length..].Trim();
        }

        var meaningful = title.Length is > 0 and <= MaxTitleLength
            && title.Any(char.IsLetter)
            && !Placeholders.Contains(title)
            && !FileExtensions.Any(extension => title.EndsWith(extension, StringComparison.OrdinalIgnoreCase));
        return meaningful ? title : null;
    }
}
