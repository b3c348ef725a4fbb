using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Archive.Lucene;

namespace Archive.SearchApi.Tests;

/// <summary>
/// Every field of the metadata registry reaches every output: the document, the hit, the CSV export, the Atom feed
/// and the OpenAPI document. The values come from the registry, so a field added to it is covered here at once.
/// </summary>
public sealed class MetadataRegistryTests : IAsyncLifetime, IDisposable
{
    private const string Marker = "registreringsprøve";
    private readonly TempDirectory _folder = new();
    private ArchiveApp _app = null!;

    public async Task InitializeAsync()
    {
        var inbox = _folder.Combine("inbox");
        SampleArchive.Write(inbox, "alle-felter.txt", $"Et notat med et ord ingen andre har: {Marker}.", EveryMetadataField.Sidecar());
        File.SetLastWriteTimeUtc(Path.Combine(inbox, "alle-felter.txt"), DateTime.UtcNow.AddMinutes(-1));
        _app = new ArchiveApp(inbox, _folder.Combine("index"));
        await _app.ReadyAsync();
    }

    [Fact]
    public async Task Document_HasEveryField_WithItsValueAndProvenance()
    {
        var hit = Assert.Single((await _app.SearchAsync($"q={Marker}")).Hits());
        var document = await _app.GetJsonAsync($"/api/documents/{hit.GetProperty("id").GetString()}");

        foreach (var field in MetadataFields.All)
        {
            Assert.Equal(Expected(field), Values(document, field));
            Assert.Equal("sidecar", document.GetProperty("provenance").GetProperty(field.Name).GetString());
        }
    }

    [Fact]
    public async Task Hit_HasEveryField()
    {
        var hit = Assert.Single((await _app.SearchAsync($"q={Marker}")).Hits());

        foreach (var field in MetadataFields.All)
        {
            Assert.Equal(Expected(field), Values(hit, field));
        }
    }

    [Fact]
    public async Task Csv_HasAColumnForEveryField_WithItsValues()
    {
        var bytes = await _app.Client.GetByteArrayAsync(new Uri($"/api/search?q={Marker}&format=csv", UriKind.Relative));
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(';');
        var row = lines[1].Split(';');

        foreach (var field in MetadataFields.All)
        {
            var column = Array.IndexOf(header, field.Name);
            Assert.True(column >= 0, $"the CSV has no column '{field.Name}'");
            Assert.Equal(string.Join(", ", Expected(field)), row[column]);
        }
    }

    [Fact]
    public async Task Atom_HasEveryFacetValueAsACategory_AndTheDateAsPublished()
    {
        var feed = XDocument.Parse(await _app.Client.GetStringAsync(new Uri($"/api/search?q={Marker}&format=atom", UriKind.Relative)));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        var categories = entry.Elements(atom + "category").Select(category => category.Attribute("term")!.Value).ToList();

        foreach (var field in MetadataFields.Facets)
        {
            Assert.All(EveryMetadataField.ValuesOf(field), value => Assert.Contains(value, categories));
        }

        Assert.Equal(EveryMetadataField.ValuesOf(MetadataFields.Title)[0], entry.Element(atom + "title")!.Value);
        Assert.StartsWith(EveryMetadataField.Date, entry.Element(atom + "published")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesEveryField_OnHitsAndDocuments()
    {
        var openApi = await _app.GetJsonAsync("/openapi/v1.json");
        var schemas = openApi.GetProperty("components").GetProperty("schemas");

        foreach (var shape in new[] { "HitResponse", "DocumentResponse" })
        {
            var properties = schemas.GetProperty(shape).GetProperty("properties");
            Assert.All(MetadataFields.All, field => Assert.True(properties.TryGetProperty(field.Name, out _), $"{shape} does not describe '{field.Name}'"));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }

    /// <summary>What the JSON carries for a field: the date as yyyy-MM-dd, lists as lists.</summary>
    private static IReadOnlyList<string> Expected(MetadataField field) => EveryMetadataField.ValuesOf(field);

    private static IReadOnlyList<string> Values(JsonElement json, MetadataField field)
    {
        Assert.True(json.TryGetProperty(field.Name, out var value), $"no property '{field.Name}'");
        return value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(item => item.GetString()!)] : [value.GetString()!];
    }
}
