namespace Archive.Ingestion.Outcomes;

/// <summary>
/// Which formats the archive can read on this machine. The built-in readers always can; legacy office files need
/// LibreOffice, and scans need Tesseract with Danish and pdftoppm: without them those files fail as needs-converter
/// or needs-ocr until the tools are installed.
/// </summary>
public sealed record ReaderAvailability(
    bool Pdf,
    bool Word,
    bool Excel,
    bool PowerPoint,
    bool OpenDocumentText,
    bool WebPages,
    bool Text,
    bool LegacyOffice,
    bool Ocr)
{
    internal static ReaderAvailability With(bool legacyOffice, bool ocr) => new(true, true, true, true, true, true, true, legacyOffice, ocr);
}
