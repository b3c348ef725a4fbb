namespace Archive.Lucene.Search;

/// <summary>One passage of a hit: HTML-escaped text with the matches in &lt;mark&gt;, and the page it is on (1-based).</summary>
public sealed record Snippet(int Page, string Html);

public sealed record FacetValue(string Value, int Count);

/// <summary>A document in a result list: its metadata and best passages, never its full text.</summary>
public sealed record SearchHit(ArchiveDocument Document, float Score, IReadOnlyList<Snippet> Snippets);

public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    /// <summary>When nothing matched: the query with misspelt words corrected, if that finds something.</summary>
    public string? Suggestion { get; init; }
}
