using System.Globalization;
using Archive.Relevance.CommandLine;
using Archive.Relevance.Corpus;
using Archive.Relevance.Evaluation;
using Archive.Relevance.Judging;
using Archive.Relevance.Systems;
using Xunit.Abstractions;

namespace Archive.Relevance.Tests.Evaluation;

/// <summary>
/// Guards search relevance: the archive, built from the real pipeline over corpus-dk and the seeds, must keep its
/// recorded nDCG@10 on the developed queries, on the held-out halves and on set C, each within a small tolerance.
/// The held-out figures are floors against regressions, never targets to tune to.
/// </summary>
public sealed class ArchiveRelevanceTests(ITestOutputHelper output)
{
    [SharedFact]
    public async Task Archive_JudgedQueries_KeepsRecordedNdcg()
    {
        // The seeds come from a copy of the bundled corpus files, so a file a user adds to corpus/ (the bench reads
        // every file of the folder it is given) neither adds a document nor breaks the evaluation.
        using var seeds = new TempDirectory();
        TestData.CopyBundledCorpus(seeds.Combine("corpus"));
        var paths = new BenchPaths(seeds.Path, TestData.RequireShared());
        var data = await BenchData.LoadAsync(paths, CancellationToken.None);
        using var workspace = new BenchWorkspace();
        using var archive = await RankingSystems.CreateAsync(RankingSystems.Archive, data.Corpus, workspace, CancellationToken.None);

        var rankings = Rankings.Collect([archive], data.Queries);

        output.WriteLine(MarkdownReport.Write(rankings, data.Queries, data.Judgments, perQuery: true));
        AssertKeeps(RecordedRelevance.ArchiveNdcgAt10, "developed queries", rankings, data.Queries.Where(query => !query.IsHeldOut), data);
        AssertKeeps(RecordedRelevance.ArchiveHeldOutNdcgAt10, "held-out halves A and B", rankings, data.Queries.Where(query => query.IsInHalves), data);
        AssertKeeps(RecordedRelevance.ArchiveSetCNdcgAt10, "held-out set C", rankings, data.Queries.Where(query => query.Half == BenchQuery.SetC), data);
    }

    private static void AssertKeeps(double recorded, string group, Rankings rankings, IEnumerable<BenchQuery> queries, BenchData data)
    {
        var ndcg = Evaluator.Score(rankings, [.. queries], data.Judgments).Single().Ndcg;
        var floor = recorded - RecordedRelevance.Tolerance;
        Assert.True(ndcg >= floor, string.Create(CultureInfo.InvariantCulture, $"archive nDCG@10 on the {group} {ndcg:0.000} fell below the recorded {recorded:0.000} − {RecordedRelevance.Tolerance}"));
    }
}
