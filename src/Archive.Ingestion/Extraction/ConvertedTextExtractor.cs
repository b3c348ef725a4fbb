using System.Diagnostics.CodeAnalysis;
using Archive.Ingestion.Extraction.Conversion;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Reads a format the archive has no reader of its own for (legacy .doc, RTF, WordPerfect, .xls, .ppt, OpenDocument
/// spreadsheets and presentations): LibreOffice converts it to PDF, and the PDF is read page by page like any other,
/// so a hit cites the page a reader sees when the file is printed.
/// </summary>
internal sealed class ConvertedTextExtractor(ConvertibleFormat format, LibreOfficeConverter converter) : ITextExtractor
{
    private readonly PdfTextExtractor _pdf = new();

    public FileFormat Format => format.Format;

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Whatever LibreOffice wrote is untrusted; any failure to read it is the converted file's failure.")]
    public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        // Extractors run on a dedicated extraction thread, which may wait for the conversion.
        var pdf = converter.ConvertToPdfAsync(content, format, cancellationToken).GetAwaiter().GetResult();
        try
        {
            return _pdf.Extract(pdf, cancellationToken);
        }
        catch (ExtractionFailedException failure) when (failure.Reason is FailureReason.Empty or FailureReason.TooLarge)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            throw new ExtractionFailedException(FailureReason.Corrupt, $"the PDF LibreOffice made of the {format.Name} could not be read: {exception.Message}", exception);
        }
    }
}
