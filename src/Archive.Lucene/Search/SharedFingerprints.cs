using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Lucene.Search;

/// <summary>
/// Which documents of an index view share their text fingerprint with another document: one bit per document,
/// worked out by the first search of a view (two passes over the fingerprints' doc values and a sort, 8 bytes a
/// document while it runs) and shared by every later search of that view. Most texts are in one file, so most documents need no more: grouping copies into one
/// hit keeps a set only of the shared fingerprints, and a hit looks its copies up only when its bit is set. Asking
/// per match (a doc-values read and a set of every fingerprint seen) cost a tenth of a broad search, and asking
/// the terms dictionary per hit allocated more than the rest of a search together. Deleted documents are counted:
/// "shared" means only that copies are worth looking for, never that there are any.
/// </summary>
internal static class SharedFingerprints
{
    private static readonly ConditionalWeakTable<IndexReader, FixedBitSet?[]> SharedByView = new();

    /// <summary>True when some document of <paramref name="reader"/> besides <paramref name="doc"/> may have its fingerprint.</summary>
    public static bool IsShared(IndexReader reader, int doc)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var leaf = ReaderUtil.SubIndex(doc, reader.Leaves);
        return InSegment(reader, leaf)?.Get(doc - reader.Leaves[leaf].DocBase) == true;
    }

    /// <summary>The documents of one segment of a view whose fingerprint another document has; null when none has.</summary>
    public static FixedBitSet? InSegment(AtomicReaderContext segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var view = ReaderUtil.GetTopLevelContext(segment).Reader;
        return InSegment(view, ReaderUtil.SubIndex(segment.DocBase, view.Leaves));
    }

    private static FixedBitSet?[] Shared(IndexReader view) => SharedByView.GetValue(view, Compute);

    private static FixedBitSet? InSegment(IndexReader view, int leaf) => Shared(view)[leaf];

    private static FixedBitSet?[] Compute(IndexReader view)
    {
        // Two passes over the fingerprints' doc values, which are in memory: one to find the shared values (sorted,
        // so equal ones stand side by side), one to mark their documents.
        var leaves = view.Leaves;
        var all = new List<long>(view.MaxDoc);
        foreach (var leaf in leaves)
        {
            ForEachFingerprint(leaf.AtomicReader, (_, fingerprint) => all.Add(fingerprint));
        }

        all.Sort();
        var shared = new HashSet<long>();
        for (var i = 1; i < all.Count; i++)
        {
            if (all[i] == all[i - 1])
            {
                shared.Add(all[i]);
            }
        }

        var bits = new FixedBitSet?[leaves.Count];
        for (var leaf = 0; leaf < leaves.Count && shared.Count > 0; leaf++)
        {
            var segment = leaves[leaf].AtomicReader;
            var index = leaf;
            ForEachFingerprint(segment, (doc, fingerprint) =>
            {
                if (shared.Contains(fingerprint))
                {
                    (bits[index] ??= new FixedBitSet(segment.MaxDoc)).Set(doc);
                }
            });
        }

        return bits;
    }

    private static void ForEachFingerprint(AtomicReader segment, Action<int, long> action)
    {
        var values = segment.GetNumericDocValues(ArchiveFields.TextFingerprint);
        var present = segment.GetDocsWithField(ArchiveFields.TextFingerprint);
        if (values is null || present is null)
        {
            return;
        }

        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (present.Get(doc))
            {
                action(doc, values.Get(doc));
            }
        }
    }
}
