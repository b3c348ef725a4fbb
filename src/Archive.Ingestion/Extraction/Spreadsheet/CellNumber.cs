using System.Globalization;

namespace Archive.Ingestion.Extraction.Spreadsheet;

/// <summary>
/// Writes a number cell's stored value as text: dates and times as ISO 8601 (2017-10-12, 14:30), which the date
/// rules read, and other numbers with up to 15 significant digits (what Excel shows, without the binary noise of
/// values such as 0.1 + 0.2), a point as decimal separator and no grouping.
/// </summary>
internal static class CellNumber
{
    // Day 0 of the 1904 date system is 1904-01-01, which is day 1462 of the 1900 system.
    private const int Days1904Offset = 1462;

    public static string? Format(string stored, NumberKind kind, bool uses1904Dates)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return TextSink.HasText(stored) ? stored.Trim() : null;
        }

        if (kind != NumberKind.Number && AsDateTime(number, kind, uses1904Dates) is { } moment)
        {
            return kind switch
            {
                NumberKind.Date => moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                NumberKind.Time => moment.ToString(moment.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture),
                _ => moment.ToString(moment.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            };
        }

        return number.ToString("G15", CultureInfo.InvariantCulture);
    }

    private static DateTime? AsDateTime(double number, NumberKind kind, bool uses1904Dates)
    {
        // A time alone is a fraction of a day; a negative or absurd serial is not a date Excel can show.
        var serial = uses1904Dates && kind != NumberKind.Time ? number + Days1904Offset : number;
        if (serial < 0 || serial > 2_958_465)
        {
            return null;
        }

        // OLE Automation dates count from 1899-12-30, which absorbs Excel's fictitious 1900-02-29 for every date after it.
        var moment = DateTime.FromOADate(serial);

        // Rounded to the second: a stored 14:30 is often 14:29:59.9999.
        var seconds = Math.Round(moment.Ticks / (double)TimeSpan.TicksPerSecond, MidpointRounding.AwayFromZero);
        return new DateTime((long)seconds * TimeSpan.TicksPerSecond, DateTimeKind.Unspecified);
    }
}
