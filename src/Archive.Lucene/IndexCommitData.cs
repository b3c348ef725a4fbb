using System.Globalization;

namespace Archive.Lucene;

/// <summary>
/// What the indexer writes into every commit's user data, and how readers get it back: the time of the ingestion
/// and the <see cref="ArchiveLucene.SchemaVersion"/> the documents were written under.
/// </summary>
public static class IndexCommitData
{
    public const string LastIngestionKey = "lastIngestion";

    public const string SchemaVersionKey = "schemaVersion";

    public static Dictionary<string, string> For(DateTimeOffset ingestedAt) => new()
    {
        [LastIngestionKey] = ingestedAt.ToString("O", CultureInfo.InvariantCulture),
        [SchemaVersionKey] = ArchiveLucene.SchemaVersion,
    };

    public static DateTimeOffset? LastIngestion(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(LastIngestionKey, out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time)
            ? time
            : null;

    /// <summary>True when the commit was written under the current schema version.</summary>
    public static bool IsCurrentSchema(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(SchemaVersionKey, out var version) && version == ArchiveLucene.SchemaVersion;
}
