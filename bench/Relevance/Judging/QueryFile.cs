namespace Archive.Relevance.Judging;

/// <summary>Reads <c>queries.tsv</c>: id, query, kind, intent.</summary>
public static class QueryFile
{
    public const string FileName = "queries.tsv";

    private static readonly string[] Header = ["id", "query", "kind", "intent"];

    public static IReadOnlyList<BenchQuery> Load(string path)
    {
        var queries = new List<BenchQuery>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, cells) in TsvFile.Read(path, Header))
        {
            if (cells.Any(string.IsNullOrEmpty))
            {
                throw TsvFile.Problem(path, line, "every cell (id, query, kind, intent) must be filled");
            }

            if (!seen.Add(cells[0]))
            {
                throw TsvFile.Problem(path, line, $"the query id {cells[0]} is used twice");
            }

            queries.Add(new BenchQuery(cells[0], cells[1], cells[2], cells[3]));
        }

        return queries;
    }
}
