namespace Archive.Ingestion.Extraction;

/// <summary>The document formats the archive can read text from.</summary>
internal enum FileFormat
{
    Pdf,
    Docx,
    PlainText,
    OpenDocumentText,
    Xlsx,
    Pptx,
    Html,
    Email,

    // Read by converting them to PDF with LibreOffice (see OfficeConversionFormats).
    LegacyWord,
    Rtf,
    WordPerfect,
    LegacyExcel,
    LegacyPowerPoint,
    OpenDocumentSpreadsheet,
    OpenDocumentPresentation,
}
