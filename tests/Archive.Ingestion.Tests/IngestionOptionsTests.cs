using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Ingestion.Tests;

/// <summary>Settings are bound once and checked before ingestion starts; a wrong one is refused by its key.</summary>
public sealed class IngestionOptionsTests
{
    [Theory]
    [InlineData("CommitBatchSize", "0")]
    [InlineData("MaxParallelism", "-1")]
    [InlineData("MaxFileSizeMegabytes", "0")]
    [InlineData("ExtractionTimeout", "00:00:00")]
    [InlineData("RescanInterval", "00:00:00.010")]
    [InlineData("StabilityDelay", "-00:00:01")]
    [InlineData("MergeWhenQuietFor", "00:00:00")]
    [InlineData("IndexPath", " ")]
    public void BadValue_IsRefused_NamingTheKey(string key, string value)
    {
        using var services = Services(new() { [$"Archive:{key}"] = value });

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ArchiveIngestion>());

        Assert.Contains($"Archive:{key}", exception.Message, StringComparison.Ordinal);
        Assert.Contains(value.Trim(), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueOfTheWrongKind_IsRefused_NamingTheKey()
    {
        using var services = Services(new() { ["Archive:CommitBatchSize"] = "many" });

        var exception = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<ArchiveIngestion>());

        Assert.Contains("Archive:CommitBatchSize", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreValid_AndDocumentedValuesHold()
    {
        using var services = Services([]);

        var options = services.GetRequiredService<IOptions<IngestionOptions>>().Value;

        Assert.Equal("corpus", options.InboxPath);
        Assert.Equal(Path.Combine("data", "index"), options.IndexPath);
        Assert.Equal(2000, options.CommitBatchSize);
        Assert.Equal(TimeSpan.FromSeconds(1), options.StabilityDelay);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddArchiveIngestion(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
