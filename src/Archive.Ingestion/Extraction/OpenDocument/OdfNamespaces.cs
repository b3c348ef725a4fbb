namespace Archive.Ingestion.Extraction.OpenDocument;

/// <summary>The XML namespaces of an OpenDocument package that the text reader looks at.</summary>
internal static class OdfNamespaces
{
    public const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    public const string Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    public const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    public const string Svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    public const string Manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
}
