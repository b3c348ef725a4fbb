using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Archive.SearchApi.Tests;

/// <summary>
/// What an attacker or a careless operator tries: files served through symbolic links, uploads through them or over
/// each other, queries that expand without end, values that overflow. Each gets a clear 4xx; nothing leaves the inbox.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime, IDisposable
{
    private const string Key = "prøvenøgle";
    private const string Secret = "hemmeligtkodeord";
    private readonly TempDirectory _folder = new();
    private ArchiveApp _app = null!;

    private string Outside => _folder.Combine("udenfor");

    public async Task InitializeAsync()
    {
        var inbox = _folder.Combine("inbox");
        SampleArchive.Write(inbox, "notat.txt", "Notat om ledsagelse og egen bolig til hjemløse.");
        File.SetLastWriteTimeUtc(Path.Combine(inbox, "notat.txt"), DateTime.UtcNow.AddMinutes(-1));
        Directory.CreateDirectory(Outside);
        await File.WriteAllTextAsync(Path.Combine(Outside, "shadow"), $"root:{Secret}:19000");
        _app = new ArchiveApp(inbox, _folder.Combine("index"), new Dictionary<string, string?> { ["Archive:ApiKey"] = Key, ["Archive:MaxFileSizeMegabytes"] = "1", ["Archive:UploadsPerMinute"] = "1000" });
        await _app.ReadyAsync();
    }

    [Fact]
    public async Task File_ReplacedByALinkAfterIndexing_IsNotServed()
    {
        var id = Assert.Single((await _app.SearchAsync("q=ledsagelse")).Hits()).GetProperty("id").GetString();
        var path = Path.Combine(_app.Inbox, "notat.txt");
        File.Delete(path);
        File.CreateSymbolicLink(path, Path.Combine(Outside, "shadow"));

        using var response = await _app.Client.GetAsync(new Uri($"/api/documents/{id}/file", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_LongerThanOneAnswerHolds_ComesInParts_ThatTogetherAreTheWholeText()
    {
        // 900,000 characters in pages of 100,000: more than fits in one answer only with a smaller limit, so the
        // parts are asked for from the middle too.
        var line = "Udsatterådet om bostøtte og herberg i vinterhalvåret.\n";
        SampleArchive.Write(_app.Inbox, "lang.txt", string.Concat(Enumerable.Repeat(line, 16_000)));
        Assert.True(await Eventually.WaitUntilAsync(async () => (await _app.SearchAsync("q=vinterhalvåret")).Total() == 1, TimeSpan.FromSeconds(30)));
        var id = Assert.Single((await _app.SearchAsync("q=vinterhalvåret")).Hits()).GetProperty("id").GetString();

        var whole = await _app.GetJsonAsync($"/api/documents/{id}");
        var fromFive = await _app.GetJsonAsync($"/api/documents/{id}?fromPage=5&q=herberg");

        Assert.Equal(JsonValueKind.Null, whole.GetProperty("nextFromPage").ValueKind);
        Assert.Equal(whole.GetProperty("pageCount").GetInt32(), whole.GetProperty("pages").GetArrayLength());
        Assert.Equal(5, fromFive.GetProperty("fromPage").GetInt32());
        Assert.Equal(5, fromFive.GetProperty("pages")[0].GetProperty("page").GetInt32());
        Assert.Contains("<mark>", fromFive.GetProperty("pages")[0].GetProperty("html").GetString(), StringComparison.Ordinal);
        await _app.GetProblemAsync($"/api/documents/{id}?fromPage=0", 400);
        await _app.GetProblemAsync($"/api/documents/{id}?fromPage=999", 400);
    }

    [Fact]
    public void Start_RemovesWhatUploadsCutShortLeftBehind()
    {
        var inbox = _folder.Combine("inbox-3");
        Directory.CreateDirectory(inbox);
        var halfWritten = Path.Combine(inbox, ".upload-0123456789abcdef.tmp");
        var buffer = Path.Combine(Archive.SearchApi.Uploads.UploadBuffers.Folder, $"ASPNETCORE_{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(Archive.SearchApi.Uploads.UploadBuffers.Folder);
        foreach (var leftover in new[] { halfWritten, buffer })
        {
            File.WriteAllText(leftover, "halvt");
            File.SetLastWriteTimeUtc(leftover, DateTime.UtcNow.AddHours(-1));
        }

        using (new ArchiveApp(inbox, _folder.Combine("index-3")))
        {
            Assert.False(File.Exists(halfWritten), "a half-written upload in the inbox is removed at start");
            Assert.False(File.Exists(buffer), "a form buffer of a killed upload is removed at start");
        }
    }

    [Fact]
    public async Task PersonalData_IsNeverServed_InPagesSnippetsOrFeeds()
    {
        SampleArchive.Write(_app.Inbox, "borgerhenvendelse.txt", "Borgerhenvendelse om bostøtte fra Jens Hansen, CPR 120456-1234, jens.hansen@gmail.com, mobil 22 33 44 55.");
        Assert.True(await Eventually.WaitUntilAsync(async () => (await _app.SearchAsync("q=borgerhenvendelse")).Total() == 1, TimeSpan.FromSeconds(30)));

        var hit = Assert.Single((await _app.SearchAsync("q=borgerhenvendelse")).Hits());
        var document = await _app.GetJsonAsync($"/api/documents/{hit.GetProperty("id").GetString()}?q=bostøtte");

        // A search for the masked number finds nothing; the answer echoes only the query the user typed.
        var byNumber = await _app.SearchAsync("q=120456");
        Assert.Equal(0, byNumber.Total());
        var served = string.Join('\n',
            hit.ToString(),
            document.ToString(),
            await _app.Client.GetStringAsync(new Uri("/api/search?q=borgerhenvendelse&format=atom", UriKind.Relative)),
            await _app.Client.GetStringAsync(new Uri("/api/search?q=borgerhenvendelse&format=csv", UriKind.Relative)),
            byNumber.GetProperty("hits").ToString(),
            byNumber.GetProperty("facets").ToString());

        foreach (var secret in new[] { "120456-1234", "120456", "jens.hansen@gmail.com", "22 33 44 55" })
        {
            Assert.DoesNotContain(secret, served, StringComparison.Ordinal);
        }

        Assert.Contains("[CPR skjult]", document.ToString(), StringComparison.Ordinal);
        Assert.Contains("[e-mail skjult]", document.ToString(), StringComparison.Ordinal);
        Assert.Contains("[telefon skjult]", document.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_OverItsTimeBudget_Is503SayingSo()
    {
        // A page-long repetition of one word makes snippets work; a budget of a millisecond cannot cover it.
        SampleArchive.Write(_app.Inbox, "gentagelse.txt", string.Concat(Enumerable.Repeat("gentagelsesord ", 60_000)));
        Assert.True(
            await Eventually.WaitUntilAsync(async () => (await _app.GetJsonAsync("/api/health")).GetProperty("documents").GetInt32() == 2, TimeSpan.FromSeconds(30)),
            $"not ingested: {await _app.Client.GetStringAsync(new Uri("/api/ingest/failures", UriKind.Relative))}");
        using var hurried = new ArchiveApp(_app.Inbox, _app.IndexPath, new Dictionary<string, string?> { ["Archive:HostIngestion"] = "false", ["Archive:SearchTimeout"] = "00:00:00.001" });

        var problem = await hurried.GetProblemAsync("/api/search?q=gentagelsesord", 503);

        Assert.Contains("stopped after", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongKeys_AfterTheLimit_Are429WithRetryAfter_EvenWithTheRightKey()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            using var wrong = await UploadAsync("brev.txt", "Et brev.", key: $"gæt-{i}");
            statuses.Add(wrong.StatusCode);
        }

        using var right = await UploadAsync("brev.txt", "Et brev.");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 10).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2)), statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.True(right.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 says when to come back");
        Assert.False(File.Exists(Path.Combine(_app.Inbox, "brev.txt")));
    }

    [Fact]
    public async Task Uploads_OverTheClientsLimitPerMinute_Are429()
    {
        using var limited = new ArchiveApp(_app.Inbox, _folder.Combine("index-2"), new Dictionary<string, string?> { ["Archive:ApiKey"] = Key, ["Archive:UploadsPerMinute"] = "2", ["Archive:HostIngestion"] = "false" });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await UploadAsync($"brev-{i}.txt", "Et brev.", client: limited.Client);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task OriginalFiles_CanBeKeptFromClients()
    {
        var id = Assert.Single((await _app.SearchAsync("q=ledsagelse")).Hits()).GetProperty("id").GetString();
        using var keeping = new ArchiveApp(_app.Inbox, _app.IndexPath, new Dictionary<string, string?> { ["Archive:HostIngestion"] = "false", ["Archive:ServeOriginalFiles"] = "false" });

        await keeping.GetProblemAsync($"/api/documents/{id}/file", 403);
    }

    [Fact]
    public async Task ReferencePage_HasAContentSecurityPolicy()
    {
        using var response = await _app.Client.GetAsync(new Uri("/api/reference/index.html", UriKind.Relative));

        Assert.Contains("default-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_IsServedAsWhatItIs_InASandbox()
    {
        var id = Assert.Single((await _app.SearchAsync("q=ledsagelse")).Hits()).GetProperty("id").GetString();

        using var response = await _app.Client.GetAsync(new Uri($"/api/documents/{id}/file", UriKind.Relative));

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("sandbox", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_FileOverTheLimitButWithinTheRequestsSlack_Is413_AndWritesNothing()
    {
        using var response = await UploadAsync("stor.txt", new string('a', (1024 * 1024) + (512 * 1024)));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "At most 1 MB");
        Assert.False(File.Exists(Path.Combine(_app.Inbox, "stor.txt")));
    }

    [Theory]
    [InlineData("CON")]
    [InlineData("NUL.txt")]
    [InlineData("lpt1.pdf")]
    [InlineData("bre\u0007v.txt")]
    [InlineData("mappe\\brev.txt")]
    [InlineData("brev.txt.")]
    public async Task Upload_NameWindowsOrATerminalCannotTake_Is400(string fileName)
    {
        using var response = await UploadAsync(fileName, "Et brev.");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "name");
        Assert.Empty(Directory.EnumerateFiles(_app.Inbox, "*brev*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Upload_IntoAFolderThatIsALink_IsRefused_AndWritesNothingOutside()
    {
        Directory.CreateSymbolicLink(Path.Combine(_app.Inbox, "outlink"), Outside);

        using var response = await UploadAsync("brev.txt", "Et brev.", folder: "outlink");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "symbolic link");
        Assert.False(File.Exists(Path.Combine(Outside, "brev.txt")));
    }

    [Theory]
    [InlineData("notat.txt/under", "is a file")]
    [InlineData("a/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "bytes long")]
    public async Task Upload_FolderThatCannotBe_Is400(string folder, string message)
    {
        using var response = await UploadAsync("brev.txt", "Et brev.", folder);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, message);
    }

    [Fact]
    public async Task Upload_FileNameTooLong_Is400()
    {
        using var response = await UploadAsync(new string('x', 296) + ".txt", "Et brev.");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "bytes long");
    }

    [Fact]
    public async Task Upload_SameNameInParallel_OneWins_AndItsSidecarIsTheOneKept()
    {
        for (var round = 0; round < 5; round++)
        {
            var name = $"samme-{round}.txt";
            var uploads = Enumerable.Range(0, 20).Select(async i =>
            {
                using var response = await UploadAsync(name, $"Udgave {i}.", metadata: JsonSerializer.Serialize(new { title = $"Titel {i}" }));
                return (i, response.StatusCode);
            }).ToList();
            var results = await Task.WhenAll(uploads);

            var winner = Assert.Single(results, result => result.StatusCode == HttpStatusCode.Accepted);
            Assert.All(results.Where(result => result != winner), result => Assert.Equal(HttpStatusCode.Conflict, result.StatusCode));
            var written = Path.Combine(_app.Inbox, name);
            Assert.Equal($"Udgave {winner.i}.", await File.ReadAllTextAsync(written));
            Assert.Contains($"Titel {winner.i}\"", await File.ReadAllTextAsync(written + ".json"), StringComparison.Ordinal);
        }

        Assert.Empty(Directory.EnumerateFiles(_app.Inbox, ".upload-*"));
    }

    [Theory]
    [InlineData("q=aa*a*a*a", "at most 2")]
    [InlineData("q=m%3F*%3F*", "letters before")]
    [InlineData("q=bo*+he*+le*+ha*+mi*+ud*", "at most 5")]
    [InlineData("q=bolig~2+herberg~2+ledsagelse~2+hjemløse~2", "at most 3")]
    [InlineData("q=%22egen+bolig%22~-3", "from 0 to 50")]
    [InlineData("q=%22egen+bolig%22~5000", "from 0 to 50")]
    public async Task Search_QueryOverItsLimits_Is400NamingTheLimit(string query, string message)
    {
        foreach (var url in new[] { $"/api/search?{query}", $"/api/search?{query}&format=csv", $"/api/search?{query}&format=atom" })
        {
            var problem = await _app.GetProblemAsync(url, 400);
            Assert.Contains(message, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DocumentPage_QueryWithNegativeDistance_Is400()
    {
        var id = Assert.Single((await _app.SearchAsync("q=ledsagelse")).Hits()).GetProperty("id").GetString();

        await _app.GetProblemAsync($"/api/documents/{id}?q=%22egen+bolig%22~-3", 400);
    }

    [Theory]
    [InlineData("to=9999-12")]
    [InlineData("from=9999-12&to=9999-12")]
    [InlineData("to=9999")]
    public async Task Search_DatesAtTheEndOfTime_AreAnswered(string range)
    {
        var results = await _app.SearchAsync(range);

        Assert.True(results.Total() >= 0);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }

    private async Task<HttpResponseMessage> UploadAsync(string fileName, string text, string? folder = null, string? metadata = null, string key = Key, HttpClient? client = null)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (folder is not null)
        {
            form.Add(new StringContent(folder), "folder");
        }

        if (metadata is not null)
        {
            form.Add(new StringContent(metadata), "metadata");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        request.Headers.Add("X-Api-Key", key);
        return await (client ?? _app.Client).SendAsync(request);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string message)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"answered {(int)response.StatusCode}, not {(int)status}: {body}");
        Assert.Contains(message, body, StringComparison.Ordinal);
    }
}
