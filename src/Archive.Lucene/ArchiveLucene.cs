using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Lucene;

/// <summary>The one Lucene version that index and query code are built against.</summary>
public static class ArchiveLucene
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// The layout of the archive's documents: which fields exist, how their text is analyzed and how metadata is
    /// read. Raise it whenever one of them changes; an index written under another version is rebuilt from the inbox when it is opened,
    /// so no document keeps fields or metadata the current code would not give it.
    /// </summary>
    public const string SchemaVersion = "5";

    /// <summary>
    /// How matches are scored, at index time (length norms) and at search time: BM25, whose term-frequency
    /// saturation keeps a long minutes document that repeats a word from outranking a short statement about it.
    /// </summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>The index folder, as the writer and the searchers open it (see <see cref="PositionalReadDirectory"/>).</summary>
    public static FSDirectory OpenDirectory(string indexPath) => new PositionalReadDirectory(indexPath);
}
