using System.Net;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace Archive.SearchApi.WebPage;

/// <summary>
/// An error as a Danish page, with the archive's look and a way back to search, for a browser that asks for HTML
/// (an unknown address typed or followed). Programs, and the web page's own requests, ask for JSON and keep
/// problem+json; this writer is asked first and declines them.
/// </summary>
public sealed class ErrorPage : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return WantsHtml(context.HttpContext.Request.GetTypedHeaders());
    }

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        var (title, text) = Wording(response.StatusCode);
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = WebPageEndpoints.ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        await response.WriteAsync($$"""
            <!doctype html>
            <html lang="da">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{WebUtility.HtmlEncode(title)}} – Arkivet</title>
              <link rel="stylesheet" href="/css/archive.css">
            </head>
            <body>
              <header class="site-header">
                <div class="site-header-inner">
                  <a class="brand" href="/">Arkivet</a>
                </div>
              </header>
              <main id="main" class="document-main">
                <div class="message message-error" id="error-page">
                  <h1 class="message-title">{{WebUtility.HtmlEncode(title)}}</h1>
                  <p class="message-detail">{{WebUtility.HtmlEncode(text)}}</p>
                  <p><a href="/">Gå til søgningen</a></p>
                </div>
              </main>
            </body>
            </html>
            """, context.HttpContext.RequestAborted);
    }

    /// <summary>Only an explicit text/html: curl's and most clients' */* still mean "whatever the API gives", which is JSON.</summary>
    private static bool WantsHtml(RequestHeaders headers) =>
        headers.Accept.Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && accept.Quality is not 0);

    private static (string Title, string Text) Wording(int status) => status switch
    {
        StatusCodes.Status404NotFound => ("Siden findes ikke", "Adressen findes ikke i arkivet. Den kan være skrevet forkert, eller siden kan være flyttet."),
        StatusCodes.Status400BadRequest or StatusCodes.Status414UriTooLong => ("Adressen kan ikke læses", "Arkivet kan ikke læse det, adressen beder om. Søg i stedet fra søgesiden."),
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => ("Ingen adgang", "Arkivet giver ikke adgang til det, adressen beder om."),
        StatusCodes.Status429TooManyRequests => ("For mange forespørgsler", "Arkivet får mange forespørgsler lige nu. Vent lidt, og prøv igen."),
        StatusCodes.Status503ServiceUnavailable => ("Arkivet kan ikke svare lige nu", "Prøv igen om lidt."),
        _ => ("Der skete en fejl", "Arkivet kunne ikke svare på forespørgslen. Prøv igen om lidt."),
    };
}
