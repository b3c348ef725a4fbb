using Archive.Lucene;

namespace Archive.SearchApi.Model;

/// <summary>
/// A document's metadata as the JSON of hits and documents carries it: one property per <see cref="MetadataFields"/>
/// entry, under its name, in the registry's order. A list field is always a list; the date is <c>date</c>, as much of
/// it as is known (2019-06-12, 2019-06 or 2019: a year alone never reads as the 1st of January) with
/// <c>datePrecision</c>; other fields are a string or null.
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
                json[field.Name] = date?.PreciseIso;
                json[DatePrecision] = date?.PrecisionName;
            }
            else
            {
                json[field.Name] = metadata.ValueOf(field);
            }
        }

        return json;
    }

    /// <summary>What every <c>date</c> matches: a day, a month or a year (the OpenAPI schema's pattern).</summary>
    public const string DatePattern = @"^\d{4}(-\d{2}(-\d{2})?)?$";

    /// <summary>The JSON property names <see cref="Of"/> writes, in order.</summary>
    public static IEnumerable<string> PropertyNames =>
        MetadataFields.All.SelectMany(entry => entry.Storage == MetadataStorage.Date ? [entry.Name, DatePrecision] : new[] { entry.Name });
}
