using Archive.Ingestion.Extraction.Spreadsheet;
using Archive.Ingestion.Outcomes;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Reads the text of Excel 2007+ workbooks (.xlsx), macro-enabled workbooks (.xlsm, whose macros are never run or
/// read) and templates (.xltx, .xltm): the package is opened with the Open XML SDK, and each sheet's cells are read
/// from the part's stream (see <see cref="WorkbookReader"/> for what becomes a page and <see cref="WorksheetWalker"/>
/// for what becomes a line). Comments, pictures, charts and text boxes on a sheet are not read.
/// </summary>
internal sealed class XlsxTextExtractor : ITextExtractor
{
    private readonly long _maxExpandedBytes;

    /// <param name="maxExpandedBytes">The most bytes the ZIP's parts may declare to unpack to (see <see cref="PackageExpansion"/>).</param>
    public XlsxTextExtractor(long maxExpandedBytes = PackageExpansion.DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExpandedBytes);
        _maxExpandedBytes = maxExpandedBytes;
    }

    public FileFormat Format => FileFormat.Xlsx;

    public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (FormatDetector.Mismatch(content, FileFormat.Xlsx, "Excel workbook") is { } refusal)
        {
            throw refusal;
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            PackageExpansion.ThrowIfBeyond(content, _maxExpandedBytes, WorkbookReader.What);
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), isEditable: false, new OpenSettings { AutoSave = false });
            return WorkbookReader.Read(document, cancellationToken);
        }
        catch (Exception ex) when (ex is not (ExtractionFailedException or OperationCanceledException or OutOfMemoryException))
        {
            // A truncated ZIP or a bad central directory (InvalidDataException, FileFormatException), a package the SDK
            // cannot follow (OpenXmlPackageException, InvalidOperationException), malformed markup or a DTD (XmlException).
            throw new ExtractionFailedException(FailureReason.Corrupt, $"the Excel file is damaged: {ex.Message}", ex);
        }
    }
}
