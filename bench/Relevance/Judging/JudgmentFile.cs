using System.Globalization;

namespace Archive.Relevance.Judging;

/// <summary>
/// Reads <c>judgments.tsv</c> (queryId, docId, grade; one judgment a line so that files of several judges merge
/// line by line) and refuses anything that would skew a measurement silently: a grade outside 0–2, a pair judged
/// twice, a query id that <c>queries.tsv</c> does not have.
/// </summary>
public static class JudgmentFile
{
    public const string FileName = "judgments.tsv";

    private static readonly string[] Header = ["queryId", "docId", "grade"];

    public static Judgments Load(string path, IReadOnlyCollection<BenchQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var queryIds = queries.Select(query => query.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        var judgments = new List<(string, string, int)>();
        foreach (var (line, cells) in TsvFile.Read(path, Header))
        {
            var (queryId, docId, gradeText) = (cells[0], cells[1], cells[2]);
            if (!queryIds.Contains(queryId))
            {
                throw TsvFile.Problem(path, line, $"unknown query id '{queryId}' (not in {QueryFile.FileName})");
            }

            if (docId.Length == 0)
            {
                throw TsvFile.Problem(path, line, "the document id is empty");
            }

            if (!int.TryParse(gradeText, NumberStyles.None, CultureInfo.InvariantCulture, out var grade) || grade > Judgments.MaxGrade)
            {
                throw TsvFile.Problem(path, line, $"grade '{gradeText}' is not 0, 1 or 2");
            }

            if (!seen.Add((queryId, docId)))
            {
                throw TsvFile.Problem(path, line, $"{queryId} {docId} is judged twice");
            }

            judgments.Add((queryId, docId, grade));
        }

        return new Judgments(judgments);
    }
}
