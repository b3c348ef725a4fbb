namespace Archive.Lucene.Search;

/// <summary>Hard caps that keep every request cheap, whatever a client asks for.</summary>
public static class SearchLimits
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    /// <summary>No result beyond this position can be paged to: collecting deeper costs memory and time for every request.</summary>
    public const int MaxResultWindow = 10_000;

    /// <summary>Longer queries are refused rather than parsed and run.</summary>
    public const int MaxQueryLength = 1_000;

    /// <summary>Why a query is refused, or null when it is short enough: one message wherever a query is taken.</summary>
    public static SearchProblem? QueryLengthProblem(string? query) =>
        query is { Length: > MaxQueryLength } ? SearchProblem.QueryTooLong(query.Length) : null;

    /// <summary>Words with <c>*</c>, <c>?</c> or <c>~</c> in one query: each walks the index's terms.</summary>
    public const int MaxExpandingWords = 5;

    /// <summary>Wildcards (<c>*</c> and <c>?</c>) in one word: every one multiplies the walk over the terms.</summary>
    public const int MaxWildcardsPerWord = 2;

    /// <summary>Letters a word must start with before its first wildcard, so it walks a slice of the terms, not all.</summary>
    public const int MinLettersBeforeWildcard = 2;

    /// <summary>Words with <c>~</c> (spelling-tolerant) in one query.</summary>
    public const int MaxFuzzyWords = 3;

    /// <summary>The largest distance a phrase's words may stand apart (<c>"egen bolig"~N</c>).</summary>
    public const int MaxPhraseSlop = 50;

    /// <summary>The most passages shown per hit.</summary>
    public const int MaxSnippets = 3;

    public const int MaxSimilar = 50;

    /// <summary>The most other copies of a text named beside a hit (<see cref="SearchHit.AlsoAs"/>).</summary>
    public const int MaxCopies = 20;
}
