using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Archive.SearchApi.Tests;

public sealed class UploadTests : IAsyncLifetime, IDisposable
{
    private const string Key = "hemmelig-nøgle";
    private readonly TempDirectory _folder = new();
    private ArchiveApp _app = null!;

    public async Task InitializeAsync()
    {
        var inbox = _folder.Combine("inbox");
        SampleArchive.Write(inbox, "start.txt", "Et første dokument.");
        _app = new ArchiveApp(inbox, _folder.Combine("index"), new Dictionary<string, string?> { ["Archive:ApiKey"] = Key });
        await _app.ReadyAsync();
    }

    [Fact]
    public async Task Upload_PdfWithMetadata_IsAcceptedAndBecomesSearchable()
    {
        var pdf = await File.ReadAllBytesAsync(TestData.BundledCorpusFile("slagelse/politiske-pejlemaerker-2019.pdf"));
        using var form = Form("pejlemaerker.pdf", pdf, folder: "uploads/2019", metadata: """{ "municipality": "Slagelse Kommune", "type": "Politik/strategi" }""");

        using var response = await PostAsync(form, Key);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/api/documents/", location, StringComparison.Ordinal);
        Assert.Contains("queued", body, StringComparison.Ordinal);
        var document = await WaitForDocumentAsync(location);
        Assert.Equal("Slagelse Kommune", document.GetProperty("municipality").GetString());
        Assert.Equal("sidecar", document.GetProperty("provenance").GetProperty("municipality").GetString());
        Assert.Equal(4, document.GetProperty("pageCount").GetInt32());
        Assert.True(File.Exists(Path.Combine(_app.Inbox, "uploads", "2019", "pejlemaerker.pdf")));
        Assert.Empty(Directory.EnumerateFiles(_app.Inbox, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Upload_SameNameTwice_IsAConflict_AndKeepsTheFirst()
    {
        using var first = Form("notat.txt", Encoding.UTF8.GetBytes("Første udgave."));
        using var second = Form("notat.txt", Encoding.UTF8.GetBytes("Anden udgave."));

        using var accepted = await PostAsync(first, Key);
        using var conflict = await PostAsync(second, Key);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("Første udgave.", await File.ReadAllTextAsync(Path.Combine(_app.Inbox, "notat.txt")));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("forkert", HttpStatusCode.Unauthorized)]
    public async Task Upload_WithoutTheKey_IsRefused(string? key, HttpStatusCode expected)
    {
        using var form = Form("uden-noegle.txt", Encoding.UTF8.GetBytes("tekst"));

        using var response = await PostAsync(form, key);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(File.Exists(Path.Combine(_app.Inbox, "uden-noegle.txt")));
    }

    [Theory]
    [InlineData("../udenfor", "folder")]
    [InlineData("/etc", "folder")]
    [InlineData(".skjult", "folder")]
    public async Task Upload_FolderOutsideTheArchive_Is400(string folder, string field)
    {
        using var form = Form("fil.txt", Encoding.UTF8.GetBytes("tekst"), folder: folder);

        using var response = await PostAsync(form, Key);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", body, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(_app.Inbox, folder, "fil.txt"))));
    }

    [Fact]
    public async Task Upload_BadMetadataOrNoFile_Is400()
    {
        using var badMetadata = Form("fil.txt", Encoding.UTF8.GetBytes("tekst"), metadata: "{ not json");
        using var noFile = new MultipartFormDataContent { { new StringContent("x"), "folder" } };

        using var metadataResponse = await PostAsync(badMetadata, Key);
        using var noFileResponse = await PostAsync(noFile, Key);

        Assert.Equal(HttpStatusCode.BadRequest, metadataResponse.StatusCode);
        Assert.Contains("metadata", await metadataResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noFileResponse.StatusCode);
        Assert.False(File.Exists(Path.Combine(_app.Inbox, "fil.txt")));
    }

    [Fact]
    public async Task Upload_LargerThanTheArchiveAccepts_Is413Problem_AndWritesNothing()
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.Combine("inbox"));
        using var app = new ArchiveApp(folder.Combine("inbox"), folder.Combine("index"), new Dictionary<string, string?>
        {
            ["Archive:ApiKey"] = Key,
            ["Archive:MaxFileSizeMegabytes"] = "1",
        });
        using var form = Form("stor.txt", new byte[3 * 1024 * 1024]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        request.Headers.Add("X-Api-Key", Key);

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(Directory.EnumerateFiles(app.Inbox, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Upload_BrokenMultipartBody_Is400Problem()
    {
        using var content = new StringContent("--graense\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nuafsluttet");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=graense");

        using var response = await PostAsync(content, Key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Upload_WhileNoKeyIsConfigured_IsForbidden()
    {
        using var folder = new TempDirectory();
        using var app = new ArchiveApp(folder.Combine("inbox"), folder.Combine("index"));
        Directory.CreateDirectory(app.Inbox);
        using var form = Form("fil.txt", Encoding.UTF8.GetBytes("tekst"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        request.Headers.Add("X-Api-Key", "hvad-som-helst");

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Archive:ApiKey", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _app?.Dispose();
        _folder.Dispose();
    }

    private static MultipartFormDataContent Form(string fileName, byte[] content, string? folder = null, string? metadata = null)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (folder is not null)
        {
            form.Add(new StringContent(folder), "folder");
        }

        if (metadata is not null)
        {
            form.Add(new StringContent(metadata), "metadata");
        }

        return form;
    }

    private async Task<HttpResponseMessage> PostAsync(HttpContent content, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = content };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await _app.Client.SendAsync(request);
    }

    private async Task<System.Text.Json.JsonElement> WaitForDocumentAsync(string location)
    {
        Assert.True(
            await Eventually.WaitUntilAsync(async () => (await _app.Client.GetAsync(new Uri(location, UriKind.Relative))).IsSuccessStatusCode, TimeSpan.FromSeconds(15)),
            $"{location} did not appear within 15 s");
        return await _app.GetJsonAsync(location);
    }
}
