using Archive.Ingestion.Extraction.Docx;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Reads the text of Word 2007+ files: documents (.docx), macro-enabled documents (.docm, whose macros are
/// never run or read) and templates (.dotx, .dotm). The package is opened with the Open XML SDK
/// (<see cref="WordPackage"/>) and each part that holds text is read from its stream with a forward-only XML
/// reader, so that only the text a reader of the final document sees is indexed
/// (see <see cref="WordPartWalker"/> for the rules).
/// </summary>
/// <remarks>
/// A Word file has no fixed pages, yet every hit must cite one. When Word saved the positions where it last
/// broke the pages (w:lastRenderedPageBreak) those start the pages; otherwise explicit page breaks do.
/// Headers go at the top of the first page; footnotes, endnotes and footers at the end of the last.
/// </remarks>
internal sealed class DocxTextExtractor : ITextExtractor
{
    private readonly long _maxExpandedBytes;

    /// <param name="maxExpandedBytes">
    /// The most bytes the ZIP's parts may declare to decompress to in total; beyond it the file fails as
    /// <see cref="FailureReason.TooLarge"/> before anything is decompressed (see <see cref="PackageExpansion"/>).
    /// </param>
    public DocxTextExtractor(long maxExpandedBytes = PackageExpansion.DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExpandedBytes);
        _maxExpandedBytes = maxExpandedBytes;
    }

    public FileFormat Format => FileFormat.Docx;

    public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (FormatDetector.Mismatch(content, FileFormat.Docx, "Word document") is { } refusal)
        {
            throw refusal;
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using var package = WordPackage.Open(content, _maxExpandedBytes);
            return WordDocumentReader.Read(package, cancellationToken);
        }
        catch (Exception ex) when (ex is not (ExtractionFailedException or OperationCanceledException or OutOfMemoryException))
        {
            // The ZIP, the package or the XML is broken: a truncated file or bad central directory (InvalidDataException,
            // FileFormatException), relationships the SDK cannot follow (OpenXmlPackageException, InvalidOperationException),
            // malformed markup (XmlException). Whatever the library throws, the file is reported as damaged.
            throw new ExtractionFailedException(FailureReason.Corrupt, $"the Word file is damaged: {ex.Message}", ex);
        }
    }
}
