namespace Archive.Relevance.Pooling;

/// <summary>A (query, document) pair some system ranked in its top 20 that nobody has judged yet.</summary>
public sealed record PoolEntry(string QueryId, string Query, string DocId, string FirstLine, string Path);
