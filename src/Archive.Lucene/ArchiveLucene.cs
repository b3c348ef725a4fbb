using Lucene.Net.Util;

namespace Archive.Lucene;

/// <summary>The one Lucene version that index and query code are built against.</summary>
public static class ArchiveLucene
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
}
