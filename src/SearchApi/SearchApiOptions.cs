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

    /// <summary>
    /// The longest a search (an export, a similar-documents request) may take; longer ones stop and answer 503.
    /// A search also stops the moment its client goes away. Default: 5 seconds.
    /// </summary>
    public TimeSpan SearchTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Serve the original files (<c>/api/documents/{id}/file</c>). Default: on. They are the operator's files as
    /// they are, personal data included (masking applies to what is indexed and shown, not to the files); off, only
    /// the masked text is served.
    /// </summary>
    public bool ServeOriginalFiles { get; set; } = true;

    /// <summary>Uploads one client may send per minute. Default: 60.</summary>
    public int UploadsPerMinute { get; set; } = 60;

    /// <summary>Wrong API keys one client may send per minute before it is refused until the minute is over. Default: 10.</summary>
    public int FailedKeysPerMinute { get; set; } = 10;

    /// <summary>Searches (and exports, similar documents) run at once; more wait in a queue. Default: four per core.</summary>
    public int SearchesAtOnce { get; set; } = 4 * Environment.ProcessorCount;
}

/// <summary>Refuses settings the API cannot run with, naming the key.</summary>
internal sealed class SearchApiOptionsValidator : IValidateOptions<SearchApiOptions>
{
    public ValidateOptionsResult Validate(string? name, SearchApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.SearchRefreshInterval < TimeSpan.FromMilliseconds(10) || options.SearchRefreshInterval > TimeSpan.FromHours(1))
        {
            problems.Add($"{SearchApiOptions.Section}:{nameof(options.SearchRefreshInterval)} must be from 00:00:00.010 to 01:00:00 (got '{options.SearchRefreshInterval}').");
        }

        if (options.SearchTimeout <= TimeSpan.Zero || options.SearchTimeout > TimeSpan.FromMinutes(10))
        {
            problems.Add($"{SearchApiOptions.Section}:{nameof(options.SearchTimeout)} must be longer than 0 and at most 00:10:00 (got '{options.SearchTimeout}').");
        }

        foreach (var (key, value) in new[] { (nameof(options.UploadsPerMinute), options.UploadsPerMinute), (nameof(options.FailedKeysPerMinute), options.FailedKeysPerMinute), (nameof(options.SearchesAtOnce), options.SearchesAtOnce) })
        {
            if (value < 1)
            {
                problems.Add($"{SearchApiOptions.Section}:{key} must be at least 1 (got '{value}').");
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
