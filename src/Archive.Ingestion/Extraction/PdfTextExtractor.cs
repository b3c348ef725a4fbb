using System.Globalization;
using Archive.Ingestion.Extraction.Pdf;
using Archive.Ingestion.Outcomes;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Reads the text of a PDF page by page, in the order the pages draw it, with words separated, lines on
/// their own rows and line-end hyphenation undone.
/// </summary>
/// <remarks>
/// <para>Parsing is lenient, so files with broken cross-reference tables or junk before the header are
/// still read. Files protected only by an owner password (permissions) open without one.</para>
/// <para>A page whose fonts or content the parser cannot read is retried with unreadable fonts skipped;
/// if that yields nothing either, the page is left empty and the others are still returned. Only when every
/// page fails is the file reported as corrupt. A file whose pages simply carry no text (a scan, a blank
/// page) is a success with empty pages: deciding what that means is up to the caller.</para>
/// </remarks>
internal sealed class PdfTextExtractor : ITextExtractor
{
    private const int MaxMessageLength = 300;

    /// <summary>Fewer letters and digits than this on a page with pictures is no text layer: the page is read by OCR.</summary>
    private const int MinTextLayerCharacters = 20;

    public FileFormat Format => FileFormat.Pdf;

    public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        cancellationToken.ThrowIfCancellationRequested();

