using System.Text.Json;

namespace Archive.Ingestion.Tests.Support;

/// <summary>The Danish council pages of ../shared/corpus-dk: text files and, in manifest.jsonl, their source addresses.</summary>
public static class CorpusDk
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Urls = new(() =>
        File.ReadLines(TestData.RequireShared("corpus-dk", "manifest.jsonl"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                return (Id: json.RootElement.GetProperty("id").GetString()!, Url: json.RootElement.GetProperty("url").GetString()!);
            })
            .ToDictionary(entry => entry.Id, entry => entry.Url, StringComparer.Ordinal));

    public static string TextPath(string id) => TestData.RequireShared("corpus-dk", "docs", id + ".txt");

    public static string SourceUrlOf(string id) => Urls.Value[id];

    /// <summary>
    /// The sidecar an operator writes beside a page saved from the web: only its source address, so that everything
    /// else is read from the text and the address.
    /// </summary>
    public static string SidecarJsonFor(string id) => JsonSerializer.Serialize(new Dictionary<string, string> { ["sourceUrl"] = SourceUrlOf(id) });
}
