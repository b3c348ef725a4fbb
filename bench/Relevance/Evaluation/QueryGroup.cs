using Archive.Relevance.Judging;

namespace Archive.Relevance.Evaluation;

/// <summary>
/// A set of queries scored on its own. The developed queries and the held-out ones are never mixed in one figure
/// below the total, so a ranking tuned to the first cannot hide how it does on the second.
/// </summary>
public sealed record QueryGroup(string Name, IReadOnlyList<BenchQuery> Queries)
{
    /// <summary>All queries, the developed ones, the held-out ones of halves A and B and each half, and set C; empty groups are left out.</summary>
    public static IReadOnlyList<QueryGroup> Overview(IReadOnlyList<BenchQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        QueryGroup[] groups =
        [
            new("all queries", queries),
            new("developed queries (the ranking was tuned on these)", queries.Where(query => !query.IsHeldOut).ToList()),
            new("held-out queries", queries.Where(query => query.IsInHalves).ToList()),
            new($"held-out half {BenchQuery.HalfA}", queries.Where(query => query.Half == BenchQuery.HalfA).ToList()),
            new($"held-out half {BenchQuery.HalfB}", queries.Where(query => query.Half == BenchQuery.HalfB).ToList()),
            new($"held-out set {BenchQuery.SetC} (written after the synonym rings)", queries.Where(query => query.Half == BenchQuery.SetC).ToList()),
        ];
        return groups.Where(group => group.Queries.Count > 0).ToList();
    }

    /// <summary>The queries of each kind, in the order the kinds first occur.</summary>
    public static IReadOnlyList<QueryGroup> ByKind(IEnumerable<BenchQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return queries
            .GroupBy(query => query.Kind, StringComparer.Ordinal)
            .Select(kind => new QueryGroup(kind.Key, kind.ToList()))
            .ToList();
    }
}
