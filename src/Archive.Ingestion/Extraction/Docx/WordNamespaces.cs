namespace Archive.Ingestion.Extraction.Docx;

/// <summary>
/// The XML namespaces a WordprocessingML package uses, in both the transitional and the strict flavour.
/// </summary>
internal static class WordNamespaces
{
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string MainStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string RelationshipsStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    public const string Math = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    public const string MathStrict = "http://purl.oclc.org/ooxml/officeDocument/math";
    public const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";

    public static bool IsMain(string ns) => ns == Main || ns == MainStrict;

    public static bool IsMath(string ns) => ns == Math || ns == MathStrict;
}
