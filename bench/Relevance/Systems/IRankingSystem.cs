namespace Archive.Relevance.Systems;

/// <summary>A search system under evaluation, with the bench corpus already indexed.</summary>
public interface IRankingSystem : IDisposable
{
    /// <summary>The name used on the command line and in reports (standard, danish, archive, recoll).</summary>
    string Name { get; }

    /// <summary>The ids of the best <paramref name="depth"/> documents for the query, best first; empty when the system cannot read the query.</summary>
    IReadOnlyList<string> Rank(string query, int depth);
}
