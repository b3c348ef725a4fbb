using System.Collections.Immutable;

namespace Archive.Lucene;

/// <summary>
/// Metadata of a document: values by <see cref="MetadataField"/>, each set field naming its origin in
/// <see cref="Provenance"/>. Immutable; <see cref="With(MetadataField, string?, string?)"/> gives a changed copy.
/// </summary>
public sealed class DocumentMetadata
{
    private readonly ImmutableDictionary<string, IReadOnlyList<string>> _values;
    private readonly ImmutableDictionary<string, string> _provenance;
    private Dictionary<string, string>? _orderedProvenance;

    public DocumentMetadata()
        : this(ImmutableDictionary<string, IReadOnlyList<string>>.Empty, ImmutableDictionary<string, string>.Empty)
    {
    }

    private DocumentMetadata(ImmutableDictionary<string, IReadOnlyList<string>> values, ImmutableDictionary<string, string> provenance)
    {
        _values = values;
        _provenance = provenance;
    }

    /// <summary>
    /// Field name (<see cref="MetadataField.Name"/>) → where the value came from, e.g. "sidecar" or "text:first-line";
    /// in the registry's order, so every answer lists the fields the same way. Made when first asked for: the rules
    /// change metadata field by field, and only the finished record is shown.
    /// </summary>
    public IReadOnlyDictionary<string, string> Provenance =>
        _orderedProvenance ??= MetadataFields.All.Where(entry => _provenance.ContainsKey(entry.Name)).ToDictionary(entry => entry.Name, entry => _provenance[entry.Name]);

    public string? Title => ValueOf(MetadataFields.Title);

    public string? Council => ValueOf(MetadataFields.Council);

    public string? Municipality => ValueOf(MetadataFields.Municipality);

    public DocumentDate? Date => DocumentDate.TryParseIso(ValueOf(MetadataFields.Date));

    public string? Type => ValueOf(MetadataFields.Type);

    public IReadOnlyList<string> Topics => ValuesOf(MetadataFields.Topics);

    public string? CaseNumber => ValueOf(MetadataFields.CaseNumber);

    public string? Recipient => ValueOf(MetadataFields.Recipient);

    public string? Signatory => ValueOf(MetadataFields.Signatory);

    public string? SourceUrl => ValueOf(MetadataFields.SourceUrl);

    /// <summary>Metadata made at once from stored values and their provenance (reading a document back from the index).</summary>
    public static DocumentMetadata FromStored(IEnumerable<(MetadataField Field, IReadOnlyList<string> Values)> values, IReadOnlyDictionary<string, string> provenance)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(provenance);
        var builder = ImmutableDictionary.CreateBuilder<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (field, fieldValues) in values)
        {
            builder[Key(field)] = fieldValues;
        }

        return new DocumentMetadata(builder.ToImmutable(), provenance.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>True when the field has a value (even an empty list set on purpose, such as a sidecar's "topics": []).</summary>
    public bool Has(MetadataField field) => _values.ContainsKey(Key(field));

    /// <summary>The field's values; empty when it has none.</summary>
    public IReadOnlyList<string> ValuesOf(MetadataField field) => _values.TryGetValue(Key(field), out var values) ? values : [];

    /// <summary>The field's (first) value, or null.</summary>
    public string? ValueOf(MetadataField field) => ValuesOf(field) is [var first, ..] ? first : null;

    /// <summary>A copy with the field set to <paramref name="value"/> (cleared when null or blank), found by <paramref name="source"/>.</summary>
    public DocumentMetadata With(MetadataField field, string? value, string? source) =>
        string.IsNullOrWhiteSpace(value) ? Without(field) : With(field, [value], source);

    /// <summary>A copy with the field set to <paramref name="values"/> (an empty list is kept: it says "none"), found by <paramref name="source"/>.</summary>
    public DocumentMetadata With(MetadataField field, IReadOnlyList<string> values, string? source)
    {
        ArgumentNullException.ThrowIfNull(values);
        var provenance = source is null ? _provenance.Remove(Key(field)) : _provenance.SetItem(Key(field), source);
        return new DocumentMetadata(_values.SetItem(Key(field), [.. values]), provenance);
    }

    /// <summary>A copy without the field and its provenance.</summary>
    public DocumentMetadata Without(MetadataField field) =>
        new(_values.Remove(Key(field)), _provenance.Remove(Key(field)));

    /// <summary>This metadata with every field <paramref name="overrides"/> has taken from it, provenance included.</summary>
    public DocumentMetadata OverriddenBy(DocumentMetadata overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var result = this;
        foreach (var field in MetadataFields.All.Where(overrides.Has))
        {
            result = result.With(field, overrides.ValuesOf(field), overrides.Provenance.GetValueOrDefault(Key(field)));
        }

        return result;
    }

    private static string Key(MetadataField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Name;
    }
}
