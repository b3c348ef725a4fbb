using Archive.Lucene;

namespace Archive.Testing;

/// <summary>
/// A value for every field of the metadata registry, made from the registry itself: tests built on it cover a field
/// the moment it is added to <see cref="MetadataFields"/>.
/// </summary>
public static class EveryMetadataField
{
    /// <summary>The date every sample carries (dates must be valid to be kept).</summary>
    public const string Date = "2021-05-06";

    /// <summary>The sample values of a field: two for a list field, one otherwise, each naming its field.</summary>
    public static IReadOnlyList<string> ValuesOf(MetadataField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field switch
        {
            { Storage: MetadataStorage.Date } => [Date],
            { Multiple: true } => [$"Første {field.Name}-værdi", $"Anden {field.Name}-værdi"],
            { Storage: MetadataStorage.Stored } => [$"https://eksempel.dk/{field.Name}"],
            _ => [$"Prøve {field.Name}-værdi"],
        };
    }

    /// <summary>A sidecar object (name → value or list) setting every field.</summary>
    public static Dictionary<string, object> Sidecar() =>
        MetadataFields.All.ToDictionary(field => field.Name, field => field.Multiple ? (object)ValuesOf(field) : ValuesOf(field)[0]);

    /// <summary>Metadata setting every field, each from <paramref name="source"/>.</summary>
    public static DocumentMetadata Metadata(string source) =>
        MetadataFields.All.Aggregate(new DocumentMetadata(), (metadata, field) => metadata.With(field, ValuesOf(field), source));
}
