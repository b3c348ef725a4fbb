using System.Text;

namespace Archive.Ingestion.Metadata.Councils;

/// <summary>
/// National bodies and their web hosts, read from <c>national-bodies.tsv</c> beside the program: a paper from their
/// site is theirs, and they have no municipality. Ministries and agencies not listed are recognised by their names
/// ("…ministeriet", "…styrelsen").
/// </summary>
internal sealed class NationalBodies
{
    public const string FileName = "national-bodies.tsv";

    private static readonly Lazy<NationalBodies> DefaultInstance = new(() =>
        Load(Path.Combine(AppContext.BaseDirectory, "Metadata", "Councils", FileName)));

    private readonly Dictionary<string, string> _byHost;

    public NationalBodies(IReadOnlyList<string> names, IReadOnlyDictionary<string, string> byHost)
    {
        Names = names;
        _byHost = new Dictionary<string, string>(byHost, StringComparer.OrdinalIgnoreCase);
    }

    public static NationalBodies Default => DefaultInstance.Value;

    public IReadOnlyList<string> Names { get; }

    public static NationalBodies Load(string path)
    {
        var names = new List<string>();
        var byHost = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("name\t", StringComparison.Ordinal))
            {
                continue;
            }

            var columns = line.Split('\t');
            var name = columns[0].Trim();
            names.Add(name);
            foreach (var host in columns.Length > 1 ? columns[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])
            {
                byHost[host] = name;
            }
        }

        return new NationalBodies(names, byHost);
    }

    /// <summary>The national body whose site <paramref name="sourceUrl"/> is on, or null.</summary>
    public string? FindByHost(string? sourceUrl) =>
        WebHosts.DomainsOf(sourceUrl).Select(domain => _byHost.GetValueOrDefault(domain)).FirstOrDefault(found => found is not null);
}
