namespace Archive.SearchApi.Apis;

/// <summary>Absolute links into this API, built from the request so they work behind any host name.</summary>
internal sealed class DocumentLinks(HttpRequest request)
{
    private readonly string _base = $"{request.Scheme}://{request.Host}{request.PathBase}";

    public Uri Document(string id) => new($"{_base}/api/documents/{Uri.EscapeDataString(id)}");

    /// <summary>The document's web page; with a query, its matches are marked there.</summary>
    public Uri Page(string id, string? query)
    {
        var page = $"{_base}{WebPage.WebPageEndpoints.DocumentPath}/{Uri.EscapeDataString(id)}";
        return new(string.IsNullOrWhiteSpace(query) ? page : $"{page}?q={Uri.EscapeDataString(query)}");
    }

    public Uri Self() => new($"{_base}{request.Path}{request.QueryString}");
}
