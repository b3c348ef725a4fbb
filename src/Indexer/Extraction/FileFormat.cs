namespace Archive.Indexer.Extraction;

/// <summary>The document formats the archive can read text from.</summary>
public enum FileFormat
{
    Pdf,
    Docx,
    PlainText,
}
