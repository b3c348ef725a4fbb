using System.Globalization;
using System.Text;
using Archive.Relevance.Judging;

namespace Archive.Relevance.Evaluation;

/// <summary>Writes the scores as markdown tables: one row per system, and optionally one row per query.</summary>
public static class MarkdownReport
{
    public static string Write(IReadOnlyList<SystemScore> scores, IReadOnlyList<BenchQuery> queries, Judgments judgments, bool perQuery)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(judgments);
        var evaluated = queries.Count(query => Evaluator.HasRelevant(judgments.Of(query.Id)));
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Relevance over {evaluated} of {queries.Count} queries (those with a document judged relevant), {judgments.Count} judgments.");
        text.AppendLine();
        text.AppendLine("| system | nDCG@10 | MRR | Recall@20 | unjudged in top 20 (evaluated queries) | unjudged in top 20 (all queries) |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var score in scores)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {score.System} | {score.Ndcg:0.000} | {score.Mrr:0.000} | {score.Recall:0.000} | {score.Unjudged} | {score.UnjudgedInAllQueries} |");
        }

        if (perQuery)
        {
            text.AppendLine();
            text.AppendLine("Per query: nDCG@10 / RR / Recall@20 / unjudged in top 20 / returned.");
            text.AppendLine();
            text.Append("| query | kind |");
            text.AppendJoin(string.Empty, scores.Select(score => $" {score.System} |"));
            text.AppendLine();
            text.Append("|---|---|");
            text.AppendJoin(string.Empty, scores.Select(_ => "---|"));
            text.AppendLine();
            foreach (var query in queries)
            {
                var cells = scores.Select(score => score.Queries.FirstOrDefault(q => q.QueryId == query.Id) is { } q
                    ? string.Create(CultureInfo.InvariantCulture, $"{q.Ndcg:0.00} / {q.ReciprocalRank:0.00} / {q.Recall:0.00} / {q.Unjudged} / {q.Returned}")
                    : "not judged").ToList();
                text.AppendLine($"| {query.Id} `{query.Text.Replace("|", "\\|", StringComparison.Ordinal)}` | {query.Kind} | {string.Join(" | ", cells)} |");
            }
        }

        return text.ToString();
    }
}
