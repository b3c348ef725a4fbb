using Archive.Ingestion.Extraction.Presentation;
using Archive.Ingestion.Outcomes;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Reads the text of PowerPoint 2007+ presentations (.pptx), slide shows (.ppsx), templates (.potx) and their
/// macro-enabled kinds (.pptm, .ppsm, .potm, whose macros are never run or read): the package is opened with the
/// Open XML SDK, and each slide and notes page is read from its part's stream (see <see cref="PresentationReader"/>
/// for the pages and <see cref="SlideWalker"/> for what is kept). Comments, charts, SmartArt diagrams, pictures'
/// descriptions and the masters' and layouts' placeholder prompts are not read.
/// </summary>
internal sealed class PptxTextExtractor : ITextExtractor
{
    private readonly long _maxExpandedBytes;

    /// <param name="maxExpandedBytes">The most bytes the ZIP's parts may declare to unpack to (see <see cref="PackageExpansion"/>).</param>
    public PptxTextExtractor(long maxExpandedBytes = PackageExpansion.DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExpandedBytes);
        _maxExpandedBytes = maxExpandedBytes;
    }

    public FileFormat Format => FileFormat.Pptx;

    public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (FormatDetector.Mismatch(content, FileFormat.Pptx, "PowerPoint presentation") is { } refusal)
        {
            throw refusal;
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            PackageExpansion.ThrowIfBeyond(content, _maxExpandedBytes, PresentationReader.What);
            using var document = PresentationDocument.Open(new MemoryStream(content, writable: false), isEditable: false, new OpenSettings { AutoSave = false });
            return PresentationReader.Read(document, cancellationToken);
        }
        catch (Exception ex) when (ex is not (ExtractionFailedException or OperationCanceledException or OutOfMemoryException))
        {
            // A truncated ZIP or a bad central directory (InvalidDataException, FileFormatException), a package the SDK
            // cannot follow (OpenXmlPackageException, InvalidOperationException), malformed markup or a DTD (XmlException).
            throw new ExtractionFailedException(FailureReason.Corrupt, $"the PowerPoint file is damaged: {ex.Message}", ex);
        }
    }
}
