using Archive.Indexer.Extraction.Docx;

namespace Archive.Indexer.Extraction;

/// <summary>
/// Reads the text of Word 2007+ files: documents (.docx), macro-enabled documents (.docm, whose macros are
/// never run or read) and templates (.dotx, .dotm). The package is read directly with a forward-only XML
/// reader, part by part, so that only the text a reader of the final document sees is indexed
/// (see <see cref="WordPartWalker"/> for the rules).
/// </summary>
/// <remarks>
/// A Word file has no fixed pages, yet every hit must cite one. When Word saved the positions where it last
/// broke the pages (w:lastRenderedPageBreak) those start the pages; otherwise explicit page breaks do.
/// Headers go at the top of the first page; footnotes, endnotes and footers at the end of the last.
/// </remarks>
public sealed class DocxTextExtractor : ITextExtractor
{
    /// <summary>The default limit on what all parts of one file may expand to: 512 MiB.</summary>
    public const long DefaultMaxExpandedBytes = 512L * 1024 * 1024;

    private readonly long _maxExpandedBytes;

    /// <param name="maxExpandedBytes">
    /// The most bytes the ZIP's parts may decompress to in total; beyond it the file fails as
    /// <see cref="FailureReason.TooLarge"/> (this also stops decompression bombs).
    /// </param>
    public DocxTextExtractor(long maxExpandedBytes = DefaultMaxExpandedBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExpandedBytes);
        _maxExpandedBytes = maxExpandedBytes;
    }

    public FileFormat Format => FileFormat.Docx;

    public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new ExtractionFailedException(FailureReason.Empty, "the file is empty (0 bytes)");
        }

        FileSignature.ThrowIfNotWordPackage(content);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using var package = OfficePackage.Open(content, _maxExpandedBytes);
            return WordDocumentReader.Read(package, cancellationToken);
        }
        catch (Exception ex) when (ex is not (ExtractionFailedException or OperationCanceledException or OutOfMemoryException))
        {
            // The ZIP or the XML is broken (truncated file, bad central directory, bad checksum, malformed markup).
            throw new ExtractionFailedException(FailureReason.Corrupt, $"the Word file is damaged: {ex.Message}", ex);
        }
    }
}
