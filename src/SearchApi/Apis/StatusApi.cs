using Archive.Ingestion;
using Archive.SearchApi.Index;
using Archive.SearchApi.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.SearchApi.Apis;

public static class StatusApi
{
    public static RouteGroupBuilder MapStatusApi(this RouteGroupBuilder api)
    {
        api.MapGet("/health", Health)
            .WithName("Health")
            .WithSummary("Document count, last ingestion, failed files, what ingestion is doing now, the OCR queue; degraded when the index cannot be opened");
        api.MapGet("/ingest/failures", Failures)
            .WithName("IngestFailures")
            .WithSummary("Every file that could not be ingested, with the reason");
        return api;
    }

    private static async Task<Ok<HealthResponse>> Health(ArchiveIndex index, ArchiveIngestion ingestion, CancellationToken cancellationToken) => TypedResults.Ok(new HealthResponse
    {
        Status = index.Problem is null && index.Searcher is not null ? "ok" : "degraded",
        Documents = index.Searcher?.DocumentCount() ?? 0,
        LastIngestion = index.LastIngestion(),
        FailedFiles = index.Failures().Count,
        HostsIngestion = index.HostsIngestion,
        Ingestion = IngestionActivityResponse.From(index.IngestionActivity()),
        Problem = index.Problem,
        Ocr = new OcrQueueResponse(index.OcrWaiting(), index.OcrMissing()),
        Readers = await ingestion.ReadersAsync(cancellationToken),
    });

    private static Ok<FailuresResponse> Failures(ArchiveIndex index)
    {
        var failures = index.Failures()
            .OrderBy(failure => failure.Path, StringComparer.Ordinal)
            .Select(failure => new FailureResponse(failure.Path, failure.ReasonName, failure.Message, failure.FailedAt))
            .ToList();
        return TypedResults.Ok(new FailuresResponse(failures.Count, failures));
    }
}
