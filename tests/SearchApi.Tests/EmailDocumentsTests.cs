namespace Archive.SearchApi.Tests;

/// <summary>An e-mail and its attachments over the API: linked both ways, and each attachment served as itself.</summary>
public sealed class EmailDocumentsTests : IAsyncLifetime, IDisposable
{
    private const string PdfSeed = "raadet-for-socialt-udsatte/kommunernes-budgetter-udsatteomraadet-2014.pdf";

    private readonly TempDirectory _folder = new();
    private ArchiveApp _app = null!;

    public async Task InitializeAsync()
    {
        var inbox = _folder.Combine("inbox");
        Directory.CreateDirectory(Path.Combine(inbox, "post"));
        await File.WriteAllBytesAsync(Path.Combine(inbox, "post", "svar.eml"), EmailBuilder.Create()
            .Subject("Høringssvar om værestedet")
            .Text("Hermed vores høringssvar om gadeplansarbejde.")
            .Attach("høringssvar.pdf", await File.ReadAllBytesAsync(TestData.BundledCorpusFile(PdfSeed)))
            .Attach("bilag.txt", "Oversigt over natcaféens åbningstider."u8.ToArray())
            .Build());
        _app = new ArchiveApp(inbox, _folder.Combine("index"));
        await _app.ReadyAsync();
    }

    [Fact]
    public async Task Document_MessageAndAttachment_LinkToEachOther()
    {
        var messageId = Assert.Single((await _app.SearchAsync("q=gadeplansarbejde")).Hits()).GetProperty("id").GetString();
        var pdfId = Assert.Single((await _app.SearchAsync("q=erfaringsrunde")).Hits()).GetProperty("id").GetString();

        var message = await _app.GetJsonAsync($"/api/documents/{messageId}");
        var pdf = await _app.GetJsonAsync($"/api/documents/{pdfId}");

        Assert.Equal(
            [(pdfId, "høringssvar.pdf"), (Assert.Single((await _app.SearchAsync("q=natcaféens")).Hits()).GetProperty("id").GetString(), "bilag.txt")],
            message.GetProperty("attachments").EnumerateArray().Select(link => (link.GetProperty("id").GetString(), link.GetProperty("fileName").GetString())));
        Assert.Equal(messageId, pdf.GetProperty("partOf").GetProperty("id").GetString());
        Assert.Equal("Høringssvar om værestedet", pdf.GetProperty("partOf").GetProperty("title").GetString());
        Assert.Equal("Udsatterådet <udsatteraadet@slagelse.dk>", message.GetProperty("sender").GetString());
        Assert.Equal("email:header", message.GetProperty("provenance").GetProperty("sender").GetString());
    }

    [Fact]
    public async Task File_OfAnAttachment_IsTheAttachmentItself()
    {
        var pdfId = Assert.Single((await _app.SearchAsync("q=erfaringsrunde")).Hits()).GetProperty("id").GetString();

        using var response = await _app.Client.GetAsync(new Uri($"/api/documents/{pdfId}/file", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("høringssvar.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(await File.ReadAllBytesAsync(TestData.BundledCorpusFile(PdfSeed)), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task File_OfAMessage_IsTheMessageFile()
    {
        var messageId = Assert.Single((await _app.SearchAsync("q=gadeplansarbejde")).Hits()).GetProperty("id").GetString();

        using var response = await _app.Client.GetAsync(new Uri($"/api/documents/{messageId}/file", UriKind.Relative));

        Assert.Equal("message/rfc822", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(_app.Inbox, "post", "svar.eml")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task File_OfAnAttachmentWhoseMessageChanged_IsNeverAnotherFile()
    {
        var pdfId = Assert.Single((await _app.SearchAsync("q=erfaringsrunde")).Hits()).GetProperty("id").GetString();

        // The same place in the changed message holds another file: whether or not the archive has caught up with the
        // change, it serves nothing rather than the wrong file.
        await File.WriteAllBytesAsync(Path.Combine(_app.Inbox, "post", "svar.eml"), EmailBuilder.Create()
            .Text("Ny udgave.")
            .Attach("andet.txt", "Noget andet."u8.ToArray())
            .Build());
        using var response = await _app.Client.GetAsync(new Uri($"/api/documents/{pdfId}/file", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _app?.Dispose();
        _folder.Dispose();
    }
}
