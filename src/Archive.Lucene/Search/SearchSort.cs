namespace Archive.Lucene.Search;

/// <summary>The orders a result list can be read in.</summary>
public enum SearchSort
{
    /// <summary>Best match first (the default when there is a query).</summary>
    Relevance,

    /// <summary>The document's own date, newest first; undated documents last (the default without a query).</summary>
    Newest,

    /// <summary>The document's own date, oldest first; undated documents last.</summary>
    Oldest,
}
