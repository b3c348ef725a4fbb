using Archive.Lucene;

namespace Archive.Ingestion.Metadata.Dates;

/// <summary>A date written in a text.</summary>
/// <param name="Date">The date with the precision the text gives.</param>
/// <param name="Index">Character offset where the date begins.</param>
/// <param name="Length">Length of the written date.</param>
internal sealed record DateMention(DocumentDate Date, int Index, int Length);
