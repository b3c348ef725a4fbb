namespace Archive.Lucene.Search;

/// <summary>One passage of a hit: HTML-escaped text with the matches in &lt;mark&gt;, and the page it is on (1-based).</summary>
public sealed record Snippet(int Page, string Html);

public sealed record FacetValue(string Value, int Count);

/// <summary>A document in a result list: its metadata and best passages, never its full text.</summary>
public sealed record SearchHit(ArchiveDocument Document, float Score, IReadOnlyList<Snippet> Snippets)
{
    /// <summary>The query's words, as typed, that this document lacks: empty unless it was found by partial matching.</summary>
    public IReadOnlyList<string> MissingWords { get; init; } = [];

    /// <summary>
    /// The other documents with the same text (see <see cref="TextFingerprint"/>), in other files or formats: a search
    /// shows the text once, under this hit, and counts it once.
    /// </summary>
    public IReadOnlyList<DocumentCopy> AlsoAs { get; init; } = [];
}

/// <summary>Another document holding the same text as a hit: its id, its file's name and its content type.</summary>
public sealed record DocumentCopy(string Id, string FileName, string ContentType);

public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    /// <summary>
    /// When nothing matched and the search was asked not to correct spelling: the query with misspelt words
    /// corrected, if that finds something.
    /// </summary>
    public string? Suggestion { get; init; }

    /// <summary>The query that was searched: the one typed, or its correction (then <see cref="CorrectedFrom"/> is set).</summary>
    public string? Query { get; init; }

    /// <summary>When the typed query found nothing and its correction was searched instead: the query as typed.</summary>
    public string? CorrectedFrom { get; init; }

    /// <summary>
    /// How many of the <see cref="Total"/> documents hold every word of the query; fewer when documents holding most
    /// of the words follow them (see <see cref="PartialMatching"/>).
    /// </summary>
    public int TotalWithAllWords { get; init; }
}
