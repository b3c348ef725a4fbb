using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Lucene.Search;

/// <summary>
/// Keeps one document per text (by <see cref="TextFingerprint"/>) as a search collects its matches: the same
/// statement as PDF, Word and text is one hit, counted once. The first copy collected stands for the text; the
/// others are named beside it (<see cref="SearchHit.AlsoAs"/>). A document without a fingerprint (no words) is
/// always its own. Costs one doc-values read per match and a set of the fingerprints seen, 8 bytes each.
/// </summary>
internal sealed class DistinctTexts
{
    private readonly HashSet<long> _seen = [];
    private NumericDocValues? _fingerprints;
    private IBits? _hasFingerprint;

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _fingerprints = context.AtomicReader.GetNumericDocValues(ArchiveFields.TextFingerprint);
        _hasFingerprint = context.AtomicReader.GetDocsWithField(ArchiveFields.TextFingerprint);
    }

    /// <summary>True for the first document of its text in this search (call once per document, as it becomes a hit).</summary>
    public bool IsFirst(int doc) =>
        _fingerprints is null || _hasFingerprint?.Get(doc) != true || _seen.Add(_fingerprints.Get(doc));
}
