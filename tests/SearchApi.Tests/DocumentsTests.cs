using System.Text.Json;

namespace Archive.SearchApi.Tests;

public sealed class DocumentsTests(SampleArchiveFixture archive) : IClassFixture<SampleArchiveFixture>
{
    private readonly ArchiveApp _app = archive.App;

    [Fact]
    public async Task Document_HasMetadataProvenanceAndPages()
    {
        var id = await IdOfAsync("plejehjemsplads");

        var document = await _app.GetJsonAsync($"/api/documents/{id}");

        Assert.Equal(id, document.GetProperty("id").GetString());
        Assert.Equal("Ældrerådet", document.GetProperty("council").GetString());
        Assert.Equal("2021-06-01", document.GetProperty("date").GetString());
        Assert.Equal("day", document.GetProperty("datePrecision").GetString());
        Assert.Equal(2, document.GetProperty("pageCount").GetInt32());
        var pages = document.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal([1, 2], pages.Select(page => page.GetProperty("page").GetInt32()));
        Assert.Contains("plejehjemsplads", pages[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        var provenance = document.GetProperty("provenance");
        Assert.Equal("sidecar", provenance.GetProperty("council").GetString());
        Assert.Equal("sidecar", provenance.GetProperty("date").GetString());
        Assert.True(provenance.TryGetProperty("title", out _));
        Assert.Equal(["referat-aeldreraad.txt"], document.GetProperty("fileNames").EnumerateArray().Select(name => name.GetString()));
        Assert.DoesNotContain(_app.Inbox, document.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("holbaek/", document.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_WithQuery_MarksTheMatchesOfEachPage_BySearchAnalysis()
    {
        var id = await IdOfAsync("plejehjemsplads");

        var document = await _app.GetJsonAsync($"/api/documents/{id}?q=anbefaling+OR+v%C3%A6rdighed");

        var pages = document.GetProperty("pages").EnumerateArray().ToList();
        Assert.Contains("<mark>værdighed</mark>", pages[0].GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", pages[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        var second = pages[1].GetProperty("html").GetString();
        Assert.Contains("<mark>anbefalinger</mark>", second, StringComparison.Ordinal);
        Assert.Equal(pages[1].GetProperty("text").GetString(), second!.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Document_WithQuery_EscapesTheText_AndLeavesOutExcludedWords()
    {
        var id = await IdOfAsync("advarer+municipality:odense");

        var document = await _app.GetJsonAsync($"/api/documents/{id}?q=advarer+-herberg");

        var html = Assert.Single(document.GetProperty("pages").EnumerateArray()).GetProperty("html").GetString();
        Assert.Contains("<mark>advarer</mark> mod &lt;script&gt;alert(1)&lt;/script&gt; &amp; lignende", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>herberg</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_WithQuery_MarksCompoundsHoldingTheWord()
    {
        var id = await IdOfAsync("vestergaardmodellen+municipality:aarhus");

        var document = await _app.GetJsonAsync($"/api/documents/{id}?q=misbrug");

        var html = Assert.Single(document.GetProperty("pages").EnumerateArray()).GetProperty("html").GetString();
        Assert.Contains("<mark>misbrugsbehandling</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_WithoutQuery_HasNoHtml()
    {
        var id = await IdOfAsync("plejehjemsplads");

        var document = await _app.GetJsonAsync($"/api/documents/{id}");

        Assert.All(document.GetProperty("pages").EnumerateArray(), page => Assert.False(page.TryGetProperty("html", out _)));
    }

    [Fact]
    public async Task Document_WithQueryOverAThousandCharacters_Is400LikeSearch()
    {
        var id = await IdOfAsync("plejehjemsplads");

        var problem = await _app.GetProblemAsync($"/api/documents/{id}?q=" + new string('a', 1001), 400);
        var search = await _app.GetProblemAsync("/api/search?q=" + new string('a', 1001), 400);

        Assert.Contains("1000", problem.GetProperty("errors").GetProperty("q")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(search.GetProperty("errors").GetProperty("q")[0].GetString(), problem.GetProperty("errors").GetProperty("q")[0].GetString());
    }

    [Fact]
    public async Task Document_WithMalformedQuery_Is400SayingWhatIsWrong()
    {
        var id = await IdOfAsync("plejehjemsplads");

        var problem = await _app.GetProblemAsync($"/api/documents/{id}?q=%22unclosed", 400);

        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Theory]
    [InlineData("0000000000000000")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    public async Task Document_Unknown_Is404Problem(string id)
    {
        var problem = await _app.GetProblemAsync($"/api/documents/{id}", 404);
        await _app.GetProblemAsync($"/api/documents/{id}/file", 404);
        await _app.GetProblemAsync($"/api/documents/{id}/similar", 404);

        Assert.Equal("No such document", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("politiske-pejlemaerker-2019.pdf", "application/pdf")]
    [InlineData("henvendelse-backstage-2017.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("udsatteraadets-kommentarer-bif-sof-rapporten-2022.txt", "text/plain")]
    public async Task File_IsTheOriginalBytes_WithContentTypeAndName(string fileName, string contentType)
    {
        var all = await _app.SearchAsync("pageSize=100");
        var id = all.Hits().Single(hit => hit.GetProperty("fileName").GetString() == fileName).GetProperty("id").GetString();
        var original = Directory.EnumerateFiles(_app.Inbox, fileName, SearchOption.AllDirectories).Single();

        using var response = await _app.Client.GetAsync(new Uri($"/api/documents/{id}/file", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(await File.ReadAllBytesAsync(original), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task File_Head_AnswersLikeGetWithoutTheBody()
    {
        var all = await _app.SearchAsync("pageSize=100");
        var id = all.Hits().Single(hit => hit.GetProperty("fileName").GetString() == "politiske-pejlemaerker-2019.pdf").GetProperty("id").GetString();
        var uri = new Uri($"/api/documents/{id}/file", UriKind.Relative);
        using var get = await _app.Client.GetAsync(uri);

        using var head = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, uri));

        Assert.Equal(System.Net.HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("application/pdf", head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Content.Headers.ContentDisposition?.ToString(), head.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal("bytes", Assert.Single(head.Headers.AcceptRanges));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task File_HeadForAnUnknownDocument_Is404()
    {
        using var head = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/api/documents/no-such-document/file", UriKind.Relative)));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task Similar_ExcludesTheDocumentItself_AndKeepsTheHitShape()
    {
        var id = await IdOfAsync("vestergaardmodellen+municipality:aarhus");

        var similar = await _app.GetJsonAsync($"/api/documents/{id}/similar?size=5");

        Assert.Equal(id, similar.GetProperty("id").GetString());
        Assert.InRange(similar.Hits().Count, 1, 5);
        Assert.DoesNotContain(similar.Hits(), hit => hit.GetProperty("id").GetString() == id);
        Assert.Equal("Høringssvar om herberg og Housing First", similar.Titles()[0]);
        foreach (var property in new[] { "id", "title", "date", "council", "municipality", "type", "topics", "score", "snippets" })
        {
            Assert.True(similar.Hits()[0].TryGetProperty(property, out _), property);
        }
    }

    [Fact]
    public async Task Similar_OtherMunicipalities_LeavesOutTheDocumentsOwn()
    {
        var id = await IdOfAsync("vestergaardmodellen+herberg+municipality:odense");

        var all = await _app.GetJsonAsync($"/api/documents/{id}/similar");
        var others = await _app.GetJsonAsync($"/api/documents/{id}/similar?otherMunicipalities=true");

        Assert.Contains(all.Hits(), hit => hit.GetProperty("municipality").GetString() == "Odense Kommune");
        Assert.NotEmpty(others.Hits());
        Assert.DoesNotContain(others.Hits(), hit => hit.GetProperty("municipality").GetString() == "Odense Kommune");
        Assert.Equal("=Housing First i Aarhus", others.Titles()[0]);
    }

    [Theory]
    [InlineData("size=0", "size")]
    [InlineData("size=51", "size")]
    [InlineData("size=abc", "size")]
    [InlineData("otherMunicipalities=maybe", "otherMunicipalities")]
    public async Task Similar_BadParameters_Are400(string parameters, string name)
    {
        var id = await IdOfAsync("plejehjemsplads");

        var problem = await _app.GetProblemAsync($"/api/documents/{id}/similar?{parameters}", 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(name, out _), problem.ToString());
    }

    [Fact]
    public async Task File_DeletedFromTheInbox_Is404Problem()
    {
        // A copy that only this test uses, so the shared archive stays whole.
        SampleArchive.Write(_app.Inbox, "slettes/kortvarig.txt", "Et kortvarigt dokument om snerydning og vintertjeneste.");
        var id = await WaitForAsync("snerydning");
        File.Delete(Path.Combine(_app.Inbox, "slettes", "kortvarig.txt"));

        using var response = await _app.Client.GetAsync(new Uri($"/api/documents/{id}/file", UriKind.Relative));

        Assert.True((int)response.StatusCode is 404, $"answered {(int)response.StatusCode}");
    }

    private async Task<string> IdOfAsync(string query)
    {
        var results = await _app.SearchAsync("q=" + query);
        return Assert.Single(results.Hits()).GetProperty("id").GetString()!;
    }

    private async Task<string> WaitForAsync(string query)
    {
        Assert.True(
            await Eventually.WaitUntilAsync(async () => (await _app.SearchAsync("q=" + query)).Total() == 1, TimeSpan.FromSeconds(10)),
            $"'{query}' was not found within 10 s");
        return await IdOfAsync(query);
    }
}
