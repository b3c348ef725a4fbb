using System.Diagnostics;
using Archive.Lucene.Search;
using Archive.SearchApi.Exports;
using Archive.SearchApi.Index;
using Archive.SearchApi.Limits;
using Archive.SearchApi.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Archive.SearchApi.Apis;

public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search)
            .WithName("Search")
            .RequireRateLimiting(RequestLimits.Searches)
            .WithSummary("Search the archive")
            .WithDescription("Full-text Danish search with filters (AND across fields, OR within one), multi-select facet counts, snippets with page numbers, sorting and paging. format=csv exports the whole result set (up to 10,000 rows); format=atom gives a feed of the 50 newest matches.")
            .Produces<SearchResponse>(StatusCodes.Status200OK, "application/json", CsvExport.ContentType, AtomFeed.ContentType);
        api.MapGet("/facets", Facets)
            .WithName("Facets")
            .WithSummary("Facet counts over the whole archive");
        return api;
    }

    private static Results<Ok<SearchResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult> Search(
        [AsParameters] SearchParameters parameters, ArchiveIndex index, HttpContext context, TimeProvider clock, IOptions<SearchApiOptions> options)
    {
        var errors = parameters.Validate(out var request, out var format);
        if (errors.Count > 0)
        {
            return SearchProblemResult.For(errors, "The search request is not valid");
        }

        if (index.Searcher is not { } searcher)
        {
            return ArchiveUnavailable.Problem(index.Problem);
        }

        request = format switch
        {
            ExportFormat.Atom => request with { Page = 1, PageSize = AtomFeed.MaxEntries, Sort = SearchSort.Newest, WithFacets = false },
            _ => request,
        };
        var clockStart = Stopwatch.GetTimestamp();
        using var budget = new SearchBudget(context, options.Value);
        SearchResults results;
        try
        {
            results = format == ExportFormat.Csv ? CsvExport.Collect(searcher, request, budget.Token) : searcher.Search(request, budget.Token);
        }
        catch (OperationCanceledException) when (budget.RanOut)
        {
            return budget.Problem();
        }
        catch (QuerySyntaxException exception)
        {
            return SearchProblemResult.For("q", exception.Problem, "The query cannot be read", exception.Message);
        }

        var took = (long)Stopwatch.GetElapsedTime(clockStart).TotalMilliseconds;
        var links = new DocumentLinks(context.Request);
        switch (format)
        {
            case ExportFormat.Csv:
                context.Response.Headers["X-Total-Count"] = results.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return TypedResults.File(CsvExport.Write(results.Hits, id => links.Page(id, request.Query).AbsoluteUri), CsvExport.ContentType, "archive-search.csv");
            case ExportFormat.Atom:
                var title = string.IsNullOrWhiteSpace(request.Query) ? "Archive: newest documents" : $"Archive: {request.Query}";
                return TypedResults.File(AtomFeed.Write(title, links.Self(), results.Hits, id => links.Page(id, request.Query), clock.GetUtcNow()), AtomFeed.ContentType);
            default:
                return TypedResults.Ok(new SearchResponse(
                    results.Total,
                    request.Page,
                    request.PageSize,
                    took,
                    request.Sort.ToString().ToLowerInvariant(),
                    [.. results.Hits.Select(HitResponse.From)],
                    FacetsResponse.From(results.Facets),
                    results.Suggestion)
                {
                    Query = results.Query,
                    CorrectedFrom = results.CorrectedFrom,
                    TotalWithAllWords = results.TotalWithAllWords,
                    Filters = FiltersResponse.From(request.Filters, results.Facets),
                });
        }
    }

    private static Results<Ok<FacetsResponse>, ProblemHttpResult> Facets(ArchiveIndex index) =>
        index.Searcher is { } searcher
            ? TypedResults.Ok(FacetsResponse.From(searcher.Facets()))
            : ArchiveUnavailable.Problem(index.Problem);
}
