namespace Archive.Ingestion.Extraction;

/// <summary>
/// The text of one file, page by page (a format without pages yields one page per explicit page break).
/// </summary>
/// <param name="Pages">Page texts in reading order; paragraphs separated by newlines.</param>
/// <param name="EmbeddedTitle">The title stored in the file's own properties, if it has a meaningful one.</param>
/// <param name="MarkedTitle">The headline the file's layout or styles mark (a PDF's largest text, Word's Title style), if any.</param>
internal sealed record ExtractedText(IReadOnlyList<string> Pages, string? EmbeddedTitle = null, MarkedTitle? MarkedTitle = null)
{
    public bool HasText => Pages.Any(page => page.Any(char.IsLetterOrDigit));
}
