namespace Archive.Relevance.Evaluation;

/// <summary>
/// The measures of one ranking against graded judgments (document id → grade 0–2). A document without a grade
/// counts as 0 (not relevant); <see cref="Unjudged"/> says how many of those there were, so a low figure caused by
/// missing judgments is told apart from a bad ranking.
/// </summary>
public static class RankingMetrics
{
    public const int NdcgDepth = 10;
    public const int RankingDepth = 20;

    /// <summary>
    /// nDCG with graded gains 2^g − 1 and a log2(rank + 1) discount; the ideal ranking is every judged document of
    /// the query sorted by grade. 0 when the query has no document graded above 0.
    /// </summary>
    public static double Ndcg(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> grades, int depth = NdcgDepth)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(grades);
        var ideal = Dcg(grades.Values.OrderDescending().ToList(), depth);
        return ideal == 0 ? 0 : Dcg(ranking.Select(id => grades.GetValueOrDefault(id)).ToList(), depth) / ideal;
    }

    /// <summary>1 / the rank of the first document graded 1 or 2 within <paramref name="depth"/>; 0 when there is none.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> grades, int depth = RankingDepth)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(grades);
        for (var i = 0; i < Math.Min(depth, ranking.Count); i++)
        {
            if (grades.GetValueOrDefault(ranking[i]) >= 1)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    /// <summary>The share of the query's relevant documents (grade ≥ 1) found within <paramref name="depth"/>; 0 when it has none.</summary>
    public static double Recall(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> grades, int depth = RankingDepth)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(grades);
        var relevant = grades.Count(pair => pair.Value >= 1);
        if (relevant == 0)
        {
            return 0;
        }

        return (double)ranking.Take(depth).Distinct().Count(id => grades.GetValueOrDefault(id) >= 1) / relevant;
    }

    /// <summary>Documents within <paramref name="depth"/> that have no judgment for the query.</summary>
    public static int Unjudged(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> grades, int depth = RankingDepth)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(grades);
        return ranking.Take(depth).Count(id => !grades.ContainsKey(id));
    }

    private static double Dcg(List<int> gradesInRankOrder, int depth)
    {
        var sum = 0.0;
        for (var i = 0; i < Math.Min(depth, gradesInRankOrder.Count); i++)
        {
            // Rank r = i + 1 is discounted by log2(r + 1).
            sum += (Math.Pow(2, gradesInRankOrder[i]) - 1) / Math.Log2(i + 2);
        }

        return sum;
    }
}
