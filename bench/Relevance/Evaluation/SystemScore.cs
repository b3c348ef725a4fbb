namespace Archive.Relevance.Evaluation;

/// <summary>
/// One system's figures over the evaluated queries: means of nDCG@10, reciprocal rank and recall@20, and the
/// unjudged documents in its top 20 summed over every query (pooling is complete when that is 0).
/// </summary>
public sealed record SystemScore(string System, IReadOnlyList<QueryScore> Queries, int UnjudgedInAllQueries)
{
    public int Evaluated => Queries.Count;

    public double Ndcg => Mean(score => score.Ndcg);

    public double Mrr => Mean(score => score.ReciprocalRank);

    public double Recall => Mean(score => score.Recall);

    public int Unjudged => Queries.Sum(score => score.Unjudged);

    private double Mean(Func<QueryScore, double> figure) => Queries.Count == 0 ? 0 : Queries.Average(figure);
}
