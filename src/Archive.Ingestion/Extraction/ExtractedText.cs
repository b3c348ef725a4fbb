using Archive.Ingestion.Extraction.Email;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// The text of one file, page by page (a format without pages yields one page per explicit page break).
/// </summary>
/// <param name="Pages">Page texts in reading order; paragraphs separated by newlines.</param>
/// <param name="EmbeddedTitle">The title stored in the file's own properties, if it has a meaningful one.</param>
/// <param name="MarkedTitle">The headline the file's layout or styles mark (a PDF's largest text, Word's Title style), if any.</param>
internal sealed record ExtractedText(IReadOnlyList<string> Pages, string? EmbeddedTitle = null, MarkedTitle? MarkedTitle = null)
{
    /// <summary>For an e-mail: who sent it, to whom and when, as its headers say.</summary>
    public EmailHeaders? Email { get; init; }

    /// <summary>
    /// For an e-mail: the files it carries, as its extractor found them. <see cref="TextExtraction"/> reads each and
    /// replaces them by <see cref="Attachments"/>.
    /// </summary>
    public IReadOnlyList<CarriedFile> Carried { get; init; } = [];

    /// <summary>For an e-mail: the text of each attachment the archive could read, in the order the message carries them.</summary>
    public IReadOnlyList<ExtractedAttachment> Attachments { get; init; } = [];

    /// <summary>For an e-mail: each attachment that could not be read, with why ("logo.png: unsupported-format: …").</summary>
    public IReadOnlyList<string> AttachmentProblems { get; init; } = [];

    /// <summary>Pages (1-based) that are pictures of text, still to be read by OCR: empty in <see cref="Pages"/> until then.</summary>
    public IReadOnlyList<int> ImagePages { get; init; } = [];

    /// <summary>Pages (1-based) whose text was read by OCR.</summary>
    public IReadOnlyList<int> OcrPages { get; init; } = [];

    public bool HasText => Pages.Any(page => page.Any(char.IsLetterOrDigit));

    /// <summary>True when some pages wait for OCR.</summary>
    public bool AwaitsOcr => ImagePages.Count > 0;

    /// <summary>Where the text came from, as the document records it (<see cref="Archive.Lucene.TextSources"/>).</summary>
    public string Source => AwaitsOcr ? Archive.Lucene.TextSources.OcrPending : OcrPages.Count > 0 ? Archive.Lucene.TextSources.Ocr : Archive.Lucene.TextSources.File;
}
