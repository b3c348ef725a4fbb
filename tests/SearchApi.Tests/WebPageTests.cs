namespace Archive.SearchApi.Tests;

/// <summary>The web page is served by the archive itself, with a policy that lets nothing from outside run.</summary>
public sealed class WebPageTests(SampleArchiveFixture archive) : IClassFixture<SampleArchiveFixture>
{
    private readonly ArchiveApp _app = archive.App;

    [Theory]
    [InlineData("/")]
    [InlineData("/dokument/0123456789abcdef?q=herberg")]
    [InlineData("/fejl")]
    public async Task Page_IsHtml_WithAContentSecurityPolicy(string path)
    {
        using var response = await _app.Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"da\"", html, StringComparison.Ordinal);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/css/archive.css", "text/css")]
    [InlineData("/js/search-page.js", "text/javascript")]
    [InlineData("/js/document-page.js", "text/javascript")]
    [InlineData("/js/failures-page.js", "text/javascript")]
    [InlineData("/css/year-histogram.css", "text/css")]
    public async Task Assets_AreServedFromBesideTheBinary(string path, string contentType)
    {
        using var response = await _app.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }
}
