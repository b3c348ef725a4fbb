namespace Archive.SearchApi;

/// <summary>Settings of the search host, in the <c>Archive</c> section beside the indexer's.</summary>
public sealed class SearchApiOptions
{
    public const string Section = "Archive";

    /// <summary>
    /// Run the ingestion worker in this process (default). Off: the API only reads the index that another
    /// process (the <c>ingest</c> command, another host) writes, and picks up its commits as they come.
    /// </summary>
    public bool HostIngestion { get; set; } = true;

    /// <summary>The key uploads must send in <c>X-Api-Key</c>. Unset (the default): uploads are refused.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How often searches look for index changes; new documents are searchable at most this much later.</summary>
    public TimeSpan SearchRefreshInterval { get; set; } = TimeSpan.FromMilliseconds(500);
}
