namespace Archive.Ingestion.Metadata;

/// <summary>
/// The domains a web address belongs to, most specific first: politik.herning.dk, herning.dk. Site lists
/// (municipal hosts, national bodies, news media) name a domain once and so cover all its sub-domains.
/// </summary>
internal static class WebHosts
{
    /// <summary>The host of <paramref name="urlOrHost"/> (an address or a bare host) and each parent domain, lower case.</summary>
    public static IEnumerable<string> DomainsOf(string? urlOrHost)
    {
        if (string.IsNullOrWhiteSpace(urlOrHost))
        {
            yield break;
        }

        var host = Uri.TryCreate(urlOrHost, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host) ? uri.Host : urlOrHost.Trim();
        host = host.TrimEnd('.').ToLowerInvariant();
        while (host.Contains('.', StringComparison.Ordinal))
        {
            yield return host;
            host = host[(host.IndexOf('.', StringComparison.Ordinal) + 1)..];
        }
    }
}
