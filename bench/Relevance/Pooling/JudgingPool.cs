using Archive.Relevance.Corpus;
using Archive.Relevance.Evaluation;
using Archive.Relevance.Judging;

namespace Archive.Relevance.Pooling;

/// <summary>
/// The pool to judge: for each query, the union of every system's top 20 minus what is judged already. It lists
/// neither ranks nor systems, so that a judge reads the document instead of trusting a system's order.
/// </summary>
public static class JudgingPool
{
    private static readonly string[] Header = ["queryId", "query", "docId", "firstLine", "path"];

    public static IReadOnlyList<PoolEntry> Build(Rankings rankings, IReadOnlyList<BenchQuery> queries, Judgments judgments, BenchCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(judgments);
        ArgumentNullException.ThrowIfNull(corpus);
        var pool = new List<PoolEntry>();
        foreach (var query in queries)
        {
            var candidates = rankings.Systems
                .SelectMany(system => rankings.Of(system, query.Id))
                .Distinct(StringComparer.Ordinal)
                .Where(docId => !judgments.IsJudged(query.Id, docId))
                .Order(StringComparer.Ordinal);
            foreach (var docId in candidates)
            {
                var document = corpus[docId];
                pool.Add(new PoolEntry(query.Id, query.Text, docId, document.FirstLine, document.SourcePath));
            }
        }

        return pool;
    }

    public static void Write(IReadOnlyList<PoolEntry> pool, string path)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        writer.WriteLine(string.Join('\t', Header));
        foreach (var entry in pool)
        {
            writer.WriteLine(string.Join('\t', new[] { entry.QueryId, entry.Query, entry.DocId, entry.FirstLine, entry.Path }.Select(Cell)));
        }
    }

    // A first line may hold tabs; the pool stays one record a line.
    private static string Cell(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
