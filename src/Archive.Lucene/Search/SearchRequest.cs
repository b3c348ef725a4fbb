namespace Archive.Lucene.Search;

/// <summary>
/// A search as the archive runs it: the user's query, exact-value filters (OR within a field, AND across fields),
/// a date range, an order and a page. Validated by the caller against <see cref="SearchLimits"/>.
/// </summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }

    /// <summary>Facet field (see <see cref="ArchiveFields.FacetFields"/>) → accepted values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Earliest date, inclusive; documents without a date are left out when a bound is set.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Latest date, inclusive.</summary>
    public DateOnly? To { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = SearchLimits.DefaultPageSize;

    public bool WithFacets { get; init; } = true;

    public bool WithSnippets { get; init; } = true;

    /// <summary>
    /// When the query finds nothing and a correction of its misspelt words finds something, search the correction
    /// instead (the results say so). False searches the query exactly as typed and only suggests the correction.
    /// </summary>
    public bool CorrectSpelling { get; init; } = true;

    public bool HasQuery => !string.IsNullOrWhiteSpace(Query);
}
