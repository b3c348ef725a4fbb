using System.IO.Compression;
using System.Xml;
using Archive.Ingestion.Extraction.OpenDocument;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Reads the text of OpenDocument text files (.odt) and templates (.ott), as LibreOffice and many other programs
/// save them: the ZIP's content.xml is read directly with a forward-only XML reader (see <see cref="OdfBodyWalker"/>
/// for what is kept), and the title from meta.xml. No other entry (pictures, scripts, settings) is read.
/// </summary>
/// <remarks>
/// Pages start where the saving program last broke them (text:soft-page-break); a file saved without those marks
/// is one page, which <see cref="TextExtraction"/> cuts to a reader's size like any page without breaks. Footnotes
/// and endnotes go at the end of the last page.
/// </remarks>
internal sealed class OdtTextExtractor : ITextExtractor
{
    private const string What = "the OpenDocument file";

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly long _maxExpandedBytes;

    /// <param name="maxExpandedBytes">The most bytes the ZIP's entries may declare to unpack to (see <see cref="PackageExpansion"/>).</param>
    public OdtTextExtractor(long maxExpandedBytes = PackageExpansion.DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExpandedBytes);
        _maxExpandedBytes = maxExpandedBytes;
    }

    public FileFormat Format => FileFormat.OpenDocumentText;

    public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (FormatDetector.Mismatch(content, FileFormat.OpenDocumentText, "OpenDocument text") is { } refusal)
        {
            throw refusal;
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            PackageExpansion.ThrowIfBeyond(zip, _maxExpandedBytes, What);
            if (IsEncrypted(zip))
            {
                throw new ExtractionFailedException(FailureReason.Encrypted, "the OpenDocument file is password-protected; remove the password and add it again");
            }

            var contentEntry = zip.GetEntry("content.xml")
                ?? throw new ExtractionFailedException(FailureReason.Corrupt, "the OpenDocument file is damaged: it has no content.xml");
            OdfBodyText body;
            using (var reader = Open(contentEntry))
            {
                body = OdfBodyWalker.Walk(reader, cancellationToken)
                    ?? throw new ExtractionFailedException(FailureReason.Corrupt, "the OpenDocument file is damaged: content.xml has no document body");
            }

            var pages = PageSplitter.Split(body.Text, body.PageBreaks);
            pages[^1] = string.Join('\n', [pages[^1].TrimEnd('\n', ' '), .. body.Notes.Where(TextSink.HasText)]);
            var title = OdfMetaTitle.Read(() => zip.GetEntry("meta.xml") is { } meta ? Open(meta) : null);
            return new ExtractedText([.. pages.Select(TextNormalizer.Normalize)], title);
        }
        catch (Exception ex) when (ex is not (ExtractionFailedException or OperationCanceledException or OutOfMemoryException))
        {
            // A truncated ZIP or a bad central directory (InvalidDataException), malformed markup or a DTD (XmlException).
            throw new ExtractionFailedException(FailureReason.Corrupt, $"the OpenDocument file is damaged: {ex.Message}", ex);
        }
    }

    /// <summary>An encrypted entry is named in META-INF/manifest.xml with its manifest:encryption-data.</summary>
    private static bool IsEncrypted(ZipArchive zip)
    {
        if (zip.GetEntry("META-INF/manifest.xml") is not { } manifest)
        {
            return false;
        }

        using var reader = Open(manifest);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "encryption-data" && reader.NamespaceURI == OdfNamespaces.Manifest)
            {
                return true;
            }
        }

        return false;
    }

    private static XmlReader Open(ZipArchiveEntry entry) => XmlReader.Create(entry.Open(), XmlSettings);
}
