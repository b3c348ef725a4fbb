using System.Text;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Reads text files: UTF-8 with or without BOM, UTF-16 with BOM, and otherwise Windows-1252
/// (a superset of Latin-1), so that æ, ø and å survive in files saved by older Windows programs.
/// A form feed starts a new page.
/// </summary>
internal sealed class PlainTextExtractor : ITextExtractor
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PlainTextExtractor()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public FileFormat Format => FileFormat.PlainText;

    public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new ExtractionFailedException(FailureReason.Empty, "the file is empty (0 bytes)");
        }

        // Even Windows-1252 gives at least one character per byte: a larger file cannot fit, and is not decoded.
        if (content.Length > ExtractionLimits.MaxDocumentCharacters * 4L)
        {
            throw ExtractionLimits.TooMuchText("the text file");
        }

        var text = Decode(content);
        var pages = text.Split('\f').Select(TextNormalizer.Normalize).ToList();
        while (pages.Count > 1 && pages[^1].Length == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return new ExtractedText(pages);
    }

    /// <summary>Decodes by BOM, then strict UTF-8, then Windows-1252.</summary>
    public static string Decode(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var span = content.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(span[3..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(span[2..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: a byte such as 0xE6 (æ) on its own is the classic Windows-1252/Latin-1 file.
            return Encoding.GetEncoding(1252).GetString(span);
        }
    }
}
