using System.Globalization;
using System.Text;
using Archive.Relevance.Corpus;
using Archive.Relevance.Judging;

namespace Archive.Relevance.Evaluation;

/// <summary>
/// Each system's top 10 for chosen queries, side by side with the grades: where two systems find the same documents
/// and score differently, the order is what differs, and this shows it.
/// </summary>
public static class RankingListing
{
    private const int Depth = 10;

    public static string Write(Rankings rankings, IReadOnlyList<BenchQuery> queries, Judgments judgments, BenchCorpus corpus, IReadOnlyList<string> queryIds)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(judgments);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(queryIds);
        var text = new StringBuilder();
        foreach (var id in queryIds)
        {
            var query = queries.FirstOrDefault(candidate => candidate.Id == id);
            text.AppendLine();
            if (query is null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{id}: no such query");
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"{query.Id} `{query.Text}` ({query.Kind}): top {Depth}, grade then document");
            foreach (var system in rankings.Systems)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {system}");
                var rank = 0;
                foreach (var docId in rankings.Of(system, query.Id).Take(Depth))
                {
                    var grade = judgments.IsJudged(query.Id, docId) ? judgments.GradeOf(query.Id, docId).ToString(CultureInfo.InvariantCulture) : "-";
                    var firstLine = corpus.Contains(docId) ? corpus[docId].FirstLine : string.Empty;
                    text.AppendLine(CultureInfo.InvariantCulture, $"    {++rank,2}. {grade} {docId}  {Shortened(firstLine)}");
                }
            }
        }

        return text.ToString();
    }

    private static string Shortened(string line) => line.Length <= 70 ? line : line[..70] + "…";
}
