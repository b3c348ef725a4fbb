using Archive.Ingestion.Extraction;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Indexing;

/// <summary>What one batch of ingestion has done so far: the outcomes, the contents whose document must be written again, and their texts.</summary>
internal sealed class IngestionBatch
{
    public List<FileOutcome> Outcomes { get; } = [];

    public SortedSet<string> DirtyContents { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (ExtractedText Text, FileFormat Format)> Extracted { get; } = new(StringComparer.Ordinal);

    /// <summary>Indexed files found to hold other content than the index says; read again as changes.</summary>
    public HashSet<string> Stale { get; } = new(StringComparer.Ordinal);

    public void MarkDirty(string? sha256)
    {
        if (sha256 is not null)
        {
            DirtyContents.Add(sha256);
        }
    }
}
