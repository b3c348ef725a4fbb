namespace Archive.Relevance.Evaluation;

/// <summary>One system's figures on one query.</summary>
public sealed record QueryScore(string QueryId, double Ndcg, double ReciprocalRank, double Recall, int Unjudged, int Returned);
