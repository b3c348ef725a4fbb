namespace Archive.Lucene;

/// <summary>
/// Metadata of a document: values by <see cref="MetadataField"/>, each set field naming its origin in
/// <see cref="Provenance"/>. Immutable; <see cref="With(MetadataField, string?, string?)"/> gives a changed copy.
/// </summary>
/// <remarks>
/// Values are kept in arrays in the registry's order: a search reads the metadata of every hit and the rules change it
/// field by field, and a copy of ten references is cheaper than any dictionary.
/// </remarks>
public sealed class DocumentMetadata
{
    private readonly IReadOnlyList<string>?[] _values;
    private readonly string?[] _sources;
    private Dictionary<string, string>? _provenance;

    public DocumentMetadata()
        : this(new IReadOnlyList<string>?[MetadataFields.All.Count], new string?[MetadataFields.All.Count])
    {
    }

    private DocumentMetadata(IReadOnlyList<string>?[] values, string?[] sources)
    {
        _values = values;
        _sources = sources;
    }

    /// <summary>
    /// Field name (<see cref="MetadataField.Name"/>) → where the value came from, e.g. "sidecar" or "text:first-line";
    /// in the registry's order, so every answer lists the fields the same way.
    /// </summary>
    public IReadOnlyDictionary<string, string> Provenance => _provenance ??= OrderedProvenance();

    public string? Title => ValueOf(MetadataFields.Title);

    public string? Council => ValueOf(MetadataFields.Council);

    public string? Municipality => ValueOf(MetadataFields.Municipality);

    public DocumentDate? Date => DocumentDate.TryParseIso(ValueOf(MetadataFields.Date));

    public string? Type => ValueOf(MetadataFields.Type);

    public IReadOnlyList<string> Topics => ValuesOf(MetadataFields.Topics);

    public string? CaseNumber => ValueOf(MetadataFields.CaseNumber);

    public string? Recipient => ValueOf(MetadataFields.Recipient);

    public string? Signatory => ValueOf(MetadataFields.Signatory);

    public string? Sender => ValueOf(MetadataFields.Sender);

    public string? SourceUrl => ValueOf(MetadataFields.SourceUrl);

    /// <summary>Metadata made at once from stored values and their provenance (reading a document back from the index).</summary>
    public static DocumentMetadata FromStored(IEnumerable<(MetadataField Field, IReadOnlyList<string> Values)> values, IReadOnlyDictionary<string, string> provenance)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(provenance);
        var metadata = new DocumentMetadata();
        foreach (var (field, fieldValues) in values)
        {
            var index = MetadataFields.IndexOf(field);
            metadata._values[index] = fieldValues;
            metadata._sources[index] = provenance.GetValueOrDefault(field.Name);
        }

        return metadata;
    }

    /// <summary>True when the field has a value (even an empty list set on purpose, such as a sidecar's "topics": []).</summary>
    public bool Has(MetadataField field) => _values[MetadataFields.IndexOf(field)] is not null;

    /// <summary>The field's values; empty when it has none.</summary>
    public IReadOnlyList<string> ValuesOf(MetadataField field) => _values[MetadataFields.IndexOf(field)] ?? [];

    /// <summary>The field's (first) value, or null.</summary>
    public string? ValueOf(MetadataField field) => _values[MetadataFields.IndexOf(field)] is [var first, ..] ? first : null;

    /// <summary>A copy with the field set to <paramref name="value"/> (cleared when null or blank), found by <paramref name="source"/>.</summary>
    public DocumentMetadata With(MetadataField field, string? value, string? source) =>
        string.IsNullOrWhiteSpace(value) ? Without(field) : With(field, [value], source);

    /// <summary>A copy with the field set to <paramref name="values"/> (an empty list is kept: it says "none"), found by <paramref name="source"/>.</summary>
    public DocumentMetadata With(MetadataField field, IReadOnlyList<string> values, string? source)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Copy(MetadataFields.IndexOf(field), [.. values], source);
    }

    /// <summary>A copy without the field and its provenance.</summary>
    public DocumentMetadata Without(MetadataField field) => Copy(MetadataFields.IndexOf(field), null, null);

    /// <summary>This metadata with every field <paramref name="overrides"/> has taken from it, provenance included.</summary>
    public DocumentMetadata OverriddenBy(DocumentMetadata overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var values = (IReadOnlyList<string>?[])_values.Clone();
        var sources = (string?[])_sources.Clone();
        for (var i = 0; i < values.Length; i++)
        {
            if (overrides._values[i] is { } overriding)
            {
                values[i] = overriding;
                sources[i] = overrides._sources[i];
            }
        }

        return new DocumentMetadata(values, sources);
    }

    private DocumentMetadata Copy(int index, IReadOnlyList<string>? values, string? source)
    {
        var copiedValues = (IReadOnlyList<string>?[])_values.Clone();
        var copiedSources = (string?[])_sources.Clone();
        copiedValues[index] = values;
        copiedSources[index] = values is null ? null : source;
        return new DocumentMetadata(copiedValues, copiedSources);
    }

    private Dictionary<string, string> OrderedProvenance()
    {
        var provenance = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _sources.Length; i++)
        {
            if (_sources[i] is { } source)
            {
                provenance[MetadataFields.All[i].Name] = source;
            }
        }

        return provenance;
    }
}
