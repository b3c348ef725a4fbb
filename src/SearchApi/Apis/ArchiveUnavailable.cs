using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.SearchApi.Apis;

/// <summary>The answer to a search while the index cannot be read: 503 with the reason.</summary>
internal static class ArchiveUnavailable
{
    public static ProblemHttpResult Problem(string? reason) => TypedResults.Problem(
        title: "The archive's index is not available",
        detail: reason ?? "The index cannot be opened.",
        statusCode: StatusCodes.Status503ServiceUnavailable);
}
