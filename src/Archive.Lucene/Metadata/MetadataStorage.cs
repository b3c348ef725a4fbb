namespace Archive.Lucene;

/// <summary>How a metadata field is written to the index and read back (see <see cref="ArchiveDocumentMapper"/>).</summary>
public enum MetadataStorage
{
    /// <summary>The headline: analyzed and stored, plus its compound parts for ranking.</summary>
    Title,

    /// <summary>An exact value counted as a facet (doc values), searchable as analyzed text by its search field and among plain words.</summary>
    Facet,

    /// <summary>The document's own date with its precision: stored, a number for sorting and ranges, its year a facet.</summary>
    Date,

    /// <summary>One exact token, stored (a case number is found as typed).</summary>
    Exact,

    /// <summary>Analyzed and stored text.</summary>
    Text,

    /// <summary>Stored only: shown, never searched.</summary>
    Stored,
}
