using System.Globalization;

namespace Archive.Lucene;

/// <summary>How much of a date the document states.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}

/// <summary>
/// A document's date with its precision. A month or a year alone is stored as its first day,
/// so "marts 2024" sorts and filters as 2024-03-01 while still saying it is only a month.
/// </summary>
public sealed record DocumentDate(DateOnly Value, DatePrecision Precision)
{
    public string IsoDate => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public int Number => (Value.Year * 10000) + (Value.Month * 100) + Value.Day;

    public string PrecisionName => Precision.ToString().ToLowerInvariant();

    /// <summary>As much of the date as is known: "2017-10-12", "2017-10" or "2017" (what <see cref="TryParseIso"/> reads).</summary>
    public string PreciseIso => Precision switch
    {
        DatePrecision.Year => Value.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => IsoDate,
    };

    /// <summary>Reads "2017-10-12", "2017-10" or "2017"; null when the text is not such a date.</summary>
    public static DocumentDate? TryParseIso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DocumentDate(day, DatePrecision.Day);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new DocumentDate(month, DatePrecision.Month);
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 9999)
        {
            return new DocumentDate(new DateOnly(year, 1, 1), DatePrecision.Year);
        }

        return null;
    }

    /// <summary>Rebuilds a stored date from its ISO day and precision name.</summary>
    public static DocumentDate? FromStored(string? isoDate, string? precision)
    {
        if (isoDate is null || !DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return null;
        }

        return Enum.TryParse<DatePrecision>(precision, ignoreCase: true, out var parsed)
            ? new DocumentDate(value, parsed)
            : new DocumentDate(value, DatePrecision.Day);
    }
}
