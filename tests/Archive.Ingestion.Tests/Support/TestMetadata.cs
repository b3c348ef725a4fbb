using Archive.Ingestion.Metadata;
using Archive.Ingestion.Metadata.Topics;
using Archive.Lucene;

namespace Archive.Ingestion.Tests.Support;

/// <summary>The metadata rules as ingestion builds them: one analyzer, the bundled taxonomy.</summary>
internal static class TestMetadata
{
    public static readonly DanishArchiveAnalyzer Analyzer = new();

    public static readonly TopicClassifier Topics = TopicClassifier.Load(TopicClassifier.DefaultPath, Analyzer);

    public static readonly MetadataBuilder Builder = new(Topics);
}
