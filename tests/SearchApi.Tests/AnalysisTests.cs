using System.Text.Json;

namespace Archive.SearchApi.Tests;

/// <summary>Compound words, "did you mean" and GET /api/analyze over the sample archive.</summary>
public sealed class AnalysisTests(SampleArchiveFixture archive) : IClassFixture<SampleArchiveFixture>
{
    private readonly ArchiveApp _app = archive.App;

    [Fact]
    public async Task Search_PartOfACompound_FindsTheCompoundAndMarksIt()
    {
        // The Housing First statement says "misbrugsbehandling", never "behandling" alone.
        var results = await _app.SearchAsync("q=behandling+vestergaardmodellen");

        Assert.Equal(1, results.GetProperty("totalWithAllWords").GetInt32());
        var hit = results.Hits()[0];
        Assert.Contains("<mark>misbrugsbehandling</mark>", hit.GetProperty("snippets")[0].GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Misspelt_SearchesTheCorrectionAndSaysSo()
    {
        var results = await _app.SearchAsync("q=sideopdelning");

        Assert.True(results.Total() > 0);
        Assert.Equal("sideopdelning", results.GetProperty("correctedFrom").GetString());
        Assert.Equal("sideopdeling", results.GetProperty("query").GetString());
        Assert.Equal(JsonValueKind.Null, results.GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public async Task Search_MisspeltAsTyped_SuggestsAQueryThatFindsSomething()
    {
        var results = await _app.SearchAsync("q=sideopdelning&correct=false");
        var suggested = await _app.SearchAsync("q=" + Uri.EscapeDataString(results.GetProperty("suggestion").GetString()!));

        Assert.Equal(0, results.Total());
        Assert.Equal("sideopdeling", results.GetProperty("suggestion").GetString());
        Assert.True(suggested.Total() > 0);
        Assert.Equal(JsonValueKind.Null, suggested.GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public async Task Search_NothingCloseEnough_SuggestsNothing()
    {
        var results = await _app.SearchAsync("q=xqzwvj");

        Assert.Equal(0, results.Total());
        Assert.Equal(JsonValueKind.Null, results.GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public async Task Analyze_ShowsExactStemAndCompoundParts()
    {
        var analysis = await _app.GetJsonAsync("/api/analyze?text=" + Uri.EscapeDataString("Misbrugsbehandling og borgerne i Aarhus"));

        var words = analysis.GetProperty("words").EnumerateArray().ToList();
        Assert.Equal(["Misbrugsbehandling", "og", "borgerne", "i", "Aarhus"], words.Select(w => w.GetProperty("word").GetString()));
        Assert.Equal(["misbrug", "behandling"], words[0].GetProperty("parts").EnumerateArray().Select(p => p.GetString()));
        Assert.True(words[1].GetProperty("stopWord").GetBoolean());
        Assert.Equal(JsonValueKind.Null, words[1].GetProperty("stem").ValueKind);
        Assert.Equal("borgerne", words[2].GetProperty("exact").GetString());
        Assert.Equal("borg", words[2].GetProperty("stem").GetString());
        Assert.Equal("århus", words[4].GetProperty("stem").GetString());
        Assert.Equal(19, words[1].GetProperty("start").GetInt32());
    }

    [Theory]
    [InlineData("/api/analyze", "Give the text")]
    [InlineData("/api/analyze?text=%20", "Give the text")]
    public async Task Analyze_WithoutText_Is400(string url, string message)
    {
        var problem = await _app.GetProblemAsync(url, 400);

        Assert.Contains(message, problem.GetProperty("errors").GetProperty("text")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_TextTooLong_Is400NamingTheLimit()
    {
        var problem = await _app.GetProblemAsync("/api/analyze?text=" + new string('a', 10_001), 400);

        Assert.Contains("10000", problem.GetProperty("errors").GetProperty("text")[0].GetString(), StringComparison.Ordinal);
    }
}
