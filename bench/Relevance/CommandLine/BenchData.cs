using Archive.Relevance.Corpus;
using Archive.Relevance.Judging;

namespace Archive.Relevance.CommandLine;

/// <summary>Everything a run reads before any system starts: the corpus, the queries and the judgments, checked against each other.</summary>
public sealed record BenchData(BenchCorpus Corpus, IReadOnlyList<BenchQuery> Queries, Judgments Judgments)
{
    /// <summary>The data files that ship beside the program (queries.tsv, judgments.tsv).</summary>
    public static string DataFile(string fileName) => Path.Combine(AppContext.BaseDirectory, fileName);

    public static async Task<BenchData> LoadAsync(BenchPaths paths, CancellationToken cancellationToken)
    {
        var corpus = await BenchCorpus.LoadAsync(paths, cancellationToken);
        var queries = QueryFile.Load(DataFile(QueryFile.FileName));
        var judgments = JudgmentFile.Load(DataFile(JudgmentFile.FileName), queries);
        var unknown = judgments.All().FirstOrDefault(pair => !corpus.Contains(pair.DocId));
        if (unknown != default)
        {
            throw new FormatException($"{JudgmentFile.FileName}: {unknown.QueryId} judges '{unknown.DocId}', which is not a document of the corpus.");
        }

        return new BenchData(corpus, queries, judgments);
    }
}
