using System.Globalization;
using Archive.Relevance.CommandLine;
using Archive.Relevance.Corpus;
using Archive.Relevance.Evaluation;
using Archive.Relevance.Systems;
using Xunit.Abstractions;

namespace Archive.Relevance.Tests.Evaluation;

/// <summary>
/// Guards search relevance: the archive, built from the real pipeline over corpus-dk and the seeds, must keep its
/// recorded nDCG@10 on the developed queries (within a small tolerance). The held-out queries are reported beside it
/// but not held to the figure, which was recorded over the developed queries alone.
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
        var developed = data.Queries.Where(query => !query.IsHeldOut).ToList();

        output.WriteLine(MarkdownReport.Write(rankings, data.Queries, data.Judgments, perQuery: true));
        var ndcg = Evaluator.Score(rankings, developed, data.Judgments).Single().Ndcg;
        var floor = RecordedRelevance.ArchiveNdcgAt10 - RecordedRelevance.Tolerance;
        Assert.True(ndcg >= floor, string.Create(CultureInfo.InvariantCulture, $"archive nDCG@10 {ndcg:0.000} fell below the recorded {RecordedRelevance.ArchiveNdcgAt10:0.000} − {RecordedRelevance.Tolerance}"));
    }
}
