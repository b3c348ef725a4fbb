using Archive.Indexer;
using Archive.Lucene;
using Archive.Lucene.Analysis;
using Archive.SearchApi.Apis;
using Archive.SearchApi.Index;

namespace Archive.SearchApi;

public static class ArchiveApiExtensions
{
    /// <summary>The address the archive listens on unless <c>--urls</c>, <c>ASPNETCORE_URLS</c> or <c>Urls</c> says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Index, hosted ingestion, the searcher refresh, problem details and the OpenAPI document.</summary>
    public static WebApplicationBuilder AddArchiveSearchApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]) && string.IsNullOrEmpty(builder.Configuration["https_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var indexerOptions = new IndexerOptions();
        builder.Configuration.GetSection(IndexerOptions.Section).Bind(indexerOptions);
        var apiOptions = new SearchApiOptions();
        builder.Configuration.GetSection(SearchApiOptions.Section).Bind(apiOptions);

        var services = builder.Services;
        services.AddArchiveIndexing(indexerOptions);
        services.AddSingleton(apiOptions);
        services.AddSingleton<ArchiveIndex>();
        services.AddSingleton(new AnalysisExplainer(new DanishArchiveAnalyzer()));
        services.AddSingleton<IngestionHost>();
        services.AddHostedService(provider => provider.GetRequiredService<IngestionHost>());
        services.AddHostedService<SearcherRefresher>();
        services.AddProblemDetails();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Archive API";
            document.Info.Description = "Search Danish council statements and committee papers: full-text Danish search, facets, snippets with page numbers, documents, precedent from other municipalities, exports.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    /// <summary>The endpoints under /api, the OpenAPI document at /openapi/v1.json and its reference page at /api/reference.</summary>
    public static WebApplication MapArchiveSearchApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "Archive API");
            options.RoutePrefix = "api/reference";
            options.DocumentTitle = "Archive API reference";
        });

        var api = app.MapGroup("/api");
        api.MapSearchApi();
        api.MapDocumentsApi();
        api.MapStatusApi();
        api.MapAnalyzeApi();
        api.MapUploadApi(app.Services.GetRequiredService<IndexerOptions>());

        // The index is opened at start-up, not by the first request, so problems show in the log at once.
        _ = app.Services.GetRequiredService<ArchiveIndex>();
        return app;
    }
}
