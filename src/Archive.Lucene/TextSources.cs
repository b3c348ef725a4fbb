namespace Archive.Lucene;

/// <summary>
/// Where a document's text came from, the values of <see cref="MetadataFields.TextSource"/>: searchable as
/// <c>textSource:ocr</c>, shown by the API and the web page, and how the queue of documents waiting for OCR is
/// found again in the index after a restart.
/// </summary>
public static class TextSources
{
    /// <summary>The file's own text (a PDF's text layer, a Word document's paragraphs …).</summary>
    public const string File = "file";

    /// <summary>Some or all pages were read by OCR from pictures of the pages, so the text may hold misread words.</summary>
    public const string Ocr = "ocr";

    /// <summary>Some pages are pictures still waiting for OCR; the document holds the text it has so far.</summary>
    public const string OcrPending = "ocr-pending";

}
