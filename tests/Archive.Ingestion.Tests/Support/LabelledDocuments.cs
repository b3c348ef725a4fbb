using System.Text.Json;

namespace Archive.Ingestion.Tests.Support;

/// <summary>
/// One document labelled by hand (Metadata/Labels/*.jsonl, written to Metadata/Labels/GUIDE.md): what a careful
/// archivist records for it. Null means the document does not say, or the field does not apply.
/// </summary>
/// <param name="Titles">The headline the text shows, and any heading that names the document equally; empty when the text shows none.</param>
/// <param name="Part">The labels file the document is in ("part-a", "part-b"): title rules were chosen on part-a only.</param>
public sealed record LabelledDocument(string Doc, string? Municipality, string? Council, string? Date, string? Type, IReadOnlyList<string> Topics, IReadOnlyList<string> Titles, string Part, string? Note)
{
    /// <summary>True for a page of ../shared/corpus-dk ("corpus-dk/0001"), false for a file of corpus/.</summary>
    public bool IsCorpusDk => Doc.StartsWith("corpus-dk/", StringComparison.Ordinal);

    public override string ToString() => Doc;
}

/// <summary>Reads the hand labels copied beside the tests.</summary>
public static class LabelledDocuments
{
    public static IReadOnlyList<LabelledDocument> All()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Metadata", "Labels");
        var documents = new Dictionary<string, LabelledDocument>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(line => !string.IsNullOrWhiteSpace(line)))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var document = new LabelledDocument(
                    root.GetProperty("doc").GetString()!,
                    Text(root, "municipality"),
                    Text(root, "council"),
                    Text(root, "date"),
                    Text(root, "type"),
                    root.TryGetProperty("topics", out var topics) && topics.ValueKind == JsonValueKind.Array
                        ? topics.EnumerateArray().Select(topic => topic.GetString()!).ToList()
                        : [],
                    Titles(root),
                    Path.GetFileNameWithoutExtension(file),
                    Text(root, "note"));
                documents[document.Doc] = document;
            }
        }

        return documents.Values.OrderBy(document => document.Doc, StringComparer.Ordinal).ToList();
    }

    // A title is one string, or a list when two headings name the document equally.
    private static List<string> Titles(JsonElement root)
    {
        if (!root.TryGetProperty("title", out var title))
        {
            return [];
        }

        return title.ValueKind switch
        {
            JsonValueKind.String => [title.GetString()!.Trim()],
            JsonValueKind.Array => title.EnumerateArray().Select(value => value.GetString()!.Trim()).ToList(),
            _ => [],
        };
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
