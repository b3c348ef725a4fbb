using System.Globalization;
using Archive.Relevance.CommandLine;
using Archive.Relevance.Corpus;
using Archive.Relevance.Evaluation;
using Archive.Relevance.Systems;
using Xunit.Abstractions;

namespace Archive.Relevance.Tests.Evaluation;

/// <summary>
/// Guards search relevance: the archive, built from the real pipeline over corpus-dk and the seeds, must keep its
/// recorded nDCG@10 on the judged queries (within a small tolerance).
/// </summary>
public sealed class ArchiveRelevanceTests(ITestOutputHelper output)
{
    [SharedFact]
    public async Task Archive_JudgedQueries_KeepsRecordedNdcg()
    {
        var paths = new BenchPaths(TestData.RepositoryRoot, TestData.RequireShared());
        var data = await BenchData.LoadAsync(paths, CancellationToken.None);
        using var workspace = new BenchWorkspace();
        using var archive = await RankingSystems.CreateAsync(RankingSystems.Archive, data.Corpus, workspace, CancellationToken.None);

        var scores = Evaluator.Score(Rankings.Collect([archive], data.Queries), data.Queries, data.Judgments);

        output.WriteLine(MarkdownReport.Write(scores, data.Queries, data.Judgments, perQuery: true));
        var ndcg = scores.Single().Ndcg;
        var floor = RecordedRelevance.ArchiveNdcgAt10 - RecordedRelevance.Tolerance;
        Assert.True(ndcg >= floor, string.Create(CultureInfo.InvariantCulture, $"archive nDCG@10 {ndcg:0.000} fell below the recorded {RecordedRelevance.ArchiveNdcgAt10:0.000} − {RecordedRelevance.Tolerance}"));
    }
}
