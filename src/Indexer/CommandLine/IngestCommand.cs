using System.Diagnostics;
using System.Globalization;
using Archive.Ingestion;
using Archive.Ingestion.Outcomes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Indexer.CommandLine;

/// <summary>
/// <c>ingest &lt;folder&gt; --index &lt;dir&gt;</c>: brings the index in line with the folder once, reads the scans it
/// found (and any an earlier run left waiting) by OCR, shows progress, prints a summary with every failed file and
/// its reason, and exits: when it ends, every document is in the index with all the text it will get. Exit code 0 whenever it ran, even when
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

        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Error))
            .AddArchiveIngestion(configuration, options =>
            {
                options.InboxPath = arguments.Folder;
                options.IndexPath = arguments.IndexPath ?? options.IndexPath;
            });
        await using var provider = services.BuildServiceProvider();

        ArchiveIngestion ingestion;
        try
        {
            ingestion = provider.GetRequiredService<ArchiveIngestion>();
            ingestion.Open();
        }
        catch (Exception exception) when (exception is IngestionUnavailableException or OptionsValidationException or InvalidOperationException)
        {
            // A bad setting names its key; a missing inbox or a held index says what to do.
            await errors.WriteLineAsync($"error: {exception.Message}");
            return 1;
        }

        var watch = Stopwatch.StartNew();
        ProgressLine? progress = null;
        var run = await ingestion.IngestOnceAsync(
            scan =>
            {
                errors.WriteLine($"Ingesting {ingestion.InboxRoot} into {ingestion.IndexPath}: {scan.Files} files, {scan.Queued} new or changed, {scan.Removed} removed");
                progress = new ProgressLine(errors, interactive: !Console.IsErrorRedirected, scan.Queued, () => ingestion.OcrWaiting);
            },
            arguments.Quiet ? null : outcome => progress?.Report(outcome),
            arguments.Quiet ? null : outcome => progress?.ReportOcr(outcome),
            MaxWaitForWrites,
            cancellationToken);
        progress?.Finish();
        watch.Stop();
        if (run.LeftPending > 0)
        {
            await errors.WriteLineAsync($"warning: {run.LeftPending} file(s) kept changing for {MaxWaitForWrites.TotalSeconds:0} s and were left for the next run");
        }

        if (run.OcrWaiting > 0)
        {
            await errors.WriteLineAsync(run.OcrMissing is { } missing
                ? $"warning: {run.OcrWaiting} document(s) wait for OCR, which cannot run: {missing}; the next run reads them"
                : $"warning: {run.OcrWaiting} document(s) still wait for OCR; the next run reads them");
        }

        await WriteSummaryAsync(output, ingestion, run, watch.Elapsed);
        return 0;
    }

    private static async Task WriteSummaryAsync(TextWriter output, ArchiveIngestion ingestion, IngestionRun run, TimeSpan elapsed)
    {
        var scan = run.Scan;
        var latest = run.Latest();
        var indexed = latest.Count(outcome => outcome.Status == FileStatus.Indexed);
        var pages = latest.Where(outcome => outcome.Status == FileStatus.Indexed).Sum(outcome => outcome.Pages);
        var failedNow = latest.Count(outcome => outcome.Status == FileStatus.Failed);
        var removed = latest.Count(outcome => outcome.Status == FileStatus.Removed);
        var ocrRead = run.OcrOutcomes.Count(outcome => outcome.Status == FileStatus.Indexed);
        var ocrPages = run.OcrOutcomes.Sum(outcome => outcome.Pages);
        var failures = ingestion.Failures();
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        var invariant = CultureInfo.InvariantCulture;

        await output.WriteLineAsync(string.Create(invariant, $"""
            Summary
              indexed    {indexed} ({pages} pages)
              OCR        {ocrRead} document(s) read ({ocrPages} pages), {run.OcrWaiting} waiting
              unchanged  {scan.Unchanged}
              removed    {removed}
              failed     {failures.Count} ({failedNow} in this run, {scan.StillFailed} unchanged since an earlier run)
              documents  {ingestion.DocumentCount} in the index ({ingestion.IndexedFileCount} files; identical files share one document)
              seconds    {seconds:0.00}
              speed      {indexed / seconds:0.0} documents/s, {pages / seconds:0.0} pages/s
            """));

        if (failures.Count > 0)
        {
            await output.WriteLineAsync("Failed files");
            var width = Math.Min(60, failures.Max(failure => failure.Path.Length));
            foreach (var failure in failures)
            {
                await output.WriteLineAsync($"  {failure.Path.PadRight(width)}  {failure.ReasonName,-18}  {failure.Message}");
            }
        }
    }
}
