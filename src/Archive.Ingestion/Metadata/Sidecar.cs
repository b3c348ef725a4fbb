using Archive.Ingestion.Outcomes;
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

    public const string ProvenanceName = ProvenanceSources.Sidecar;

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
            return new Sidecar(new DocumentMetadata(), [$"the sidecar could not be read: {ReadProblems.Describe(exception)}"]);
        }
        catch (UnauthorizedAccessException exception)
        {
            return new Sidecar(new DocumentMetadata(), [$"the sidecar could not be read: {ReadProblems.Describe(exception)}"]);
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
        var metadata = new DocumentMetadata();
        foreach (var property in root.EnumerateObject())
        {
            if (MetadataFields.Named(property.Name) is not { } field)
            {
                problems.Add($"unknown field '{property.Name}' ignored (known: {string.Join(", ", MetadataFields.All.SelectMany(known => known.AcceptedNames))})");
            }
            else if (property.Value.ValueKind != JsonValueKind.Null && Read(field, property.Name, property.Value, problems) is { } values)
            {
                metadata = metadata.With(field, values, provenanceName);
            }
        }

        return new Sidecar(metadata, problems);
    }

    /// <summary>The field's values from JSON, checked as the field requires; null (and a problem) when they cannot be used.</summary>
    private static List<string>? Read(MetadataField field, string name, JsonElement value, List<string> problems)
    {
        if (field.Multiple)
        {
            return ReadList(name, value, problems);
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add($"'{name}' must be a non-empty string");
            return null;
        }

        var text = value.GetString()!.Trim();
        if (field.Storage == MetadataStorage.Date && DocumentDate.TryParseIso(text) is null)
        {
            problems.Add($"'{name}' must be yyyy-MM-dd, yyyy-MM or yyyy, not '{text}'");
            return null;
        }

        return [text];
    }

    private static List<string>? ReadList(string name, JsonElement value, List<string> problems)
    {
        var values = new List<string>();
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                values.Add(value.GetString()!.Trim());
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                    {
                        values.Add(item.GetString()!.Trim());
                    }
                    else
                    {
                        problems.Add($"'{name}' must be a list of non-empty strings");
                    }
                }

                break;
            default:
                problems.Add($"'{name}' must be a string or a list of strings");
                return null;
        }

        return values;
    }
}
