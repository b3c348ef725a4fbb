namespace Archive.Relevance.Judging;

/// <summary>
/// Reads <c>queries.tsv</c>: id, query, kind, intent, half. The half is empty for a query the ranking was developed
/// against and <c>A</c> or <c>B</c> for a held-out query (see <see cref="BenchQuery.Half"/>).
/// </summary>
public static class QueryFile
{
    public const string FileName = "queries.tsv";

    private static readonly string[] Header = ["id", "query", "kind", "intent", "half"];

    public static IReadOnlyList<BenchQuery> Load(string path)
    {
        var queries = new List<BenchQuery>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, cells) in TsvFile.Read(path, Header))
        {
            if (cells.Take(4).Any(string.IsNullOrEmpty))
            {
                throw TsvFile.Problem(path, line, "the cells id, query, kind and intent must be filled");
            }

            if (!seen.Add(cells[0]))
            {
                throw TsvFile.Problem(path, line, $"the query id {cells[0]} is used twice");
            }

            queries.Add(new BenchQuery(cells[0], cells[1], cells[2], cells[3], ReadHalf(cells[4], path, line)));
        }

        return queries;
    }

    private static string? ReadHalf(string cell, string path, int line) => cell switch
    {
        "" => null,
        BenchQuery.HalfA or BenchQuery.HalfB or BenchQuery.SetC => cell,
        _ => throw TsvFile.Problem(path, line, $"half '{cell}' is not empty, {BenchQuery.HalfA}, {BenchQuery.HalfB} or {BenchQuery.SetC}"),
    };
}
