using System.Globalization;
using Archive.Lucene;

namespace Archive.SearchApi.Exports;

/// <summary>A document's date in Danish words, as precise as the document states it: "12. juni 2019", "juni 2019", "2019".</summary>
public static class DanishDate
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static string Format(DocumentDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return date.Precision switch
        {
            DatePrecision.Year => date.Value.ToString("yyyy", Danish),
            DatePrecision.Month => date.Value.ToString("MMMM yyyy", Danish),
            _ => date.Value.ToString("d. MMMM yyyy", Danish),
        };
    }
}
