using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Archive.SearchApi.WebPage;

/// <summary>
/// The web page: the search page at <c>/</c>, a document's page at <c>/dokument/{id}</c>, the files that could not
/// be read at <c>/fejl</c>, and their scripts and
/// styles. Everything the page needs is served from here, so it works without any outside network.
/// </summary>
public static class WebPageEndpoints
{
    /// <summary>The path of a document's web page, followed by its id; links from feeds and the page itself use it.</summary>
    public const string DocumentPath = "/dokument";

    /// <summary>The page listing the files that could not be read, with what to do about each.</summary>
    public const string FailuresPath = "/fejl";

    // Only what the page itself serves may run or load: no inline script, no outside host. The snippets' HTML
    // is already escaped by the server; this is the second line of defence. The PDF viewer runs its parser in a
    // worker loaded from the archive (worker-src).
    internal const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static WebApplication MapArchiveWebPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // The host's content root is the binary's folder in production but the project folder under test hosts;
        // the page is copied beside the binary, so it is read from there in every case.
        var root = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = root,
            OnPrepareResponse = context => Revalidate(context.Context.Response),
        });

        app.MapGet("/", (HttpContext context) => Page(context, root, "index.html"))
            .ExcludeFromDescription();
        app.MapGet(DocumentPath + "/{id}", (HttpContext context) => Page(context, root, "dokument.html"))
            .ExcludeFromDescription();
        app.MapGet(FailuresPath, (HttpContext context) => Page(context, root, "fejl.html"))
            .ExcludeFromDescription();
        return app;
    }

    private static IResult Page(HttpContext context, PhysicalFileProvider root, string name)
    {
        var file = root.GetFileInfo(name);
        if (!file.Exists || file.PhysicalPath is null)
        {
            return TypedResults.Problem(title: "The web page is missing", detail: $"wwwroot/{name} is not beside the archive's binary.", statusCode: StatusCodes.Status500InternalServerError);
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        Revalidate(context.Response);
        return TypedResults.PhysicalFile(file.PhysicalPath, "text/html; charset=utf-8");
    }

    // A new version of the archive must show its new page at once, not a browser's stale copy of the scripts.
    private static void Revalidate(HttpResponse response) =>
        response.Headers[HeaderNames.CacheControl] = "no-cache";
}
