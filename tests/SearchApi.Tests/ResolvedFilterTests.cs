namespace Archive.SearchApi.Tests;

/// <summary>A search answer names its filters as the archive read them, so a page can show what was searched.</summary>
public sealed class ResolvedFilterTests(SampleArchiveFixture archive) : IClassFixture<SampleArchiveFixture>
{
    private readonly ArchiveApp _app = archive.App;

    [Fact]
    public async Task Search_FiltersAsTyped_EchoesTheStoredValues()
    {
        var results = await _app.SearchAsync("municipality=holbaek&council=handicapr%C3%A5det&type=NOTAT&year=2019");
        var filters = results.GetProperty("filters");

        Assert.Equal(1, results.Total());
        Assert.Equal(["Holbæk Kommune"], Values(filters, "municipality"));
        Assert.Equal(["Handicaprådet"], Values(filters, "council"));
        Assert.Equal(["Notat"], Values(filters, "type"));
        Assert.Equal(["2019"], Values(filters, "year"));
        Assert.Empty(Values(filters, "topic"));
    }

    [Fact]
    public async Task Search_UnknownFilterValue_EchoedAsGiven()
    {
        var filters = (await _app.SearchAsync("municipality=Atlantis")).GetProperty("filters");

        Assert.Equal(["Atlantis"], Values(filters, "municipality"));
    }

    private static string[] Values(System.Text.Json.JsonElement filters, string field) =>
        [.. filters.GetProperty(field).EnumerateArray().Select(value => value.GetString()!)];
}
