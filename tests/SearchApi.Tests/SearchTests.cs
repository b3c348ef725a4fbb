// Longer than most files here: the search contract point by point (syntax, filters, facets,
// sorting, paging, snippets), all over one shared sample archive.
using System.Text.Json;

namespace Archive.SearchApi.Tests;

public sealed class SearchTests(SampleArchiveFixture archive) : IClassFixture<SampleArchiveFixture>
{
    private readonly ArchiveApp _app = archive.App;

    [Fact]
    public async Task Search_ResponseShape_MatchesTheContract()
    {
        var results = await _app.SearchAsync("q=ledsagelse");

        foreach (var property in new[] { "total", "page", "pageSize", "tookMs", "sort", "hits", "facets" })
        {
            Assert.True(results.TryGetProperty(property, out _), $"no '{property}' in {results}");
        }

        var hit = Assert.Single(results.Hits());
        foreach (var property in new[] { "id", "title", "date", "council", "municipality", "type", "topics", "score", "snippets" })
        {
            Assert.True(hit.TryGetProperty(property, out _), $"no '{property}' in {hit}");
        }

        Assert.False(hit.TryGetProperty("pages", out _), "hits must not carry the full text");
        Assert.False(hit.TryGetProperty("text", out _), "hits must not carry the full text");
        Assert.Equal("Holbæk Kommune", hit.GetProperty("municipality").GetString());
        Assert.Equal("2019-03-04", hit.GetProperty("date").GetString());
        Assert.Equal(["Handicap"], hit.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        foreach (var field in new[] { "council", "municipality", "type", "topic", "year" })
        {
            Assert.Equal(JsonValueKind.Array, results.GetProperty("facets").GetProperty(field).ValueKind);
        }
    }

    [Fact]
    public async Task Search_Words_DocumentsHoldingEveryWordComeFirst_ThenThoseLackingOne()
    {
        var words = await _app.SearchAsync("q=housing+first+herberg");
        var strict = await _app.SearchAsync("q=housing+AND+first+AND+herberg");
        var either = await _app.SearchAsync("q=plejehjemsplads+OR+ledsagelse");

        // Two statements about herberg and Slagelse's guidelines, whose "natherberger" holds it.
        Assert.Equal(3, words.GetProperty("totalWithAllWords").GetInt32());
        var hits = words.Hits().ToList();
        Assert.All(hits.Take(3), hit => Assert.Empty(hit.GetProperty("missingWords").EnumerateArray()));
        Assert.DoesNotContain(words.Titles().Take(3), title => title.Contains("praksis", StringComparison.Ordinal));
        var practice = Assert.Single(hits, hit => hit.GetProperty("title").GetString()!.Contains("praksis", StringComparison.Ordinal));
        Assert.Equal(["herberg"], practice.GetProperty("missingWords").EnumerateArray().Select(word => word.GetString()));
        Assert.Equal(3, strict.Total());
        Assert.Equal(3, strict.GetProperty("totalWithAllWords").GetInt32());
        Assert.Equal(2, either.Total());
    }

    [Fact]
    public async Task Search_Exclusion_LeavesOutDocumentsWithTheWord()
    {
        var all = await _app.SearchAsync("q=vestergaardmodellen");
        var withoutHerberg = await _app.SearchAsync("q=vestergaardmodellen+-herberg");
        var onlyExclusion = await _app.SearchAsync("q=-sideopdeling&pageSize=1");
        var everything = await _app.SearchAsync("pageSize=1");

        Assert.Equal(3, all.Total());
        Assert.Equal("Housing First i praksis", Assert.Single(withoutHerberg.Titles()));
        Assert.Equal(everything.Total() - SampleArchive.PagingDocuments, onlyExclusion.Total());
    }

    [Fact]
    public async Task Search_Phrase_MatchesTheWordsInOrderOnly()
    {
        var phrase = await _app.SearchAsync("q=%22egen+bolig%22+vestergaardmodellen");
        var reversed = await _app.SearchAsync("q=%22bolig+egen%22+vestergaardmodellen");

        Assert.Equal(3, phrase.Total());
        Assert.Equal(0, reversed.Total());
    }

    [Theory]
    [InlineData("council:%C3%86ldrer%C3%A5det", 1)]
    [InlineData("council:%22%C3%A6ldrer%C3%A5det%22", 1)]
    [InlineData("municipality:holb%C3%A6k", 2)]
    [InlineData("municipality:odense+housing", 2)]
    [InlineData("type:h%C3%B8ringssvar+herberg", 2)]
    [InlineData("topic:%C3%A6ldre", 1)]
    [InlineData("title:ledsagelse", 1)]
    [InlineData("year:2019+ledsagelse", 1)]
    public async Task Search_FieldValue_SearchesThatField(string query, int expected)
    {
        var results = await _app.SearchAsync("q=" + query);

        Assert.Equal(expected, results.Total());
    }

    [Fact]
    public async Task Search_TitleBudget_TheWebPagesOwnExample_FindsTheBudgetPaper()
    {
        var results = await _app.SearchAsync("q=title:budget");

        Assert.Contains(results.Hits(), hit => hit.GetProperty("title").GetString() == "Kommunernes budgetter for udsatteområdet");
    }

    [Fact]
    public async Task Search_MunicipalityNameAmongWords_FindsDocumentsFromIt()
    {
        // The text of the note never names Holbæk: only its metadata does.
        var results = await _app.SearchAsync("q=holb%C3%A6k+ledsagelse");

        Assert.Equal(1, results.GetProperty("totalWithAllWords").GetInt32());
        Assert.Equal("Notat om ledsagelse; \"særlige\" ordninger", results.Titles()[0]);
    }

    [Fact]
    public async Task Search_CouncilNameAmongWords_FindsDocumentsFromIt()
    {
        var results = await _app.SearchAsync("q=%C3%A6ldrer%C3%A5det+madordningen");

        Assert.Equal(1, results.Total());
    }

    [Theory]
    [InlineData("ledsag*", 1)]
    [InlineData("sideopdel*", SampleArchive.PagingDocuments)]
    [InlineData("plejehjemspl*", 1)]
    [InlineData("ledsagelsesordningn~", 1)]
    [InlineData("plejehjemsplas~1", 1)]
    public async Task Search_PrefixAndFuzzy_Match(string query, int expected)
    {
        var results = await _app.SearchAsync("q=" + query + "&pageSize=1");

        Assert.Equal(expected, results.Total());
    }

    [Fact]
    public async Task Search_SlashesAndClockTimes_AreReadAsText()
    {
        var caseNumber = await _app.SearchAsync("q=18%2F924");
        var clock = await _app.SearchAsync("q=kl.+16%3A00");

        Assert.True(caseNumber.Total() >= 0);
        Assert.True(clock.Total() >= 0);
    }

    [Fact]
    public async Task Search_StopWordsOnly_FindsNothingWithoutError()
    {
        var results = await _app.SearchAsync("q=og+det");

        Assert.Equal(0, results.Total());
    }

    [Fact]
    public async Task Snippets_MarkTheMatches_EscapeTheText_AndGiveThePage()
    {
        var herberg = Assert.Single((await _app.SearchAsync("q=script+advarer")).Hits());
        var secondPage = Assert.Single((await _app.SearchAsync("q=plejehjemsplads")).Hits());

        var html = Assert.Single(herberg.GetProperty("snippets").EnumerateArray()).GetProperty("html").GetString()!;
        Assert.Contains("<mark>advarer</mark>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;<mark>script</mark>&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        var snippet = Assert.Single(secondPage.GetProperty("snippets").EnumerateArray());
        Assert.Equal(2, snippet.GetProperty("page").GetInt32());
        Assert.Contains("<mark>plejehjemsplads</mark>", snippet.GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snippets_MarkInflectedForms()
    {
        var hit = (await _app.SearchAsync("q=borger+ledsagelse")).Hits()[0];

        var html = hit.GetProperty("snippets")[0].GetProperty("html").GetString()!;
        Assert.Contains("<mark>Borgere</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snippets_AtMostThreePerHit()
    {
        var results = await _app.SearchAsync("q=udsatte&pageSize=100");

        Assert.All(results.Hits(), hit => Assert.InRange(hit.GetProperty("snippets").GetArrayLength(), 1, 3));
    }

    [Fact]
    public async Task Snippets_PdfHit_CitesThePageTheWordIsOn()
    {
        // A word that the 4-page Slagelse PDF has on its last page only.
        var all = await _app.SearchAsync("pageSize=100");
        var id = all.Hits().Single(hit => hit.GetProperty("fileName").GetString() == "politiske-pejlemaerker-2019.pdf").GetProperty("id").GetString();
        var document = await _app.GetJsonAsync($"/api/documents/{id}");
        var pages = document.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("text").GetString()!).ToList();
        // Checked by its first six letters, so that no inflected form of it is on an earlier page either.
        var lastPageWord = pages[^1].Split([' ', '\n', ',', '.', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .First(word => word.Length > 7 && word.All(char.IsLetter) && pages.Take(pages.Count - 1).All(page => !page.Contains(word[..6], StringComparison.OrdinalIgnoreCase)));

        var results = await _app.SearchAsync($"q={Uri.EscapeDataString(lastPageWord)}");

        var hit = results.Hits().Single(hit => hit.GetProperty("id").GetString() == id);
        Assert.Equal(4, pages.Count);
        Assert.NotEmpty(hit.GetProperty("snippets").EnumerateArray());
        Assert.All(hit.GetProperty("snippets").EnumerateArray(), snippet => Assert.Equal(4, snippet.GetProperty("page").GetInt32()));
    }

    [Fact]
    public async Task Filters_AndAcrossFields_OrWithinOne()
    {
        var holbaek = await _app.SearchAsync("municipality=Holb%C3%A6k+Kommune");
        var holbaekOrOdense = await _app.SearchAsync("municipality=Holb%C3%A6k+Kommune&municipality=Odense+Kommune");
        var odenseHearings = await _app.SearchAsync("municipality=Odense+Kommune&type=H%C3%B8ringssvar");

        Assert.Equal(2, holbaek.Total());
        Assert.Equal(4, holbaekOrOdense.Total());
        Assert.Equal("Høringssvar om herberg og Housing First", Assert.Single(odenseHearings.Titles()));
    }

    [Theory]
    [InlineData("Slagelse", "Slagelse Kommune")]
    [InlineData("slagelse", "Slagelse Kommune")]
    [InlineData("SLAGELSE KOMMUNE", "Slagelse Kommune")]
    [InlineData("%C3%85rhus", "Aarhus Kommune")]
    [InlineData("aarhus+kommune", "Aarhus Kommune")]
    [InlineData("Holbaek", "Holbæk Kommune")]
    [InlineData("holb%C3%A6k", "Holbæk Kommune")]
    [InlineData("K%C3%B8benhavn", "Københavns Kommune")]
    [InlineData("+Odense+", "Odense Kommune")]
    public async Task Filters_MunicipalityAsPeopleWriteIt_FindsItsDocuments(string typed, string canonical)
    {
        var asTyped = await _app.SearchAsync($"municipality={typed}");
        var asStored = await _app.SearchAsync($"municipality={Uri.EscapeDataString(canonical)}");

        Assert.True(asStored.Total() > 0, $"the sample archive has no document from {canonical}");
        Assert.Equal(asStored.Total(), asTyped.Total());
        Assert.Equal(asStored.Titles().Order(StringComparer.Ordinal), asTyped.Titles().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Filters_MunicipalityTwiceInTwoSpellings_CountsItsDocumentsOnce()
    {
        var twice = await _app.SearchAsync("municipality=Slagelse&municipality=Slagelse+Kommune");
        var once = await _app.SearchAsync("municipality=Slagelse+Kommune");

        Assert.Equal(once.Total(), twice.Total());
    }

    [Fact]
    public async Task Filters_UnknownMunicipality_FindsNothingAndIsNoError()
    {
        var results = await _app.SearchAsync("municipality=Atlantis");

        Assert.Equal(0, results.Total());
    }

    [Fact]
    public async Task Filters_IgnoreCase()
    {
        var results = await _app.SearchAsync("municipality=holb%C3%A6k+kommune&council=%C3%A6ldrer%C3%A5det");

        Assert.Equal(1, results.Total());
    }

    [Fact]
    public async Task Facets_CountTheMatches_AndIgnoreTheirOwnFieldsFilter()
    {
        var all = await _app.SearchAsync("q=vestergaardmodellen");
        var odense = await _app.SearchAsync("q=vestergaardmodellen&municipality=Odense+Kommune");

        Assert.Equal(2, all.FacetCount("municipality", "Odense Kommune"));
        Assert.Equal(1, all.FacetCount("municipality", "Aarhus Kommune"));
        Assert.Equal(2, all.FacetCount("type", "Høringssvar"));
        Assert.Equal(2, odense.Total());

        // Other municipalities stay visible with their counts, so the searcher can add them...
        Assert.Equal(1, odense.FacetCount("municipality", "Aarhus Kommune"));
        Assert.Equal(2, odense.FacetCount("municipality", "Odense Kommune"));

        // ...while the other fields count only what the filter leaves.
        Assert.Equal(1, odense.FacetCount("type", "Høringssvar"));
        Assert.Equal(1, odense.FacetCount("type", "Andet"));
        Assert.Equal(1, odense.FacetCount("year", "2015"));
        Assert.Equal(0, odense.FacetCount("year", "2018"));
    }

    [Fact]
    public async Task Facets_MostFrequentFirst()
    {
        var results = await _app.SearchAsync("q=sideopdeling+OR+ledsagelse");

        var municipalities = results.GetProperty("facets").GetProperty("municipality").EnumerateArray().ToList();
        Assert.Equal("Faxe Kommune", municipalities[0].GetProperty("value").GetString());
        Assert.Equal(SampleArchive.PagingDocuments, municipalities[0].GetProperty("count").GetInt32());
        Assert.Equal(municipalities.Select(m => m.GetProperty("count").GetInt32()).OrderDescending(), municipalities.Select(m => m.GetProperty("count").GetInt32()));
    }

    [Theory]
    [InlineData("from=2010&to=2012", 3)]
    [InlineData("from=2010-01-01&to=2012-12-31", 3)]
    [InlineData("from=2030-05", 1)]
    [InlineData("from=2030-06", 0)]
    [InlineData("from=2030-05&to=2030-05", 1)]
    [InlineData("to=2000-12", 0)]
    [InlineData("from=2001-05-01&to=2001-05-01", 1)]
    [InlineData("from=2001-05-02&to=2002-04-30", 0)]
    public async Task DateRange_KeepsDocumentsDatedInside(string range, int expected)
    {
        var results = await _app.SearchAsync("q=sideopdeling&" + range);

        Assert.Equal(expected, results.Total());
    }

    [Fact]
    public async Task DateRange_LeavesOutUndatedDocuments()
    {
        var any = await _app.SearchAsync("q=vestergaardmodellen");
        var dated = await _app.SearchAsync("q=vestergaardmodellen&from=1990");

        Assert.Equal(any.Total() - 1, dated.Total());
    }

    [Fact]
    public async Task Sort_NewestAndOldest_OrderByDate_UndatedLast()
    {
        var newest = await _app.SearchAsync("q=vestergaardmodellen&sort=newest");
        var oldest = await _app.SearchAsync("q=vestergaardmodellen&sort=oldest");

        Assert.Equal(["2018-01-10", "2015-09-15", null], newest.Hits().Select(h => h.GetProperty("date").GetString()));
        Assert.Equal(["2015-09-15", "2018-01-10", null], oldest.Hits().Select(h => h.GetProperty("date").GetString()));
        Assert.Equal("newest", newest.GetProperty("sort").GetString());
    }

    [Fact]
    public async Task Sort_DefaultsToRelevanceWithAQuery_AndNewestWithout()
    {
        var withQuery = await _app.SearchAsync("q=sideopdeling");
        var without = await _app.SearchAsync("municipality=Faxe+Kommune");

        Assert.Equal("relevance", withQuery.GetProperty("sort").GetString());
        Assert.Equal("newest", without.GetProperty("sort").GetString());
        Assert.Equal("2030-05-01", without.Hits()[0].GetProperty("date").GetString());
    }

    [Fact]
    public async Task Paging_WalksThroughAllResultsOnce()
    {
        var seen = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            var results = await _app.SearchAsync($"q=sideopdeling&sort=oldest&pageSize=8&page={page}");
            Assert.Equal(SampleArchive.PagingDocuments, results.Total());
            Assert.Equal(page, results.GetProperty("page").GetInt32());
            Assert.Equal(8, results.GetProperty("pageSize").GetInt32());
            seen.AddRange(results.Hits().Select(hit => hit.GetProperty("date").GetString()!));
        }

        Assert.Equal(SampleArchive.PagingDocuments, seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Equal(seen.Distinct(), seen);
    }

    [Fact]
    public async Task Paging_PastTheEnd_GivesAnEmptyPage()
    {
        var results = await _app.SearchAsync("q=sideopdeling&page=5&pageSize=10");

        Assert.Equal(SampleArchive.PagingDocuments, results.Total());
        Assert.Empty(results.Hits());
    }

    [Fact]
    public async Task Facets_Endpoint_CountsTheWholeArchive()
    {
        var facets = await _app.GetJsonAsync("/api/facets");
        var everything = await _app.SearchAsync("pageSize=1");

        Assert.Equal(SampleArchive.PagingDocuments, facets.GetProperty("municipality").EnumerateArray()
            .Single(entry => entry.GetProperty("value").GetString() == "Faxe Kommune").GetProperty("count").GetInt32());
        Assert.Equal(everything.GetProperty("facets").GetProperty("year").ToString(), facets.GetProperty("year").ToString());
    }
}
