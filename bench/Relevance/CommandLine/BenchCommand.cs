using Archive.Relevance.Corpus;
using Archive.Relevance.Evaluation;
using Archive.Relevance.Pooling;
using Archive.Relevance.Systems;

namespace Archive.Relevance.CommandLine;

/// <summary>Runs <c>evaluate</c> or <c>pool</c>: loads the data, indexes the corpus in each system, ranks every query.</summary>
public static class BenchCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var (arguments, problem) = BenchArguments.Parse(args);
        if (arguments is null)
        {
            await errors.WriteLineAsync($"error: {problem}\n\n{BenchArguments.Usage}");
            return 2;
        }

        BenchData data;
        try
        {
            data = await BenchData.LoadAsync(BenchPaths.Locate(arguments.SharedDirectory), cancellationToken);
        }
        catch (Exception exception) when (exception is FormatException or IOException or InvalidOperationException)
        {
            await errors.WriteLineAsync($"error: {exception.Message}");
            return 1;
        }

        await errors.WriteLineAsync($"{data.Corpus.Documents.Count} documents, {data.Queries.Count} queries, {data.Judgments.Count} judgments");
        using var workspace = new BenchWorkspace();
        var systems = new List<IRankingSystem>();
        try
        {
            foreach (var name in arguments.Systems)
            {
                var started = DateTime.UtcNow;
                var system = await RankingSystems.CreateAsync(name, data.Corpus, workspace, cancellationToken);
                systems.Add(system);
                await errors.WriteLineAsync($"{name}: indexed in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
                if (system is ArchiveSystem { Failures.Count: > 0 } archive)
                {
                    await errors.WriteLineAsync($"archive: {archive.Failures.Count} file(s) failed to ingest: {string.Join(", ", archive.Failures.Select(failure => failure.Path))}");
                }
            }

            var rankings = Rankings.Collect(systems, data.Queries);
            if (arguments.Command == BenchArguments.Pool)
            {
                var pool = JudgingPool.Build(rankings, data.Queries, data.Judgments, data.Corpus);
                JudgingPool.Write(pool, arguments.OutputPath!);
                await output.WriteLineAsync($"{pool.Count} unjudged pairs over {pool.Select(entry => entry.QueryId).Distinct().Count()} queries written to {arguments.OutputPath}");
            }
            else
            {
                await output.WriteAsync(MarkdownReport.Write(rankings, data.Queries, data.Judgments, arguments.PerQuery));
                await output.WriteAsync(RankingListing.Write(rankings, data.Queries, data.Judgments, data.Corpus, arguments.Shown));
            }
        }
        finally
        {
            foreach (var system in systems)
            {
                system.Dispose();
            }
        }

        return 0;
    }
}
