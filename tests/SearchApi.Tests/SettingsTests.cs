namespace Archive.SearchApi.Tests;

/// <summary>A wrong setting stops the archive at start with a message that names the key, instead of failing later.</summary>
public sealed class SettingsTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Theory]
    [InlineData("Archive:CommitBatchSize", "0")]
    [InlineData("Archive:SearchRefreshInterval", "00:00:00")]
    [InlineData("Archive:MaxFileSizeMegabytes", "lots")]
    [InlineData("Archive:SearchTimeout", "00:00:00")]
    [InlineData("Archive:UploadsPerMinute", "0")]
    public void BadSetting_StopsTheStart_NamingTheKey(string key, string value)
    {
        var inbox = _folder.Combine("inbox");
        Directory.CreateDirectory(inbox);

        var exception = Assert.ThrowsAny<Exception>(() => new ArchiveApp(inbox, _folder.Combine("index"), new Dictionary<string, string?> { [key] = value }).Dispose());

        Assert.Contains(key, exception.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
