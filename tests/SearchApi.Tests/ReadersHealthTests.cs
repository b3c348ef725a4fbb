namespace Archive.SearchApi.Tests;

/// <summary>Health names which readers the machine has, with the optional tools looked for in a folder of the test's choosing.</summary>
public sealed class ReadersHealthTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Health_NoOptionalTools_BuiltInReadersOnly()
    {
        var readers = await ReadersAsync();

        Assert.True(readers.GetProperty("pdf").GetBoolean());
        Assert.True(readers.GetProperty("word").GetBoolean());
        Assert.False(readers.GetProperty("legacyOffice").GetBoolean());
        Assert.False(readers.GetProperty("ocr").GetBoolean());
    }

    [Fact]
    public async Task Health_LibreOfficeInTheToolFolder_ReadsLegacyOffice()
    {
        var soffice = Path.Combine(Directory.CreateDirectory(_root.Combine("tools")).FullName, "soffice");
        await File.WriteAllTextAsync(soffice, "#!/bin/sh\nexit 0\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(soffice, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        var readers = await ReadersAsync();

        Assert.True(readers.GetProperty("legacyOffice").GetBoolean());
        Assert.False(readers.GetProperty("ocr").GetBoolean());
    }

    private async Task<System.Text.Json.JsonElement> ReadersAsync()
    {
        var tools = Directory.CreateDirectory(_root.Combine("tools")).FullName;
        using var app = new ArchiveApp(
            Directory.CreateDirectory(_root.Combine("inbox")).FullName,
            _root.Combine("index"),
            new Dictionary<string, string?> { ["Archive:ToolSearchPath"] = tools });
        await app.ReadyAsync();
        return (await app.GetJsonAsync("/api/health")).GetProperty("readers");
    }
}
