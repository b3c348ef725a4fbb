using System.Text.Json;
using Archive.Lucene;

namespace Archive.Ingestion.Metadata;

/// <summary>
/// Metadata an operator sets by hand in <c>NAME.ext.json</c> beside a file. Any field set here overrides
/// what is read from the text. Problems are collected, not thrown: a bad sidecar never keeps a document out.
/// </summary>
internal sealed record Sidecar(DocumentMetadata Metadata, IReadOnlyList<string> Problems)
{
    public const string Extension = ".json";

    public const string ProvenanceName = "sidecar";

    private static readonly HashSet<string> KnownFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "council", "municipality", "date", "type", "topics", "topic", "caseNumber", "recipient", "signatory", "sourceUrl",
    };

    public static string PathFor(string documentPath) => documentPath + Extension;

    /// <summary>Reads the sidecar of <paramref name="documentFullPath"/>; null when there is none.</summary>
    public static Sidecar? Read(string documentFullPath)
    {
        var path = PathFor(documentFullPath);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return Parse(File.ReadAllBytes(path));
        }
        catch (IOException exception)
        {
            return new Sidecar(new DocumentMetadata(), [$"the sidecar could not be read: {exception.Message}"]);
        }
        catch (UnauthorizedAccessException exception)
        {
            return new Sidecar(new DocumentMetadata(), [$"the sidecar could not be read: {exception.Message}"]);
        }
    }

    /// <summary>Reads sidecar JSON; <paramref name="provenanceName"/> is what each value records as its origin.</summary>
    public static Sidecar Parse(ReadOnlySpan<byte> json, string provenanceName = ProvenanceName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            return new Sidecar(new DocumentMetadata(), [$"the sidecar is not valid JSON: {exception.Message}"]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new Sidecar(new DocumentMetadata(), ["the sidecar must be a JSON object of field names and values"]);
            }

            return FromObject(document.RootElement, provenanceName);
        }
    }

    private static Sidecar FromObject(JsonElement root, string provenanceName)
    {
        var problems = new List<string>();
        var values = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject())
        {
            if (KnownFields.Contains(property.Name))
            {
                values[property.Name] = property.Value;
            }
            else
            {
                problems.Add($"unknown field '{property.Name}' ignored (known: {string.Join(", ", KnownFields)})");
            }
        }

        var provenance = new Dictionary<string, string>();
        string? Text(string name, string field)
        {
            if (!values.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                problems.Add($"'{name}' must be a non-empty string");
                return null;
            }

            provenance[field] = provenanceName;
            return value.GetString()!.Trim();
        }

        var dateText = Text("date", ArchiveFields.Date);
        var date = DocumentDate.TryParseIso(dateText);
        if (dateText is not null && date is null)
        {
            problems.Add($"'date' must be yyyy-MM-dd, yyyy-MM or yyyy, not '{dateText}'");
            provenance.Remove(ArchiveFields.Date);
        }

        var metadata = new DocumentMetadata
        {
            Title = Text("title", ArchiveFields.Title),
            Council = Text("council", ArchiveFields.Council),
            Municipality = Text("municipality", ArchiveFields.Municipality),
            Date = date,
            Type = Text("type", ArchiveFields.Type),
            Topics = ReadTopics(values, provenance, problems, provenanceName),
            CaseNumber = Text("caseNumber", ArchiveFields.CaseNumber),
            Recipient = Text("recipient", ArchiveFields.Recipient),
            Signatory = Text("signatory", ArchiveFields.Signatory),
            SourceUrl = Text("sourceUrl", ArchiveFields.SourceUrl),
            Provenance = provenance,
        };
        return new Sidecar(metadata, problems);
    }

    private static List<string> ReadTopics(Dictionary<string, JsonElement> values, Dictionary<string, string> provenance, List<string> problems, string provenanceName)
    {
        if (!values.TryGetValue("topics", out var value) && !values.TryGetValue("topic", out value))
        {
            return [];
        }

        var topics = new List<string>();
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                topics.Add(value.GetString()!.Trim());
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                    {
                        topics.Add(item.GetString()!.Trim());
                    }
                    else
                    {
                        problems.Add("'topics' must be a list of non-empty strings");
                    }
                }

                break;
            case JsonValueKind.Null:
                return [];
            default:
                problems.Add("'topics' must be a string or a list of strings");
                return [];
        }

        provenance[ArchiveFields.Topic] = provenanceName;
        return topics;
    }
}
