using System.Globalization;
using System.Text;
using Archive.Relevance.Judging;

namespace Archive.Relevance.Evaluation;

/// <summary>
/// Writes the scores as markdown: one table per group of queries (all, developed, held-out, each held-out half)
/// with a row per system, the developed and the held-out queries by kind, and optionally one row per query.
/// </summary>
public static class MarkdownReport
{
    public static string Write(Rankings rankings, IReadOnlyList<BenchQuery> queries, Judgments judgments, bool perQuery)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(judgments);
        var evaluated = queries.Count(query => Evaluator.HasRelevant(judgments.Of(query.Id)));
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Relevance over {evaluated} of {queries.Count} queries (those with a document judged relevant), {judgments.Count} judgments.");
        foreach (var group in QueryGroup.Overview(queries))
        {
            WriteGroup(text, group, Evaluator.Score(rankings, group.Queries, judgments));
        }

        WriteKinds(text, "Developed queries", rankings, QueryGroup.ByKind(queries.Where(query => !query.IsHeldOut)), judgments);
        WriteKinds(text, "Held-out queries", rankings, QueryGroup.ByKind(queries.Where(query => query.IsInHalves)), judgments);
        WriteKinds(text, $"Held-out set {BenchQuery.SetC}", rankings, QueryGroup.ByKind(queries.Where(query => query.Half == BenchQuery.SetC)), judgments);

        if (perQuery)
        {
            WritePerQuery(text, Evaluator.Score(rankings, queries, judgments), queries);
        }

        return text.ToString();
    }

    private static void WriteGroup(StringBuilder text, QueryGroup group, IReadOnlyList<SystemScore> scores)
    {
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Capitalised(group.Name)}: {(scores.Count > 0 ? scores[0].Evaluated : 0)} of {group.Queries.Count} evaluated.");
        text.AppendLine();
        text.AppendLine("| system | nDCG@10 | MRR | Recall@20 | unjudged in top 20 (evaluated queries) | unjudged in top 20 (all queries) |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var score in scores)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {score.System} | {score.Ndcg:0.000} | {score.Mrr:0.000} | {score.Recall:0.000} | {score.Unjudged} | {score.UnjudgedInAllQueries} |");
        }
    }

    private static void WriteKinds(StringBuilder text, string title, Rankings rankings, IReadOnlyList<QueryGroup> kinds, Judgments judgments)
    {
        if (kinds.Count == 0)
        {
            return;
        }

        var systems = rankings.Systems.ToList();
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title} by kind: nDCG@10 / MRR / Recall@20 / unjudged in top 20.");
        text.AppendLine();
        text.AppendLine($"| kind | queries evaluated |{string.Concat(systems.Select(system => $" {system} |"))}");
        text.AppendLine($"|---|---|{string.Concat(systems.Select(_ => "---|"))}");
        foreach (var kind in kinds)
        {
            var scores = Evaluator.Score(rankings, kind.Queries, judgments);
            var cells = scores.Select(score =>
                string.Create(CultureInfo.InvariantCulture, $"{score.Ndcg:0.00} / {score.Mrr:0.00} / {score.Recall:0.00} / {score.UnjudgedInAllQueries}"));
            var evaluated = scores.Count > 0 ? scores[0].Evaluated : 0;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {kind.Name} | {evaluated} of {kind.Queries.Count} | {string.Join(" | ", cells)} |");
        }
    }

    private static void WritePerQuery(StringBuilder text, IReadOnlyList<SystemScore> scores, IReadOnlyList<BenchQuery> queries)
    {
        text.AppendLine();
        text.AppendLine("Per query: nDCG@10 / RR / Recall@20 / unjudged in top 20 / returned.");
        text.AppendLine();
        text.Append("| query | kind | half |");
        text.AppendJoin(string.Empty, scores.Select(score => $" {score.System} |"));
        text.AppendLine();
        text.Append("|---|---|---|");
        text.AppendJoin(string.Empty, scores.Select(_ => "---|"));
        text.AppendLine();
        foreach (var query in queries)
        {
            var cells = scores.Select(score => score.Queries.FirstOrDefault(q => q.QueryId == query.Id) is { } q
                ? string.Create(CultureInfo.InvariantCulture, $"{q.Ndcg:0.00} / {q.ReciprocalRank:0.00} / {q.Recall:0.00} / {q.Unjudged} / {q.Returned}")
                : "not judged").ToList();
            text.AppendLine($"| {query.Id} `{query.Text.Replace("|", "\\|", StringComparison.Ordinal)}` | {query.Kind} | {query.Half ?? "–"} | {string.Join(" | ", cells)} |");
        }
    }

    private static string Capitalised(string name) => string.Concat(name[..1].ToUpperInvariant(), name[1..]);
}
