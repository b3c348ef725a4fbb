using Archive.Relevance.Judging;

namespace Archive.Relevance.Evaluation;

/// <summary>
/// Scores each system's rankings. Only queries with at least one document graded 1 or 2 are averaged: on a query with
/// nothing relevant judged yet every measure is 0 for every system and says nothing. Unjudged documents are counted
/// over all queries, so incomplete pooling shows even for queries not yet judged at all.
/// </summary>
public static class Evaluator
{
    public static IReadOnlyList<SystemScore> Score(Rankings rankings, IReadOnlyList<BenchQuery> queries, Judgments judgments)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(judgments);
        var scores = new List<SystemScore>();
        foreach (var system in rankings.Systems)
        {
            var perQuery = new List<QueryScore>();
            var unjudged = 0;
            foreach (var query in queries)
            {
                var ranking = rankings.Of(system, query.Id);
                var grades = judgments.Of(query.Id);
                unjudged += RankingMetrics.Unjudged(ranking, grades);
                if (!HasRelevant(grades))
                {
                    continue;
                }

                perQuery.Add(new QueryScore(
                    query.Id,
                    RankingMetrics.Ndcg(ranking, grades),
                    RankingMetrics.ReciprocalRank(ranking, grades),
                    RankingMetrics.Recall(ranking, grades),
                    RankingMetrics.Unjudged(ranking, grades),
                    ranking.Count));
            }

            scores.Add(new SystemScore(system, perQuery, unjudged));
        }

        return scores;
    }

    public static bool HasRelevant(IReadOnlyDictionary<string, int> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        return grades.Values.Any(grade => grade >= 1);
    }
}
