using System.Xml;

namespace Archive.Ingestion.Extraction.Docx;

/// <summary>
/// The paragraph style ids that mean Title and Heading 1 in one document. Word stores the style's built-in name
/// ("Title", "heading 1") in styles.xml whatever the language, but the id a paragraph refers to is localised
/// ("Titel", "Overskrift1" in Danish Word), so the ids are looked up by name.
/// </summary>
internal sealed class WordHeadingStyles
{
    private readonly HashSet<string> _titleIds = new(StringComparer.OrdinalIgnoreCase) { "Title", "Titel" };
    private readonly HashSet<string> _headingIds = new(StringComparer.OrdinalIgnoreCase) { "Heading1", "Overskrift1" };

    public bool IsTitle(string styleId) => _titleIds.Contains(styleId);

    public bool IsHeading(string styleId) => _headingIds.Contains(styleId);

    /// <summary>The document's Title and Heading 1 styles; the usual ids alone when styles.xml is missing or damaged.</summary>
    public static WordHeadingStyles Read(WordPackage package)
    {
        var styles = new WordHeadingStyles();
        try
        {
            using var reader = package.OpenStyles();
            string? styleId = null;
            while (reader is not null && reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || !WordNamespaces.IsMain(reader.NamespaceURI))
                {
                    continue;
                }

                if (reader.LocalName == "style")
                {
                    styleId = Attribute(reader, "type") == "paragraph" ? Attribute(reader, "styleId") : null;
                }
                else if (reader.LocalName == "name" && styleId is not null)
                {
                    styles.Add(styleId, Attribute(reader, "val"));
                }
            }
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException or NotSupportedException or InvalidOperationException)
        {
            // A damaged styles part costs the styled title, not the document.
        }

        return styles;
    }

    private void Add(string styleId, string? name)
    {
        if (string.Equals(name, "Title", StringComparison.OrdinalIgnoreCase))
        {
            _titleIds.Add(styleId);
        }
        else if (string.Equals(name, "heading 1", StringComparison.OrdinalIgnoreCase))
        {
            _headingIds.Add(styleId);
        }
    }

    private static string? Attribute(XmlReader reader, string localName) =>
        reader.GetAttribute(localName, WordNamespaces.Main) ?? reader.GetAttribute(localName, WordNamespaces.MainStrict);
}
