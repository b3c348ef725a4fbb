namespace Archive.Relevance.Judging;

/// <summary>
/// Graded judgments, query by query: 2 = squarely about the query's intent, 1 = partly relevant, 0 = not relevant.
/// A document without a judgment is unjudged, which is not the same as 0 (see <see cref="IsJudged"/>).
/// </summary>
public sealed class Judgments
{
    public const int MaxGrade = 2;

    private readonly Dictionary<string, Dictionary<string, int>> _byQuery;

    public Judgments(IEnumerable<(string QueryId, string DocId, int Grade)> judgments)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        _byQuery = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (queryId, docId, grade) in judgments)
        {
            if (!_byQuery.TryGetValue(queryId, out var grades))
            {
                grades = new Dictionary<string, int>(StringComparer.Ordinal);
                _byQuery[queryId] = grades;
            }

            if (!grades.TryAdd(docId, grade))
            {
                throw new ArgumentException($"{queryId} {docId} is judged twice.", nameof(judgments));
            }
        }
    }

    public int Count => _byQuery.Values.Sum(grades => grades.Count);

    public IEnumerable<string> QueryIds => _byQuery.Keys;

    public bool IsJudged(string queryId, string docId) => _byQuery.TryGetValue(queryId, out var grades) && grades.ContainsKey(docId);

    /// <summary>The grade, or 0 when the document is unjudged for this query.</summary>
    public int GradeOf(string queryId, string docId) =>
        _byQuery.TryGetValue(queryId, out var grades) && grades.TryGetValue(docId, out var grade) ? grade : 0;

    /// <summary>Every judged document of the query with its grade.</summary>
    public IReadOnlyDictionary<string, int> Of(string queryId) =>
        _byQuery.TryGetValue(queryId, out var grades) ? grades : new Dictionary<string, int>();

    public IEnumerable<(string QueryId, string DocId)> All() =>
        _byQuery.SelectMany(query => query.Value.Keys.Select(docId => (query.Key, docId)));
}
