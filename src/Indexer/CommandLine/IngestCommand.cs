using System.Diagnostics;
using System.Globalization;
using Archive.Indexer.Indexing;
using Archive.Indexer.Watching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Indexer.CommandLine;

/// <summary>
/// <c>ingest &lt;folder&gt; --index &lt;dir&gt;</c>: brings the index in line with the folder once, shows progress,
/// prints a summary with every failed file and its reason, and exits. Exit code 0 whenever it ran, even when
/// files failed (they are reported, not fatal); 1 when it could not run; 2 for wrong arguments.
/// </summary>
public static class IngestCommand
{
    // Files still being written are waited for, but not forever.
    private static readonly TimeSpan MaxWaitForWrites = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, IConfiguration configuration, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var (arguments, problem) = IngestArguments.Parse(args);
        if (arguments is null)
        {
            await errors.WriteLineAsync($"error: {problem}\n\n{IngestArguments.Usage}");
            return 2;
        }

        var options = new IndexerOptions();
        configuration.GetSection(IndexerOptions.Section).Bind(options);
        options.InboxPath = arguments.Folder;
        options.IndexPath = arguments.IndexPath ?? options.IndexPath;

        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Error))
            .AddArchiveIndexing(options);
        await using var provider = services.BuildServiceProvider();

        InboxSynchronizer synchronizer;
        try
        {
            synchronizer = provider.GetRequiredService<InboxSynchronizer>();
        }
        catch (Exception exception) when (exception is DirectoryNotFoundException or IndexInUseException or IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync($"error: {exception.Message}");
            return 1;
        }

        var watch = Stopwatch.StartNew();
        var scan = synchronizer.ScanAll(cancellationToken);
        await errors.WriteLineAsync($"Ingesting {synchronizer.InboxRoot} into {Path.GetFullPath(options.IndexPath)}: {scan.Files} files, {scan.Queued} new or changed, {scan.Removed} removed");
        var progress = new ProgressLine(errors, interactive: !Console.IsErrorRedirected, scan.Queued);
        var outcomes = new List<FileOutcome>();
        var waitingSince = Stopwatch.StartNew();
        while (synchronizer.HasPending && !cancellationToken.IsCancellationRequested)
        {
            var batch = await synchronizer.ProcessReadyAsync(arguments.Quiet ? null : progress.Report, cancellationToken);
            outcomes.AddRange(batch);
            if (batch.Any(outcome => outcome.Status != FileStatus.Deferred))
            {
                waitingSince.Restart();
            }
            else if (waitingSince.Elapsed > MaxWaitForWrites)
            {
                await errors.WriteLineAsync($"warning: {synchronizer.PendingCount} file(s) kept changing for {MaxWaitForWrites.TotalSeconds:0} s and were left for the next run");
                break;
            }
            else
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }

        synchronizer.Commit();
        progress.Finish();
        watch.Stop();
        await WriteSummaryAsync(output, synchronizer, scan, outcomes, watch.Elapsed);
        return 0;
    }

    private static async Task WriteSummaryAsync(TextWriter output, InboxSynchronizer synchronizer, ScanSummary scan, List<FileOutcome> outcomes, TimeSpan elapsed)
    {
        var latest = outcomes.GroupBy(outcome => outcome.Path).Select(group => group.Last()).ToList();
        var indexed = latest.Count(outcome => outcome.Status == FileStatus.Indexed);
        var pages = latest.Where(outcome => outcome.Status == FileStatus.Indexed).Sum(outcome => outcome.Pages);
        var failedNow = latest.Count(outcome => outcome.Status == FileStatus.Failed);
        var removed = latest.Count(outcome => outcome.Status == FileStatus.Removed);
        var failures = synchronizer.Ingestor.Failures.All();
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        var invariant = CultureInfo.InvariantCulture;

        await output.WriteLineAsync(string.Create(invariant, $"""
            Summary
              indexed    {indexed} ({pages} pages)
              unchanged  {scan.Unchanged}
              removed    {removed}
              failed     {failures.Count} ({failedNow} in this run, {scan.StillFailed} unchanged since an earlier run)
              documents  {synchronizer.Ingestor.DocumentCount} in the index ({synchronizer.Ingestor.IndexedFileCount} files; identical files share one document)
              seconds    {seconds:0.00}
              speed      {indexed / seconds:0.0} documents/s, {pages / seconds:0.0} pages/s
            """));

        if (failures.Count > 0)
        {
            await output.WriteLineAsync("Failed files");
            var width = Math.Min(60, failures.Max(failure => failure.Path.Length));
            foreach (var failure in failures)
            {
                await output.WriteLineAsync($"  {failure.Path.PadRight(width)}  {FailureNames.Of(failure.Reason),-18}  {failure.Message}");
            }
        }
    }
}