        PdfDocument document;
        int pageCount;
        try
        {
            document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true });
            pageCount = document.NumberOfPages;
        }
        catch (Exception exception) when (IsLibraryFailure(exception))
        {
            throw Classify(exception, content);
        }

        using (document)
        {
            if (pageCount <= 0)
            {
                throw new ExtractionFailedException(FailureReason.Empty, "the PDF has no pages");
            }

            return ExtractPages(document, content, pageCount, cancellationToken);
        }
    }

    private static ExtractedText ExtractPages(PdfDocument document, byte[] content, int pageCount, CancellationToken cancellationToken)
    {
        var pages = new string[pageCount];
        var imagePages = new List<int>();
        MarkedTitle? largestText = null;
        PdfDocument? fallback = null;
        Exception? firstFailure = null;
        var failedPages = 0;
        var characters = 0L;
        if (pageCount > ExtractionLimits.MaxPages)
        {
            throw new ExtractionFailedException(FailureReason.TooLarge, string.Create(CultureInfo.InvariantCulture, $"the PDF has {pageCount:N0} pages; at most {ExtractionLimits.MaxPages:N0} can be indexed as one document"));
        }

        try
        {
            for (var number = 1; number <= pageCount; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();

                string? text;
                var isPictureOfText = false;
                try
                {
                    // Each GetPage parses the page's content again: everything wanted of a page is read from one.
                    var page = document.GetPage(number);
                    text = PageText(page);
                    isPictureOfText = IsPictureOfText(page, text);
                    if (number == 1)
                    {
                        largestText = ReadLargestText(page);
                    }
                }
                catch (Exception exception) when (IsLibraryFailure(exception))
                {
                    firstFailure ??= exception;
                    text = ReadPageSkippingFonts(ref fallback, content, number);
                }

                if (text is null)
                {
                    failedPages++;
                }
                else if (isPictureOfText)
                {
                    imagePages.Add(number);
                    text = string.Empty;
                }

                pages[number - 1] = text ?? string.Empty;
                characters += pages[number - 1].Length;
                if (characters > ExtractionLimits.MaxDocumentCharacters)
                {
                    throw ExtractionLimits.TooMuchText("the PDF");
                }
            }
        }
        finally
        {
            fallback?.Dispose();
        }

        if (failedPages == pageCount && firstFailure is not null)
        {
            throw Classify(firstFailure, content);
        }

        return new ExtractedText(pages, ReadTitle(document), largestText) { ImagePages = imagePages };
    }

    /// <summary>The first page's largest text, the title as the reader sees it; null when it cannot be read.</summary>
    private static MarkedTitle? ReadLargestText(Page page)
    {
        try
        {
            return PdfLargestText.Find(page.Letters) is { } title ? new MarkedTitle(title, TitleMark.PdfLargestText) : null;
        }
        catch (Exception exception) when (IsLibraryFailure(exception))
        {
            // The title is worth less than the page's text: a failure here costs the title alone.
            return null;
        }
    }

    /// <summary>
    /// A page that draws pictures but holds (next to) no text is a scanned page: OCR reads it. A few letters do not
    /// count as a text layer: a scanner's stamp or a page number written over the scan.
    /// </summary>
    private static bool IsPictureOfText(Page page, string text)
    {
        if (text.Count(char.IsLetterOrDigit) >= MinTextLayerCharacters)
        {
            return false;
        }

        try
        {
            return page.GetImages().Any();
        }
        catch (Exception exception) when (IsLibraryFailure(exception))
        {
            // Pictures the parser cannot list are left to the text it found.
            return false;
        }
    }

    private static string PageText(Page page)
    {
        var raw = PdfPageText.Build(page.Letters);
        return TextNormalizer.Normalize(HyphenationJoiner.Join(raw));
    }

    /// <summary>
    /// Second attempt at a page that failed: unreadable fonts and missing resources are skipped, so the
    /// letters of the readable fonts survive. Null when the page still fails or gives no text, because an
    /// empty page here means the text was lost, not that there was none.
    /// </summary>
    private static string? ReadPageSkippingFonts(ref PdfDocument? fallback, byte[] content, int number)
    {
        try
        {
            fallback ??= PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var text = PageText(fallback.GetPage(number));
            return text.Any(char.IsLetterOrDigit) ? text : null;
        }
        catch (Exception exception) when (IsLibraryFailure(exception))
        {
            return null;
        }
    }

    private static string? ReadTitle(PdfDocument document)
    {
        try
        {
            return EmbeddedTitle.Clean(document.Information.Title);
        }
        catch (Exception exception) when (IsLibraryFailure(exception))
        {
            // A broken information dictionary costs the title, not the text.
            return null;
        }
    }

    // The parser signals broken input with many exception types (format, font, null reference, index, cast …).
    // Cancellation is the caller's own signal and passes through.
    private static bool IsLibraryFailure(Exception exception) =>
        exception is not OperationCanceledException and not ExtractionFailedException;

    private static ExtractionFailedException Classify(Exception exception, byte[] content)
    {
        switch (exception)
        {
            case PdfDocumentEncryptedException:
                return new ExtractionFailedException(
                    FailureReason.Encrypted,
                    "the PDF is encrypted: a password is required to open it",
                    exception);
            case OutOfMemoryException:
                return new ExtractionFailedException(
                    FailureReason.TooLarge,
                    "the PDF expands to more data than can be held in memory",
                    exception);
            case PdfDocumentStackDepthException or InsufficientExecutionStackException:
                return new ExtractionFailedException(
                    FailureReason.Corrupt,
                    $"the PDF is nested too deeply to read safely: {Summarise(exception)}",
                    exception);
            default:
                break;
        }

        // Bytes that are no PDF at all (empty, text, another format) get the same answer as anywhere else.
        if (FormatDetector.Mismatch(content, FileFormat.Pdf, "PDF") is { } refusal)
        {
            return refusal;
        }

        var message = exception.Message;
        string description;
        if (message.Contains("Decoded stream size exceeds", StringComparison.OrdinalIgnoreCase))
        {
            description = "a compressed stream expands far beyond its expected size (a decompression bomb)";
        }
        else if (message.Contains("Circular reference", StringComparison.OrdinalIgnoreCase)
            || message.Contains("cannot contain itself", StringComparison.OrdinalIgnoreCase))
        {
            description = "its objects refer to themselves in a circle";
        }
        else if (exception is PdfDocumentFormatException)
        {
            description = "its structure is broken";
        }
        else
        {
            description = "its content could not be read";
        }

        return new ExtractionFailedException(
            FailureReason.Corrupt,
            $"the PDF is corrupt: {description} ({Summarise(exception)})",
            exception);
    }

    private static string Summarise(Exception exception)
    {
        var message = exception.Message.ReplaceLineEndings(" ").Trim();
        if (message.Length > MaxMessageLength)
        {
            message = string.Concat(message.AsSpan(0, MaxMessageLength), "…");
        }

        return exception is PdfDocumentFormatException ? message : $"{exception.GetType().Name}: {message}";
    }
}
