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
    /// <summary>A scanned page as a picture (TIFF, possibly multi-page; JPEG; PNG): its text comes from OCR.</summary>
    Image,

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
