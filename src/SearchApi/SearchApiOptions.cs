using Microsoft.Extensions.Options;

namespace Archive.SearchApi;

/// <summary>
/// Settings of the search host, bound once from the <c>Archive</c> section (beside ingestion's own settings) and
/// checked at start by <see cref="SearchApiOptionsValidator"/>. Each default is written here, and only here.
/// </summary>
public sealed class SearchApiOptions
{
    public const string Section = "Archive";

    /// <summary>
    /// Run the ingestion worker in this process (default). Off: the API only reads the index that another
    /// process (the <c>ingest</c> command, another host) writes, and picks up its commits as they come.
    /// </summary>
    public bool HostIngestion { get; set; } = true;

    /// <summary>The key uploads must send in <c>X-Api-Key</c>. Unset (the default): uploads are refused.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How often searches look for index changes; new documents are searchable at most this much later.</summary>
    public TimeSpan SearchRefreshInterval { get; set; } = TimeSpan.FromMilliseconds(500);
}

/// <summary>Refuses settings the API cannot run with, naming the key.</summary>
internal sealed class SearchApiOptionsValidator : IValidateOptions<SearchApiOptions>
{
    public ValidateOptionsResult Validate(string? name, SearchApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.SearchRefreshInterval >= TimeSpan.FromMilliseconds(10) && options.SearchRefreshInterval <= TimeSpan.FromHours(1)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{SearchApiOptions.Section}:{nameof(options.SearchRefreshInterval)} must be from 00:00:00.010 to 01:00:00 (got '{options.SearchRefreshInterval}').");
    }
}
