using Archive.Lucene;

namespace Archive.SearchApi.Model;

/// <summary>
/// A document's metadata as the JSON of hits and documents carries it: one property per <see cref="MetadataFields"/>
/// entry, under its name, in the registry's order. A list field is always a list; the date is <c>date</c>
/// (yyyy-MM-dd, the first day of a month or year when less precise) with <c>datePrecision</c>; other fields are a
/// string or null.
/// </summary>
public static class MetadataJson
{
    /// <summary>The JSON name of the date's precision, written beside the date.</summary>
    public const string DatePrecision = "datePrecision";

    public static Dictionary<string, object?> Of(DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var json = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in MetadataFields.All)
        {
            if (field.Multiple)
            {
                json[field.Name] = metadata.ValuesOf(field);
            }
            else if (field.Storage == MetadataStorage.Date)
            {
                var date = DocumentDate.TryParseIso(metadata.ValueOf(field));
                json[field.Name] = date?.IsoDate;
                json[DatePrecision] = date?.PrecisionName;
            }
            else
            {
                json[field.Name] = metadata.ValueOf(field);
            }
        }

        return json;
    }

    /// <summary>The JSON property names <see cref="Of"/> writes, in order.</summary>
    public static IEnumerable<string> PropertyNames =>
        MetadataFields.All.SelectMany(entry => entry.Storage == MetadataStorage.Date ? [entry.Name, DatePrecision] : new[] { entry.Name });
}
