using Archive.Relevance.Evaluation;

namespace Archive.Relevance.Tests.Evaluation;

public sealed class RankingMetricsTests
{
    private const double Precision = 1e-9;

    // a and d squarely relevant, c partly, e judged not relevant; b is unjudged.
    private static readonly Dictionary<string, int> Grades = new() { ["a"] = 2, ["c"] = 1, ["d"] = 2, ["e"] = 0 };

    [Fact]
    public void Ndcg_MixedRanking_MatchesHandComputedValue()
    {
        // DCG = (2²−1)/log2(2) + 0 + (2¹−1)/log2(4) = 3 + 0.5; ideal order 2, 2, 1, 0: 3 + 3/log2(3) + 1/2.
        var expected = 3.5 / (3 + (3 / Math.Log2(3)) + 0.5);

        Assert.Equal(expected, RankingMetrics.Ndcg(["a", "b", "c"], Grades), Precision);
    }

    [Fact]
    public void Ndcg_IdealOrder_IsOne()
    {
        Assert.Equal(1.0, RankingMetrics.Ndcg(["d", "a", "c", "e"], Grades), Precision);
    }

    [Fact]
    public void Ndcg_RelevantDocumentBelowDepth_CountsNothing()
    {
        Assert.Equal(0.0, RankingMetrics.Ndcg(["b", "e", "a"], Grades, depth: 2), Precision);
    }

    [Fact]
    public void Ndcg_NothingRelevantJudged_IsZero()
    {
        Assert.Equal(0.0, RankingMetrics.Ndcg(["a"], new Dictionary<string, int> { ["a"] = 0 }), Precision);
    }

    [Fact]
    public void ReciprocalRank_FirstRelevantAtThree_IsOneThird()
    {
        // e is judged but graded 0, b is unjudged: neither counts.
        Assert.Equal(1.0 / 3, RankingMetrics.ReciprocalRank(["e", "b", "c", "a"], Grades), Precision);
    }

    [Fact]
    public void ReciprocalRank_NoRelevantDocument_IsZero()
    {
        Assert.Equal(0.0, RankingMetrics.ReciprocalRank(["b", "e"], Grades), Precision);
    }

    [Fact]
    public void Recall_TwoOfThreeRelevant_IsTwoThirds()
    {
        Assert.Equal(2.0 / 3, RankingMetrics.Recall(["a", "b", "c", "e"], Grades), Precision);
    }

    [Fact]
    public void Recall_RelevantDocumentBelowDepth_IsNotCounted()
    {
        Assert.Equal(1.0 / 3, RankingMetrics.Recall(["a", "b", "c"], Grades, depth: 2), Precision);
    }

    [Fact]
    public void Unjudged_RankingWithUnknownDocuments_CountsThem()
    {
        Assert.Equal(2, RankingMetrics.Unjudged(["a", "b", "x", "e"], Grades));
    }
}
