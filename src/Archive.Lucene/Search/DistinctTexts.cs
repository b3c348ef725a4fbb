using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Lucene.Search;

/// <summary>
/// Keeps one document per text (by <see cref="TextFingerprint"/>) as a search collects its matches: the same
/// statement as PDF, Word and text is one hit, counted once. The first copy collected stands for the text; the
/// others are named beside it (<see cref="SearchHit.AlsoAs"/>). A document whose text no other document has (most
/// of them, and every one without words) is its own at the cost of one bit (<see cref="SharedFingerprints"/>); only
/// the shared texts' fingerprints are read and kept in a set, 8 bytes each.
/// </summary>
internal sealed class DistinctTexts
{
    private readonly HashSet<long> _seen = [];
    private FixedBitSet? _shared;
    private NumericDocValues? _fingerprints;

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _shared = SharedFingerprints.InSegment(context);
        _fingerprints = _shared is null ? null : context.AtomicReader.GetNumericDocValues(ArchiveFields.TextFingerprint);
    }

    /// <summary>True for the first document of its text in this search (call once per document, as it becomes a hit).</summary>
    public bool IsFirst(int doc) =>
        _shared is null || !_shared.Get(doc) || _seen.Add(_fingerprints!.Get(doc));
}
