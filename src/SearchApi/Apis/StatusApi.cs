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
            .WithSummary("Document count, last ingestion, failed files, the OCR queue; degraded when the index cannot be opened");
        api.MapGet("/ingest/failures", Failures)
            .WithName("IngestFailures")
            .WithSummary("Every file that could not be ingested, with the reason");
        return api;
    }

    private static Ok<HealthResponse> Health(ArchiveIndex index) => TypedResults.Ok(new HealthResponse(
        index.Problem is null && index.Searcher is not null ? "ok" : "degraded",
        index.Searcher?.DocumentCount() ?? 0,
        index.LastIngestion(),
        index.Failures().Count,
        index.Ingesting,
        index.Problem,
        new OcrQueueResponse(index.OcrWaiting(), index.OcrMissing())));

    private static Ok<FailuresResponse> Failures(ArchiveIndex index)
    {
        var failures = index.Failures()
            .OrderBy(failure => failure.Path, StringComparer.Ordinal)
            .Select(failure => new FailureResponse(failure.Path, failure.ReasonName, failure.Message, failure.FailedAt))
            .ToList();
        return TypedResults.Ok(new FailuresResponse(failures.Count, failures));
    }
}
