using System.Text.Json;

namespace Archive.SearchApi.Tests;

/// <summary>Search over real council pages (150 documents of ../shared/corpus-dk) beside the sample archive.</summary>
public sealed class CouncilCorpusSearchTests(CouncilCorpusFixture archive) : IClassFixture<CouncilCorpusFixture>
{
    private readonly ArchiveApp _app = archive.App;

    [SharedFact]
    public async Task Search_FindsDanishInflections()
    {
        var borger = await _app.SearchAsync("q=borger&pageSize=1");
        var borgerne = await _app.SearchAsync("q=borgerne&pageSize=1");

        Assert.True(borger.Total() > 30, $"only {borger.Total()} documents mention borger");
        Assert.Equal(borger.Total(), borgerne.Total());
    }

    [SharedFact]
    public async Task Search_AarhusAndÅrhus_AreOneWord()
    {
        var aarhus = await _app.SearchAsync("q=aarhus&pageSize=1");
        var århus = await _app.SearchAsync("q=%C3%A5rhus&pageSize=1");

        Assert.True(aarhus.Total() > 0);
        Assert.Equal(aarhus.Total(), århus.Total());
    }

    [SharedFact]
    public async Task Search_EveryHitHasMarkedSnippets()
    {
        // A word no council, municipality, type or topic name holds, so every hit matches it in the text.
        var results = await _app.SearchAsync("q=borgere&pageSize=50");

        Assert.True(results.Total() > 3, $"only {results.Total()} hits");
        Assert.All(results.Hits(), hit => Assert.Contains(
            hit.GetProperty("snippets").EnumerateArray(),
            snippet => snippet.GetProperty("html").GetString()!.Contains("<mark>", StringComparison.Ordinal)));
    }

    [SharedFact]
    public async Task Similar_FromOtherMunicipalities_FindsRelatedCouncilTexts()
    {
        var hearing = (await _app.SearchAsync("q=vestergaardmodellen+herberg+municipality:odense")).Hits()[0];
        var id = hearing.GetProperty("id").GetString();

        var similar = await _app.GetJsonAsync($"/api/documents/{id}/similar?size=10&otherMunicipalities=true");

        Assert.NotEmpty(similar.Hits());
        Assert.All(similar.Hits(), hit => Assert.NotEqual("Odense Kommune", hit.GetProperty("municipality").GetString()));
        Assert.Contains(similar.Hits(), hit => hit.GetProperty("title").GetString() == "=Housing First i Aarhus");
    }

    [SharedFact]
    public async Task Facets_CountEveryDocumentOnce()
    {
        var everything = await _app.SearchAsync("pageSize=1");
        var types = everything.GetProperty("facets").GetProperty("type").EnumerateArray().Sum(entry => entry.GetProperty("count").GetInt32());

        Assert.True(everything.Total() >= SampleArchive.CorpusDkDocuments);
        Assert.True(types <= everything.Total());
    }

    [SharedFact]
    public async Task Facets_UnderTwoFilters_EachFilteredFieldIgnoresOnlyItsOwnFilter()
    {
        var everything = await _app.SearchAsync("q=borgere&pageSize=1");
        var municipality = TopValue(everything, "municipality");
        var type = TopValue(everything, "type");
        var byMunicipality = "&municipality=" + Uri.EscapeDataString(municipality);
        var byType = "&type=" + Uri.EscapeDataString(type);

        var both = await _app.SearchAsync("q=borgere&pageSize=1" + byMunicipality + byType);
        var municipalityOnly = await _app.SearchAsync("q=borgere&pageSize=1" + byMunicipality);
        var typeOnly = await _app.SearchAsync("q=borgere&pageSize=1" + byType);

        Assert.True(both.Total() > 0 && both.Total() < typeOnly.Total() && both.Total() < municipalityOnly.Total(), $"{both.Total()} hits under both filters");

        // The municipality field counts as if only the type filter were set, and the other way round; the fields
        // without a filter count the hits.
        Assert.Equal(Facet(typeOnly, "municipality"), Facet(both, "municipality"));
        Assert.Equal(Facet(municipalityOnly, "type"), Facet(both, "type"));
        var filteredAgain = await _app.SearchAsync($"q=borgere&pageSize=1{byMunicipality}{byType}&council=" + Uri.EscapeDataString(TopValue(both, "council")));
        Assert.Equal(Facet(both, "council"), Facet(filteredAgain, "council"));
    }

    private static string TopValue(JsonElement results, string field) =>
        results.GetProperty("facets").GetProperty(field).EnumerateArray().First().GetProperty("value").GetString()!;

    private static string Facet(JsonElement results, string field) => results.GetProperty("facets").GetProperty(field).ToString();
}
