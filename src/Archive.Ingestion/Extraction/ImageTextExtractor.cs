using System.Globalization;
using Archive.Ingestion.Extraction.Ocr;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// A scanned letter or fax as a picture (TIFF, with one page per directory; JPEG; PNG): it has no text of its own, so
/// every page is an empty page waiting for OCR. Only the header is read, to count the pages and refuse a page too
/// large to read (a 30,000 × 30,000 pixel picture would take gigabytes and minutes).
/// </summary>
internal sealed class ImageTextExtractor : ITextExtractor
{
    /// <summary>The largest page OCR is given: 80 megapixels, an A3 page scanned at 600 dpi.</summary>
    public const long MaxPagePixels = 80_000_000;

    public FileFormat Format => FileFormat.Image;

    public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        var header = ImageHeader.Read(content, ExtractionLimits.MaxPages);
        if (header.Pages.Count > ExtractionLimits.MaxPages)
        {
            throw new ExtractionFailedException(FailureReason.TooLarge, string.Create(CultureInfo.InvariantCulture, $"the image has more than {ExtractionLimits.MaxPages:N0} pages; at most {ExtractionLimits.MaxPages:N0} can be indexed as one document"));
        }

        for (var page = 0; page < header.Pages.Count; page++)
        {
            var (width, height) = header.Pages[page];
            if ((long)width * height > MaxPagePixels)
            {
                throw new ExtractionFailedException(FailureReason.TooLarge, string.Create(CultureInfo.InvariantCulture, $"page {page + 1} of the image is {width:N0} × {height:N0} pixels; OCR reads pages of at most {MaxPagePixels / 1_000_000} megapixels"));
            }

            if (width == 0 || height == 0)
            {
                throw new ExtractionFailedException(FailureReason.Corrupt, $"the image is corrupt: page {page + 1} has no size");
            }
        }

        return new ExtractedText([.. Enumerable.Repeat(string.Empty, header.Pages.Count)])
        {
            ImagePages = [.. Enumerable.Range(1, header.Pages.Count)],
        };
    }
}
