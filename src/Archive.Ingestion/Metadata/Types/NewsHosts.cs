namespace Archive.Ingestion.Metadata.Types;

/// <summary>
/// Web hosts of Danish news media, read from <c>news-hosts.txt</c> beside the program (one host a line): a page
/// from one of them is a news item, and its host says nothing about the author's municipality.
/// </summary>
internal static class NewsHosts
{
    public const string FileName = "news-hosts.txt";

    private static readonly Lazy<HashSet<string>> Hosts = new(() => Load(Path.Combine(AppContext.BaseDirectory, "Metadata", "Types", FileName)));

    public static bool IsNewsHost(string? host) => WebHosts.DomainsOf(host).Any(Hosts.Value.Contains);

    private static HashSet<string> Load(string path) =>
        File.ReadLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
