using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archive.SearchApi.Tests;

/// <summary>
/// Compounds and sections of a law through the API, over the bundled corpus: a part never stands in for the whole
/// word it came from, and "§ 18" is one unit.
/// </summary>
public sealed partial class CompoundSearchTests(SampleArchiveFixture archive) : IClassFixture<SampleArchiveFixture>
{
    private readonly ArchiveApp _app = archive.App;

    [Fact]
    public async Task Search_Herberg_FindsTheNightShelterOfTheSlagelseGuidelines_AndMarksIt()
    {
        var results = await _app.SearchAsync("q=herberg&pageSize=50");

        var guidelines = Assert.Single(results.Hits(), hit => hit.GetProperty("fileName").GetString() == "politiske-pejlemaerker-2019.pdf");
        Assert.Contains("natherberger", Marked(guidelines));
    }

    [Fact]
    public async Task Search_Section_FindsOnlyTheSection_NotTheNumberAlone()
    {
        // In quotes, so the section is searched alone: typed plainly, § 18 also finds "frivilligt socialt arbejde" and
        // § 85 "bostøtte", their synonyms.
        var eighteen = await _app.SearchAsync("q=%22%C2%A7+18%22");
        var eightyFive = await _app.SearchAsync("q=%22%C2%A7+85%22");

        Assert.Equal(0, eighteen.Total());
        var guidelines = Assert.Single(eightyFive.Hits());
        Assert.Equal("politiske-pejlemaerker-2019.pdf", guidelines.GetProperty("fileName").GetString());
        Assert.Contains("§ 85", Marked(guidelines));
    }

    [Fact]
    public async Task Search_SectionTypedPlainly_AlsoFindsDocumentsUsingItsSynonym()
    {
        var results = await _app.SearchAsync("q=%C2%A7+85");

        var names = results.Hits().Select(hit => hit.GetProperty("fileName").GetString()).ToList();
        Assert.Contains("politiske-pejlemaerker-2019.pdf", names);
        Assert.Contains("hoeringssvar-herberg.txt", names);

        // A synonym stands for the word: a document using it lacks nothing.
        Assert.All(results.Hits(), hit => Assert.Empty(hit.GetProperty("missingWords").EnumerateArray()));
    }

    [Fact]
    public async Task Search_Kontanthjælp_MarksOnlyTheWordAndWhatItIsPartOf()
    {
        var results = await _app.SearchAsync("q=kontanthj%C3%A6lp");

        var marks = results.Hits().SelectMany(Marked).ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.Contains("kontanthjælp", mark, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Similar_Snippets_MarkNothing()
    {
        var id = (await _app.SearchAsync("q=natherberger")).Hits()[0].GetProperty("id").GetString();

        var similar = await _app.GetJsonAsync($"/api/documents/{id}/similar?size=10");

        Assert.NotEmpty(similar.Hits());
        Assert.All(similar.Hits(), hit => Assert.Empty(Marked(hit)));
    }

    private static List<string> Marked(JsonElement hit) =>
        [.. hit.GetProperty("snippets").EnumerateArray().SelectMany(snippet => Mark().Matches(snippet.GetProperty("html").GetString()!).Select(match => match.Groups[1].Value))];

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex Mark();
}
