using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Archive.Lucene.Search;

/// <summary>
/// Whether a document's text fingerprint is also another document's, answered from each segment's fingerprints as
/// a sorted array (8 bytes a document, built on a segment's first question and shared by every later one). A hit
/// asks before it looks its copies up; most texts are in one file, and asking the terms dictionary instead (a
/// terms enumerator per segment per hit) allocated more than the rest of a search together. Deleted documents are
/// counted: "shared" means only that the copies are worth looking up, never that there are any.
/// </summary>
internal static class SharedFingerprints
{
    private static readonly ConditionalWeakTable<object, long[]> Segments = new();

    /// <summary>True when some document of <paramref name="reader"/> besides <paramref name="doc"/> may have its fingerprint.</summary>
    public static bool IsShared(IndexReader reader, int doc)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var fingerprints = FingerprintsOf(leaf.AtomicReader);
        if (fingerprints.Length == 0 || leaf.AtomicReader.GetDocsWithField(ArchiveFields.TextFingerprint)?.Get(doc - leaf.DocBase) != true)
        {
            return false;
        }

        var fingerprint = leaf.AtomicReader.GetNumericDocValues(ArchiveFields.TextFingerprint).Get(doc - leaf.DocBase);
        var count = 0;
        foreach (var other in leaves)
        {
            count += CountOf(FingerprintsOf(other.AtomicReader), fingerprint);
            if (count > 1)
            {
                return true;
            }
        }

        return false;
    }

    private static long[] FingerprintsOf(AtomicReader segment) =>
        Segments.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private static long[] Read(AtomicReader segment)
    {
        var values = segment.GetNumericDocValues(ArchiveFields.TextFingerprint);
        var present = segment.GetDocsWithField(ArchiveFields.TextFingerprint);
        if (values is null || present is null)
        {
            return [];
        }

        var fingerprints = new List<long>(segment.MaxDoc);
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (present.Get(doc))
            {
                fingerprints.Add(values.Get(doc));
            }
        }

        var sorted = fingerprints.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static int CountOf(long[] sorted, long fingerprint)
    {
        var at = Array.BinarySearch(sorted, fingerprint);
        if (at < 0)
        {
            return 0;
        }

        var first = at;
        while (first > 0 && sorted[first - 1] == fingerprint)
        {
            first--;
        }

        var last = at;
        while (last + 1 < sorted.Length && sorted[last + 1] == fingerprint)
        {
            last++;
        }

        return last - first + 1;
    }
}
