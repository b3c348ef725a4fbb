using Archive.Indexer;
using Archive.Indexer.Metadata;
using Archive.SearchApi.Index;
using Archive.SearchApi.Model;
using Archive.SearchApi.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.SearchApi.Apis;

public static class UploadApi
{
    public static RouteGroupBuilder MapUploadApi(this RouteGroupBuilder api, IndexerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        api.MapPost("/documents", UploadAsync)
            .WithName("Upload")
            .WithSummary("Upload a file into the archive's folder (needs X-Api-Key)")
            .WithDescription("multipart/form-data with one part 'file', an optional field 'folder' (a relative folder in the archive) and an optional field 'metadata' (the JSON of a sidecar: title, council, municipality, date, type, topics, caseNumber, recipient, signatory, sourceUrl). Answers 202: the file is ingested within seconds; its document is at Location, and a file that cannot be read appears under /api/ingest/failures.")
            .Accepts<IFormFile>("multipart/form-data")
            .AddEndpointFilter<ApiKeyFilter>()
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(options.MaxFileBytes + (1024 * 1024)))
            .WithFormOptions(multipartBodyLengthLimit: options.MaxFileBytes + (1024 * 1024));
        return api;
    }

    private static async Task<Results<Accepted<UploadResponse>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpRequest request, ArchiveIndex index, IndexerOptions options, CancellationToken cancellationToken)
    {
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
            return TypedResults.Problem(title: "The upload cannot be read", detail: exception.Message, statusCode: exception.StatusCode);
        }
        catch (InvalidDataException exception)
        {
            var tooLarge = exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);
            return TypedResults.Problem(
                title: tooLarge ? "The file is larger than the archive accepts" : "The upload is not valid multipart/form-data",
                detail: tooLarge ? $"At most {options.MaxFileSizeMegabytes} MB per file (Archive:MaxFileSizeMegabytes)." : exception.Message,
                statusCode: tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }
        catch (IOException exception)
        {
            return TypedResults.Problem(title: "The upload is not valid multipart/form-data", detail: exception.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        if (form.Files.GetFile("file") is not { } file || file.Length == 0)
        {
            return Invalid("file", "No file: send one non-empty part named 'file'.");
        }

        var writer = new InboxWriter(index.InboxRoot);
        var folder = form["folder"].ToString();
        if (writer.Problem(folder, file.FileName) is { } problem)
        {
            return Invalid(string.IsNullOrEmpty(folder) ? "file" : "folder", problem);
        }

        byte[]? sidecar = null;
        if (form["metadata"].ToString() is { Length: > 0 } metadata)
        {
            sidecar = System.Text.Encoding.UTF8.GetBytes(metadata);
            if (Sidecar.Parse(sidecar).Problems is { Count: > 0 } problems)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["metadata"] = [.. problems] }, title: "The metadata cannot be used");
            }
        }

        var relativePath = writer.RelativePath(folder, file.FileName)!;
        await using var content = file.OpenReadStream();
        if (!await writer.WriteAsync(relativePath, content, sidecar, cancellationToken))
        {
            return TypedResults.Problem(
                title: "A file of that name is already in the archive",
                detail: $"'{relativePath}' exists; nothing was overwritten. Choose another name or folder.",
                statusCode: StatusCodes.Status409Conflict);
        }

        var id = InboxWriter.IdOf(relativePath);
        return TypedResults.Accepted($"/api/documents/{id}", new UploadResponse(id, file.FileName, "queued"));
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The upload is not valid");
}
