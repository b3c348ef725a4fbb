namespace Archive.Ingestion.Extraction;

/// <summary>
/// The text of one file, page by page (a format without pages yields one page per explicit page break).
/// </summary>
/// <param name="Pages">Page texts in reading order; paragraphs separated by newlines.</param>
/// <param name="EmbeddedTitle">The title stored in the file's own properties, if it has a meaningful one.</param>
internal sealed record ExtractedText(IReadOnlyList<string> Pages, string? EmbeddedTitle = null)
{
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
