namespace Archive.Ingestion.Indexing;

internal enum OcrReadStatus
{
    /// <summary>The pages were read and the document written again with their text.</summary>
    Read,

    /// <summary>OCR could not read the file: it is listed among the failures.</summary>
    Failed,

    /// <summary>OCR is not installed (any more): the document stays queued.</summary>
    Waiting,

    /// <summary>No file holds the content any more.</summary>
    Gone,
}

/// <summary>What reading one queued document by OCR came to.</summary>
/// <param name="Path">The file read.</param>
/// <param name="Pages">Pages read by OCR.</param>
internal sealed record OcrRead(string Path, OcrReadStatus Status, int Pages, string Message);
