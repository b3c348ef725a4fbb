using System.Text.Json;

namespace Archive.SearchApi.Tests;

public sealed class StatusTests(SampleArchiveFixture archive) : IClassFixture<SampleArchiveFixture>
{
    private readonly ArchiveApp _app = archive.App;

    /// <summary>Every schema object in an OpenAPI document, with the JSON path to it.</summary>
    private static IEnumerable<(string Path, JsonElement Value)> SchemasIn(JsonElement element, string path = "$")
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return (path, element);
            foreach (var property in element.EnumerateObject())
            {
                foreach (var inner in SchemasIn(property.Value, $"{path}.{property.Name}"))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in SchemasIn(item, $"{path}[{index++}]"))
                {
                    yield return inner;
                }
            }
        }
    }

    [Fact]
    public async Task Health_ReportsCountsAndLastIngestion()
    {
        var health = await _app.GetJsonAsync("/api/health");
        var everything = await _app.SearchAsync("pageSize=1");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(everything.Total(), health.GetProperty("documents").GetInt32());
        Assert.True(health.GetProperty("lastIngestion").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(-1));
        Assert.Equal(0, health.GetProperty("failedFiles").GetInt32());
        Assert.True(health.GetProperty("hostsIngestion").GetBoolean());
        Assert.False(health.GetProperty("ingestion").GetProperty("running").GetBoolean());
        Assert.Equal(0, health.GetProperty("ingestion").GetProperty("waitingFiles").GetInt32());
        Assert.Equal(JsonValueKind.Null, health.GetProperty("problem").ValueKind);
        Assert.Equal(0, health.GetProperty("ocr").GetProperty("waiting").GetInt32());
    }

    [Fact]
    public async Task Health_WithoutOcrInstalled_SaysWhatToInstall()
    {
        using var root = new TempDirectory();
        using var noTools = new TempDirectory();
        Directory.CreateDirectory(root.Combine("inbox"));
        using var app = new ArchiveApp(root.Combine("inbox"), root.Combine("index"), new Dictionary<string, string?> { ["Archive:ToolSearchPath"] = noTools.Path });

        var ocr = (await app.GetJsonAsync("/api/health")).GetProperty("ocr");

        Assert.Equal(0, ocr.GetProperty("waiting").GetInt32());
        Assert.Contains("tesseract-ocr-dan", ocr.GetProperty("missing").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_TextSource_FindsDocumentsByWhereTheirTextCameFrom()
    {
        var everything = await _app.SearchAsync("pageSize=1");

        Assert.Equal(everything.Total(), (await _app.SearchAsync("q=textSource:file&pageSize=1")).Total());
        Assert.Equal(0, (await _app.SearchAsync("q=textSource:ocr&pageSize=1")).Total());
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
    public async Task OpenApi_TypesNumbersAsNumbers_NotAlsoAsStrings()
    {
        var document = await _app.GetJsonAsync("/openapi/v1.json");

        var mixed = SchemasIn(document).Where(schema => schema.Value.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Array
                && type.EnumerateArray().Any(kind => kind.GetString() is "integer" or "number")
                && type.EnumerateArray().Any(kind => kind.GetString() == "string"))
            .Select(schema => schema.Path)
            .ToList();
        Assert.Empty(mixed);
        var total = document.GetProperty("components").GetProperty("schemas").GetProperty("SearchResponse").GetProperty("properties").GetProperty("total");
        Assert.Equal("integer", total.GetProperty("type").GetString());
        Assert.False(total.TryGetProperty("pattern", out _), "an integer needs no pattern");
    }

    [Fact]
    public async Task Search_NumbersInTheQueryString_AreStillRead()
    {
        var results = await _app.SearchAsync("q=sideopdeling&page=2&pageSize=5");

        Assert.Equal(2, results.GetProperty("page").GetInt32());
        Assert.Equal(5, results.Hits().Count);
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
