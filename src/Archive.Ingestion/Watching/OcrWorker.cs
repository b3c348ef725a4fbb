using System.Diagnostics.CodeAnalysis;
using Archive.Ingestion.Extraction.Ocr;
using Archive.Ingestion.Indexing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Archive.Ingestion.Watching;

/// <summary>
/// Reads the documents of the OCR queue beside ingestion, <see cref="IngestionOptions.OcrParallelism"/> at a time,
/// each written again with its OCR text and committed on its own, so a stop loses at most the pages being read (the
/// document stays queued in the index and is read again). While OCR is not installed the queue waits, and it is
/// looked at again every <see cref="RecheckInterval"/>, so installing Tesseract starts it without a restart.
/// </summary>
internal sealed class OcrWorker(InboxSynchronizer synchronizer, IngestionOptions options, ILogger<OcrWorker> logger) : BackgroundService
{
    private static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(30);

    // A crash can leave a temporary folder behind; one this old belongs to no page being read (a page has minutes).
    private static readonly TimeSpan LeftoverAge = TimeSpan.FromHours(1);

    private InboxIngestor Ingestor => synchronizer.Ingestor;

    /// <summary>
    /// Reads queued documents until stopped, or, with <paramref name="untilEmpty"/>, until the queue is empty or OCR is
    /// not installed. <paramref name="onRead"/> hears of each document read (for progress).
    /// </summary>
    public async Task RunAsync(bool untilEmpty, Action<OcrRead>? onRead, CancellationToken cancellationToken)
    {
        if (OcrReader.RemoveLeftovers(LeftoverAge) is > 0 and var leftovers)
        {
            logger.LogInformation("Removed {Count} temporary OCR folder(s) left by an interrupted run", leftovers);
        }

        var queue = Ingestor.OcrQueue;
        var running = new List<Task>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var missing = Ingestor.OcrMissing;
                while (missing is null && running.Count < Math.Max(1, options.OcrParallelism) && queue.TakeNext() is { } sha256)
                {
                    running.Add(ReadOneAsync(sha256, onRead, cancellationToken));
                }

                if (running.Count > 0)
                {
                    var finished = await Task.WhenAny(running);
                    running.Remove(finished);
                    await finished;
                    continue;
                }

                if (untilEmpty)
                {
                    return;
                }

                if (missing is not null && queue.Count > 0)
                {
                    logger.LogWarning("{Count} document(s) wait for OCR: {Missing}", queue.Count, missing);
                }

                await queue.WaitForMoreAsync(RecheckInterval, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Documents being read stay queued in the index; the next start reads them.
        }
        finally
        {
            await Task.WhenAll(running.Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default)));
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => RunAsync(untilEmpty: false, onRead: null, stoppingToken);

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "One document OCR cannot handle must not stop the queue.")]
    private async Task ReadOneAsync(string sha256, Action<OcrRead>? onRead, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var queue = Ingestor.OcrQueue;
        try
        {
            var read = await Ingestor.ReadByOcrAsync(sha256, cancellationToken);
            if (read.Status == OcrReadStatus.Waiting)
            {
                queue.Release(sha256);
                return;
            }

            await synchronizer.CommitAsync(cancellationToken);
            logger.LogInformation("OCR {Status}: {Path} ({Pages} page(s)); {Waiting} document(s) wait for OCR", read.Status, read.Path, read.Pages, queue.Count);
            onRead?.Invoke(read);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            queue.Release(sha256);
        }
        catch (Exception exception)
        {
            // Left in the index as waiting: the next start tries it again, this run does not loop on it.
            logger.LogError(exception, "OCR of content {Sha256} failed unexpectedly", sha256);
            queue.Remove(sha256);
        }
    }
}
