using Archive.Ingestion;
using Archive.Ingestion.Outcomes;
using Archive.SearchApi.Limits;
using Archive.SearchApi.Model;
using Archive.SearchApi.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Archive.SearchApi.Apis;

public static class UploadApi
{
    public static RouteGroupBuilder MapUploadApi(this RouteGroupBuilder api, IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        api.MapPost("/documents", UploadAsync)
            .WithName("Upload")
            .WithSummary("Upload a file into the archive's folder (needs X-Api-Key)")
            .WithDescription("multipart/form-data with one part 'file', an optional field 'folder' (a relative folder in the archive) and an optional field 'metadata' (the JSON of a sidecar: title, council, municipality, date, type, topics, caseNumber, recipient, signatory, sourceUrl). Answers 202: the file is ingested within seconds; its document is at Location, and a file that cannot be read appears under /api/ingest/failures.")
            .Accepts<IFormFile>("multipart/form-data")
            .AddEndpointFilter<ApiKeyFilter>()
            .RequireRateLimiting(RequestLimits.Uploads)
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(options.MaxFileBytes + (1024 * 1024)))
            .WithFormOptions(multipartBodyLengthLimit: options.MaxFileBytes + (1024 * 1024));
        return api;
    }

    private static async Task<Results<Accepted<UploadResponse>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpRequest request, ArchiveIngestion ingestion, IOptions<IngestionOptions> settings, CancellationToken cancellationToken)
    {
        var options = settings.Value;
        if (!request.HasFormContentType)
        {
            return Invalid("file", "Send the file as multipart/form-data in a part named 'file'.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's request size limit: the body was refused before anything was written.
            return TypedResults.Problem(title: "The upload cannot be read", detail: "The request was refused before anything was written (too large, or not complete).", statusCode: exception.StatusCode);
        }
        catch (InvalidDataException exception)
        {
            var tooLarge = exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);
            return TypedResults.Problem(
                title: tooLarge ? "The file is larger than the archive accepts" : "The upload is not valid multipart/form-data",
                detail: tooLarge ? $"At most {options.MaxFileSizeMegabytes} MB per file (Archive:MaxFileSizeMegabytes)." : "Send the file as multipart/form-data in a part named 'file'.",
                statusCode: tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }
        catch (IOException)
        {
            return TypedResults.Problem(title: "The upload is not valid multipart/form-data", detail: "The body ended before the form did, or is not a form; nothing was written.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (form.Files.GetFile("file") is not { } file || file.Length == 0)
        {
            return Invalid("file", "No file: send one non-empty part named 'file'.");
        }

        // The request may be a little larger than the file (the form around it); the file itself gets the same limit
        // as ingestion, so an accepted upload never fails as too-large afterwards.
        if (file.Length > options.MaxFileBytes)
        {
            return TypedResults.Problem(
                title: "The file is larger than the archive accepts",
                detail: $"At most {options.MaxFileSizeMegabytes} MB per file (Archive:MaxFileSizeMegabytes).",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var folder = form["folder"].ToString();
        await using var content = file.OpenReadStream();
        var upload = await ingestion.WriteUploadAsync(folder, file.FileName, content, form["metadata"].ToString(), cancellationToken);
        return upload.Status switch
        {
            UploadStatus.Written => TypedResults.Accepted($"/api/documents/{upload.Id}", new UploadResponse(upload.Id!, file.FileName, "queued")),
            UploadStatus.InvalidMetadata => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["metadata"] = [.. upload.Problems] }, title: "The metadata cannot be used"),
            UploadStatus.AlreadyExists => TypedResults.Problem(title: "A file of that name is already in the archive", detail: upload.Problems[0], statusCode: StatusCodes.Status409Conflict),
            _ => Invalid(string.IsNullOrEmpty(folder) ? "file" : "folder", upload.Problems[0]),
        };
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The upload is not valid");
}
