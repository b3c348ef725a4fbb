using System.Net;
using System.Net.Http.Headers;

namespace Archive.SearchApi.Tests;

/// <summary>A browser that asks for HTML gets an error as a Danish page; a program keeps problem+json.</summary>
public sealed class ErrorPageTests(SampleArchiveFixture archive) : IClassFixture<SampleArchiveFixture>
{
    private readonly ArchiveApp _app = archive.App;

    [Fact]
    public async Task UnknownAddress_BrowserAsksForHtml_GetsADanishPageWithAWayBack()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/findes-ikke", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await _app.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"da\">", html, StringComparison.Ordinal);
        Assert.Contains("Siden findes ikke", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">Gå til søgningen</a>", html, StringComparison.Ordinal);
        Assert.Contains("/css/archive.css", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("*/*")]
    public async Task UnknownAddress_ProgramAsks_GetsProblemJson(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/findes-ikke", UriKind.Relative));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        using var response = await _app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
