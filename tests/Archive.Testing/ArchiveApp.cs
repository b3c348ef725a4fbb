using System.Net.Http.Json;
using System.Text.Json;
using Archive.SearchApi.Index;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Testing;

/// <summary>
/// The real API (Program) over a real inbox and index in a temporary folder, ingesting as in production.
/// </summary>
public sealed class ArchiveApp : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    public ArchiveApp(string inbox, string index, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Inbox = inbox;
        IndexPath = index;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Archive:InboxPath", inbox);
            builder.UseSetting("Archive:IndexPath", index);
            builder.UseSetting("Archive:StabilityDelay", "00:00:00.200");
            builder.UseSetting("Archive:SearchRefreshInterval", "00:00:00.100");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }
        });
        Client = _factory.CreateClient();
    }

    public string Inbox { get; }

    public string IndexPath { get; }

    public HttpClient Client { get; }

    public ArchiveIndex Index => _factory.Services.GetRequiredService<ArchiveIndex>();

    /// <summary>Waits until the start-up scan is ingested and visible to searches.</summary>
    public async Task ReadyAsync()
    {
        await _factory.Services.GetRequiredService<IngestionHost>().InitialScanCompleted.WaitAsync(TimeSpan.FromMinutes(3));
        Index.Refresh();
    }

    public async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asks for <paramref name="url"/> and expects a problem+json answer with <paramref name="status"/>.</summary>
    public async Task<JsonElement> GetProblemAsync(string url, int status)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{url} answered {(int)response.StatusCode}, not {status}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<JsonElement> SearchAsync(string query) => await GetJsonAsync("/api/search?" + query);

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}

public static class JsonElementExtensions
{
    public static IReadOnlyList<JsonElement> Hits(this JsonElement results) => [.. results.GetProperty("hits").EnumerateArray()];

    public static IReadOnlyList<string> Titles(this JsonElement results) =>
        [.. results.Hits().Select(hit => hit.GetProperty("title").GetString() ?? string.Empty)];

    public static int Total(this JsonElement results) => results.GetProperty("total").GetInt32();

    public static int FacetCount(this JsonElement results, string field, string value) =>
        results.GetProperty("facets").GetProperty(field).EnumerateArray()
            .Where(entry => entry.GetProperty("value").GetString() == value)
            .Select(entry => entry.GetProperty("count").GetInt32())
            .SingleOrDefault();
}
