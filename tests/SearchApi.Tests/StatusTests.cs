using System.Text.Json;

namespace Archive.SearchApi.Tests;

public sealed class StatusTests(SampleArchiveFixture archive) : IClassFixture<SampleArchiveFixture>
{
    private readonly ArchiveApp _app = archive.App;

    [Fact]
    public async Task Health_ReportsCountsAndLastIngestion()
    {
        var health = await _app.GetJsonAsync("/api/health");
        var everything = await _app.SearchAsync("pageSize=1");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(everything.Total(), health.GetProperty("documents").GetInt32());
        Assert.True(health.GetProperty("lastIngestion").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(-1));
        Assert.Equal(0, health.GetProperty("failedFiles").GetInt32());
        Assert.True(health.GetProperty("ingesting").GetBoolean());
        Assert.Equal(JsonValueKind.Null, health.GetProperty("problem").ValueKind);
    }

    [Fact]
    public async Task Failures_EmptyArchive_ListsNothing()
    {
        var failures = await _app.GetJsonAsync("/api/ingest/failures");

        Assert.Equal(0, failures.GetProperty("total").GetInt32());
        Assert.Empty(failures.GetProperty("failures").EnumerateArray());
    }

    [Fact]
    public async Task OpenApi_DescribesEveryEndpointAndSearchParameter()
    {
        var document = await _app.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        foreach (var path in new[] { "/api/search", "/api/facets", "/api/documents/{id}", "/api/documents/{id}/file", "/api/documents/{id}/similar", "/api/health", "/api/ingest/failures" })
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not described");
            Assert.True(item.GetProperty("get").TryGetProperty("summary", out _), $"{path} has no summary");
        }

        var parameters = paths.GetProperty("/api/search").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[] { "q", "council", "municipality", "type", "topic", "year", "from", "to", "sort", "page", "pageSize", "format" })
        {
            Assert.True(parameters.TryGetValue(name, out var parameter), $"search parameter {name} is not described");
            Assert.True(parameter.TryGetProperty("description", out _), $"search parameter {name} has no description");
        }

        var similar = paths.GetProperty("/api/documents/{id}/similar").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.Contains("size", similar);
        Assert.Contains("otherMunicipalities", similar);
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("SearchResponse", out _));
        Assert.True(paths.GetProperty("/api/documents").TryGetProperty("post", out _), "the upload is not described");
    }

    [Fact]
    public async Task ReferencePage_IsServedWithoutExternalResources()
    {
        using var response = await _app.Client.GetAsync(new Uri("/api/reference/index.html", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
    }
}
