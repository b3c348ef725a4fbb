using System.Text.Json.Serialization;
using Archive.Ingestion;
using Archive.Lucene.Analysis;
using Archive.SearchApi.Apis;
using Archive.SearchApi.Index;
using Archive.SearchApi.Limits;
using Archive.SearchApi.Model;
using Archive.SearchApi.Uploads;
using Archive.SearchApi.WebPage;
using Microsoft.Extensions.Options;

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

        // Before the first request: large forms are buffered in the archive's own folder, emptied of what a crash left.
        UploadBuffers.Prepare();

        var services = builder.Services;
        services.AddArchiveIngestion(builder.Configuration);
        services.AddOptions<SearchApiOptions>().Bind(builder.Configuration.GetSection(SearchApiOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SearchApiOptions>, SearchApiOptionsValidator>();
        services.AddSingleton<ArchiveIndex>();
        services.AddSingleton<AnalysisExplainer>();
        services.AddSingleton<IngestionHost>();
        services.AddHostedService(provider => provider.GetRequiredService<IngestionHost>());
        services.AddHostedService<SearcherRefresher>();
        // Before the JSON writer that AddProblemDetails adds: writers are asked in order, and a browser asking for
        // HTML gets a Danish page instead of problem+json.
        services.AddSingleton<IProblemDetailsWriter, ErrorPage>();
        services.AddProblemDetails();

        // ASP.NET's web defaults also read a JSON number from a string, and the OpenAPI document then types every
        // number as ["integer", "string"] with a pattern. The API only writes JSON; query values arrive as text and
        // are parsed by the endpoints themselves, so strict numbers change nothing but make the document say what is sent.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddArchiveRequestLimits();
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Archive API";
                document.Info.Description = "Search Danish council statements and committee papers: full-text Danish search, facets, snippets with page numbers, documents, precedent from other municipalities, exports.";
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer(MetadataSchema.AddMetadataProperties);
        });
        return builder;
    }

    /// <summary>The endpoints under /api, the OpenAPI document at /openapi/v1.json and its reference page at /api/reference.</summary>
    public static WebApplication MapArchiveSearchApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.MapOpenApi();

        // The reference page runs Swagger UI's scripts: only its own, from this archive, never anything injected.
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/reference", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
                context.Response.Headers.XContentTypeOptions = "nosniff";
            }

            await next(context);
        });
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
        api.MapUploadApi(app.Services.GetRequiredService<IOptions<IngestionOptions>>().Value);

        // The index is opened at start-up, not by the first request, so problems show in the log at once.
        _ = app.Services.GetRequiredService<ArchiveIndex>();
        return app;
    }
}
