namespace Archive.Lucene;

/// <summary>
/// One field of a document's metadata, declared once in <see cref="MetadataFields"/>: every output (the index, sidecars,
/// metadata.csv, the API's hits and documents, CSV, Atom and the web page) follows these declarations.
/// </summary>
/// <param name="Name">The name in JSON, sidecars, metadata.csv and provenance ("caseNumber", "topics").</param>
/// <param name="IndexField">The Lucene field that stores it (<see cref="ArchiveFields"/>).</param>
/// <param name="Storage">How it is indexed and read back.</param>
/// <param name="Multiple">True when a document may have several values (topics); they are lists in JSON.</param>
public sealed record MetadataField(string Name, string IndexField, MetadataStorage Storage, bool Multiple = false)
{
    /// <summary>Other names a sidecar or metadata.csv may use for it ("topic" for topics).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>For facets: the analyzed copy searched by <c>name:</c> in a query.</summary>
    public string? SearchField { get; init; }

    /// <summary>The names a sidecar or metadata.csv column may use for it.</summary>
    public IEnumerable<string> AcceptedNames => [Name, .. Aliases];

    public override string ToString() => Name;
}
