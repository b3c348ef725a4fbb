using System.ComponentModel;
using System.Globalization;
using Archive.Lucene.Search;
using Archive.SearchApi.Index;
using Archive.SearchApi.Limits;
using Archive.SearchApi.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Archive.SearchApi.Apis;

public static class DocumentsApi
{
    private const int DefaultSimilar = 10;

    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/documents");
        documents.MapGet("/{id}", Document)
            .WithName("Document")
            .WithSummary("A document: metadata with provenance, and its text page by page")
            .WithDescription("With q, each page also carries html: the text HTML-escaped with the words that query matches in <mark>, found by the same analysis as search (stems, folded spellings).");
        documents.MapGet("/{id}/file", File)
            .WithName("DocumentFile")
            .WithSummary("The original file, with its content type and file name")
            .Produces(StatusCodes.Status200OK, typeof(void), "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain");

        // HEAD answers as GET does, headers without the body (the file result leaves it out): a client may ask for a
        // file's type and size, or check a link, before it downloads. The OpenAPI document describes the GET only.
        documents.MapMethods("/{id}/file", [HttpMethods.Head], File)
            .ExcludeFromDescription();
        documents.MapGet("/{id}/similar", Similar)
            .WithName("SimilarDocuments")
            .RequireRateLimiting(RequestLimits.Searches)
            .WithSummary("Documents most like this one (precedent), optionally only from other municipalities");
        return api;
    }

    private static Results<Ok<DocumentResponse>, ValidationProblem, ProblemHttpResult> Document(
        string id,
        ArchiveIndex index,
        [Description("A search query whose matches are marked on every page (html); the same syntax as search.")] string? q = null,
        [Description("The first page to return (default 1). A long document comes in parts of at most about 2 million characters: nextFromPage says where the next part starts.")] string? fromPage = null)
    {
        if (SearchLimits.QueryLengthProblem(q) is { } tooLong)
        {
            return SearchProblemResult.For("q", tooLong, "The request is not valid");
        }

        if (index.Searcher is not { } searcher)
        {
            return ArchiveUnavailable.Problem(index.Problem);
        }

        if (searcher.Find(id) is not { } document)
        {
            return NoSuchDocument(id);
        }

        var first = 1;
        if (fromPage is not null && (!int.TryParse(fromPage, NumberStyles.None, CultureInfo.InvariantCulture, out first) || first < 1 || first > Math.Max(1, document.Pages.Count)))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["fromPage"] = [$"fromPage must be a page of the document, 1 to {Math.Max(1, document.Pages.Count)} (got '{fromPage}')."] },
                title: "The request is not valid");
        }

        var count = DocumentResponse.PagesThatFit(document, first);
        var alsoAs = (searcher.Copies(id) ?? []).Select(CopyResponse.From).ToList();
        DocumentResponse Linked(DocumentResponse response) => response with
        {
            PartOf = document.PartOf is { } message && searcher.Find(message) is { } carrier ? LinkedDocumentResponse.From(carrier) : null,
            Attachments = [.. searcher.AttachmentsOf(document.Id).Select(LinkedDocumentResponse.From)],
            AlsoAs = alsoAs,
        };

        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.Ok(Linked(DocumentResponse.From(document, first, count)));
        }

        try
        {
            return TypedResults.Ok(Linked(DocumentResponse.From(document, first, count, searcher.MarkPages([.. document.Pages.Skip(first - 1).Take(count)], q))));
        }
        catch (QuerySyntaxException exception)
        {
            return SearchProblemResult.For("q", exception.Problem, "The query cannot be read", exception.Message);
        }
    }

    /// <summary>
    /// Serves the first of the document's files still in the inbox; for an e-mail's attachment, the attachment itself,
    /// read out of the first of its message's files that still carries it. Only paths the index recorded are served,
    /// resolved inside the inbox and never through a symbolic link: no request can name a path, and none is ever shown.
    /// </summary>
    private static Results<PhysicalFileHttpResult, FileContentHttpResult, ProblemHttpResult> File(string id, ArchiveIndex index, HttpContext context, IOptions<SearchApiOptions> options)
    {
        if (!options.Value.ServeOriginalFiles)
        {
            return TypedResults.Problem(
                title: "This archive does not serve original files",
                detail: "Its operator keeps them (Archive:ServeOriginalFiles); the document's text is at /api/documents/{id}.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        if (index.Searcher is not { } searcher)
        {
            return ArchiveUnavailable.Problem(index.Problem);
        }

        if (searcher.Find(id) is not { } document)
        {
            return NoSuchDocument(id);
        }

        foreach (var file in document.Files)
        {
            if (document.Attachment is { } attachment)
            {
                if (index.ReadAttachment(file.Path, attachment, document.Sha256, context.RequestAborted) is { } read)
                {
                    SetFileHeaders(context, read.FileName, document.ContentType);
                    return TypedResults.File(read.Content, document.ContentType, enableRangeProcessing: true);
                }
            }
            else if (index.ServableFile(file.Path) is { } fullPath)
            {
                SetFileHeaders(context, Path.GetFileName(file.Path), document.ContentType);
                return TypedResults.PhysicalFile(fullPath, document.ContentType, enableRangeProcessing: true);
            }
        }

        return TypedResults.Problem(
            title: "The original file is no longer in the archive's folder",
            detail: $"Document '{id}' is indexed, but its file has been moved, changed or deleted; the index catches up shortly.",
            statusCode: StatusCodes.Status404NotFound);
    }

    private static void SetFileHeaders(HttpContext context, string fileName, string contentType)
    {
        // Inline, so a PDF opens in the browser and #page=N takes the reader to the cited page.
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(fileName);
        context.Response.Headers.ContentDisposition = disposition.ToString();

        // The browser must take the file for what the archive says it is, and a file that could hold script
        // (anything but a PDF, which the browser's viewer shows) runs in a sandbox, never in the archive's origin.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = contentType == "application/pdf"
            ? "default-src 'none'; frame-ancestors 'self'"
            : "sandbox; default-src 'none'; frame-ancestors 'self'";
    }

    private static Results<Ok<SimilarResponse>, ValidationProblem, ProblemHttpResult> Similar(
        string id,
        ArchiveIndex index,
        HttpContext context,
        IOptions<SearchApiOptions> options,
        [Description("How many similar documents, 1–50 (default 10).")] string? size = null,
        [Description("true: only documents from other municipalities than this one's.")] string? otherMunicipalities = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var count = DefaultSimilar;
        if (size is not null && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > SearchLimits.MaxSimilar))
        {
            errors["size"] = [$"size must be a whole number from 1 to {SearchLimits.MaxSimilar} (got '{size}')."];
        }

        var others = false;
        if (otherMunicipalities is not null && !bool.TryParse(otherMunicipalities, out others))
        {
            errors["otherMunicipalities"] = [$"otherMunicipalities must be true or false (got '{otherMunicipalities}')."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The request is not valid");
        }

        if (index.Searcher is not { } searcher)
        {
            return ArchiveUnavailable.Problem(index.Problem);
        }

        using var budget = new SearchBudget(context, options.Value);
        try
        {
            return searcher.Similar(id, count, others, budget.Token) is { } hits
                ? TypedResults.Ok(new SimilarResponse(id, hits.Count, [.. hits.Select(HitResponse.From)]))
                : NoSuchDocument(id);
        }
        catch (OperationCanceledException) when (budget.RanOut)
        {
            return budget.Problem();
        }
    }

    private static ProblemHttpResult NoSuchDocument(string id) => TypedResults.Problem(
        title: "No such document",
        detail: $"No document has the id '{id}'.",
        statusCode: StatusCodes.Status404NotFound);
}
