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
    public static string? QueryLengthProblem(string? query) =>
        query is { Length: > MaxQueryLength } ? $"The query is {query.Length} characters long; at most {MaxQueryLength} are allowed." : null;

    /// <summary>The most passages shown per hit.</summary>
    public const int MaxSnippets = 3;

    public const int MaxSimilar = 50;
}
