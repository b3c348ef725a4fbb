using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Lucene;

namespace Archive.Ingestion.Metadata.Dates;

/// <summary>
/// Reads dates as Danish documents write them: "12. oktober 2017", "17. jun. 2014", "mandag den 4. marts 2024",
/// "d. 4/6-2014", "12-01-2012", "15.09.2023", ISO "2017-10-12", "marts 2024" (a month) and, as a whole string,
/// a year alone. Numbers that only look like dates are refused: case numbers (18/924, 2012-6834), digits glued
/// to a date, impossible days (31-02-2018) and years outside the archive's range.
/// </summary>
internal static partial class DanishDateParser
{
    /// <summary>Earliest and latest year accepted: the archive holds modern council papers.</summary>
    public const int MinYear = 1970;

    public const int MaxYear = 2099;

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januar"] = 1, ["jan"] = 1, ["februar"] = 2, ["feb"] = 2, ["febr"] = 2, ["marts"] = 3, ["mar"] = 3, ["mrt"] = 3,
        ["april"] = 4, ["apr"] = 4, ["maj"] = 5, ["juni"] = 6, ["jun"] = 6, ["juli"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["oktober"] = 10, ["okt"] = 10,
        ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>Every date written in <paramref name="text"/>, in order of appearance.</summary>
    public static IReadOnlyList<DateMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();
        var taken = new bool[text.Length];
        void Add(Match match, DocumentDate? date)
        {
            if (Enumerable.Range(match.Index, match.Length).Any(i => taken[i]))
            {
                return;
            }

            // An impossible day ("30. februar 2020") still claims its text, so that its month is not read instead.
            if (date is not null)
            {
                found.Add(new DateMention(date, match.Index, match.Length));
            }

            for (var i = match.Index; i < match.Index + match.Length; i++)
            {
                taken[i] = true;
            }
        }

        // Most specific first: a day with a month name, then numeric days, then a month and year alone.
        foreach (Match match in DayMonthNameYear().Matches(text))
        {
            Add(match, Day(match.Groups["year"].Value, MonthNumber(match.Groups["month"].Value), match.Groups["day"].Value));
        }

        foreach (Match match in IsoDay().Matches(text))
        {
            Add(match, Day(match.Groups["year"].Value, Number(match.Groups["month"].Value), match.Groups["day"].Value));
        }

        foreach (Match match in NumericDay().Matches(text))
        {
            Add(match, Day(match.Groups["year"].Value, Number(match.Groups["month"].Value), match.Groups["day"].Value));
        }

        foreach (Match match in MonthNameYear().Matches(text))
        {
            Add(match, Month(match.Groups["year"].Value, MonthNumber(match.Groups["month"].Value)));
        }

        found.Sort((left, right) => left.Index.CompareTo(right.Index));
        return found;
    }

    /// <summary>
    /// Reads a string that is one date and nothing else (a date line's value, a sidecar value): any format of
    /// <see cref="FindAll"/>, ISO month "2017-10", or a year alone "2019". Null when it is not one date.
    /// </summary>
    public static DocumentDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimEnd('.', ',', ':');
        if (YearAlone().Match(trimmed) is { Success: true } year)
        {
            return Year(year.Groups["year"].Value);
        }

        if (DocumentDate.TryParseIso(trimmed) is { } iso)
        {
            return iso;
        }

        var mentions = FindAll(trimmed);
        return mentions.Count == 1 && trimmed.Length - mentions[0].Length <= 12 ? mentions[0].Date : null;
    }

    private static DocumentDate? Day(string yearText, int? month, string dayText)
    {
        if (month is not (>= 1 and <= 12) || !TryYear(yearText, out var year) || Number(dayText) is not { } day
            || day < 1 || day > DateTime.DaysInMonth(year, month.Value))
        {
            return null;
        }

        return new DocumentDate(new DateOnly(year, month.Value, day), DatePrecision.Day);
    }

    private static DocumentDate? Month(string yearText, int? month) =>
        month is { } value && TryYear(yearText, out var year) ? new DocumentDate(new DateOnly(year, value, 1), DatePrecision.Month) : null;

    private static DocumentDate? Year(string yearText) =>
        TryYear(yearText, out var year) ? new DocumentDate(new DateOnly(year, 1, 1), DatePrecision.Year) : null;

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= MinYear and <= MaxYear;

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 31 ? value : null;

    private static int? MonthNumber(string name) =>
        Months.TryGetValue(name.TrimEnd('.'), out var month) ? month : null;

    // "12. oktober 2017", "17. jun. 2014", "4 marts 2024", "den 1.december 2020". The day may not be glued to
    // another number ("1.12. oktober"), the year may not run on into more digits ("2017-123").
    [GeneratedRegex(@"(?<![\p{N}]|\d[.,/-])(?<day>\d{1,2})\.?\s*(?<month>januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan\.?|febr?\.?|mar\.?|mrt\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|okt\.?|nov\.?|dec\.?)\s*(?<year>\d{4})(?![\p{N}]|[-/.]\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthNameYear();

    // "oktober 2017", "marts 2024" (a month alone; a short month name needs its dot to count: "mar 2024" is rare).
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<month>januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+(?<year>\d{4})(?![\p{N}]|[-/.]\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthNameYear();

    // ISO "2017-10-12": no digit or separator-with-digit on either side ("2012-10-12-3" is a number, not a date).
    [GeneratedRegex(@"(?<![\p{N}]|\d[-/.])(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?![\p{N}]|[-/.]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDay();

    // Day first, as Danes write: "12-01-2012", "15.09.2023", "4/6-2014", "4/6 2014", "12.1.2012".
    // A case number "18/924" has no year; "2012-6834" starts with the year and has no day.
    [GeneratedRegex(@"(?<![\p{N}]|\d[-/.,])(?<day>\d{1,2})(?<sep>[-./])(?<month>\d{1,2})(\k<sep>|[-/ ]|\.\s?)(?<year>\d{4})(?![\p{N}]|[-/.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDay();

    [GeneratedRegex(@"^(?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearAlone();
}
