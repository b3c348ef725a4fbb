using Archive.Relevance.Judging;
using Archive.Relevance.Systems;

namespace Archive.Relevance.Evaluation;

/// <summary>Every system's top 20 for every query: what both the evaluation and the pool are made from.</summary>
public sealed class Rankings
{
    private readonly Dictionary<string, Dictionary<string, IReadOnlyList<string>>> _bySystem = new(StringComparer.Ordinal);

    public IEnumerable<string> Systems => _bySystem.Keys;

    public static Rankings Collect(IEnumerable<IRankingSystem> systems, IReadOnlyList<BenchQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(systems);
        ArgumentNullException.ThrowIfNull(queries);
        var rankings = new Rankings();
        foreach (var system in systems)
        {
            rankings._bySystem[system.Name] = queries.ToDictionary(query => query.Id, query => system.Rank(query.Text, RankingMetrics.RankingDepth), StringComparer.Ordinal);
        }

        return rankings;
    }

    public IReadOnlyList<string> Of(string system, string queryId) => _bySystem[system][queryId];
}
