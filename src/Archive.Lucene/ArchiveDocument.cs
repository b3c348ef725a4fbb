namespace Archive.Lucene;

/// <summary>One document of the archive: one content (by SHA-256), held by one or more files in the inbox.</summary>
public sealed record ArchiveDocument
{
    public required string Id { get; init; }

    public required string Sha256 { get; init; }

    private readonly string? _sourceSha256;

    /// <summary>
    /// The content of the file this document was read from: <see cref="Sha256"/> itself, or for an attachment its
    /// message file's. Every document one file gives is written, replaced and deleted together under this key.
    /// </summary>
    public string SourceSha256 { get => _sourceSha256 ?? Sha256; init => _sourceSha256 = value; }

    /// <summary>For an attachment: the id of the message that carries it; null for a document of its own.</summary>
    public string? PartOf { get; init; }

    /// <summary>
    /// For an attachment: where it sits in its message file, as attachment numbers from 1 ("2" is the second
    /// attachment, "2/1" the first attachment of the message attached second).
    /// </summary>
    public string? Attachment { get; init; }

    /// <summary>The files holding this content (for an attachment, its message's); the first (ordinal order of paths) is the primary one.</summary>
    public required IReadOnlyList<ArchiveFile> Files { get; init; }

    public required DocumentMetadata Metadata { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public required DateTimeOffset IngestedAt { get; init; }

    /// <summary>The text page by page; page numbers are 1-based positions in this list. Empty when read without its text.</summary>
    public required IReadOnlyList<string> Pages { get; init; }

    /// <summary>True while some pages are pictures waiting for OCR: the document is in the OCR queue.</summary>
    public bool AwaitsOcr { get; init; }

    private readonly int? _pageCount;

    /// <summary>The number of pages: the length of <see cref="Pages"/> unless set, as it is for a document read without its text.</summary>
    public int PageCount { get => _pageCount ?? Pages.Count; init => _pageCount = value; }
}

/// <summary>A file in the inbox, with the state it had when it was read.</summary>
/// <param name="Path">Path relative to the inbox, with '/' separators.</param>
/// <param name="Size">Length in bytes.</param>
/// <param name="ModifiedUtcTicks">Last write time (UTC ticks).</param>
/// <param name="SidecarStamp">Length and write time of its sidecar, or empty when it has none: a changed sidecar re-indexes the file.</param>
public sealed record ArchiveFile(string Path, long Size, long ModifiedUtcTicks, string SidecarStamp);
