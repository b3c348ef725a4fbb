using System.ComponentModel;
using System.Globalization;
using Archive.Ingestion;
using Archive.Lucene;
using Archive.Lucene.Search;
using Microsoft.AspNetCore.Mvc;

namespace Archive.SearchApi.Model;

/// <summary>
/// The query string of <c>GET /api/search</c>. Every value arrives as text and is checked here, so that a
/// wrong one gets a message naming the parameter instead of a bare 400 from model binding.
/// </summary>
public sealed record SearchParameters
{
    [Description("The query: words (all must match), \"phrases\", OR, -exclude, field:value (title, council, municipality, type, topic, year), prefix*, fuzzy~. At most 1,000 characters. Empty: every document.")]
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [Description("Only documents from this council (repeat for several: any of them).")]
    [FromQuery(Name = "council")]
    public string[]? Council { get; init; }

    [Description("Only documents from this municipality (repeatable): its name as written, with or without \"Kommune\", in any case, with å or aa, æ or ae, ø or oe (\"Slagelse\", \"københavn\", \"Åbenrå\", \"Holbaek\"). A name that is not a Danish municipality or region is matched as given and, unless a document carries it, finds nothing.")]
    [FromQuery(Name = "municipality")]
    public string[]? Municipality { get; init; }

    [Description("Only documents of this type: Høringssvar, Henvendelse, Dagsorden, Referat, Notat, Politik/strategi, Nyhed, Andet (repeatable).")]
    [FromQuery(Name = "type")]
    public string[]? Type { get; init; }

    [Description("Only documents about this topic (repeatable).")]
    [FromQuery(Name = "topic")]
    public string[]? Topic { get; init; }

    [Description("Only documents dated in this year, four digits (repeatable); anything else is a 400 problem.")]
    [FromQuery(Name = "year")]
    public string[]? Year { get; init; }

    [Description("Earliest document date, inclusive: yyyy-MM-dd, yyyy-MM or yyyy. Undated documents are left out when from or to is set.")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [Description("Latest document date, inclusive: yyyy-MM-dd, yyyy-MM (to its last day) or yyyy (to 31 December).")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [Description("relevance (default with a query), newest (default without), oldest. Undated documents come last.")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    [Description("1-based page number (default 1). Results past position 10,000 cannot be paged to.")]
    [FromQuery(Name = "page")]
    public string? Page { get; init; }

    [Description("Hits per page, 1–100 (default 20).")]
    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; init; }

    [Description("true (default): when the query finds nothing and a correction of its misspelt words finds something, the correction is searched (the answer's correctedFrom says so); false: the query as typed, with the correction only suggested.")]
    [FromQuery(Name = "correct")]
    public string? Correct { get; init; }

    [Description("json (default), csv (the whole result set up to 10,000 rows, for Excel: UTF-8 with BOM, ';'), atom (a feed of the 50 newest matches).")]
    [FromQuery(Name = "format")]
    public string? Format { get; init; }

    /// <summary>Checks every parameter; returns the problems with the parameter each is about, or none and the request to run.</summary>
    public List<(string Parameter, SearchProblem Problem)> Validate(out SearchRequest request, out ExportFormat format)
    {
        var errors = new List<(string Parameter, SearchProblem Problem)>();
        void Error(string name, SearchProblem problem) => errors.Add((name, problem));

        if (SearchLimits.QueryLengthProblem(Q) is { } tooLong)
        {
            Error("q", tooLong);
        }

        var from = ParseDate(From, endOfPeriod: false);
        var to = ParseDate(To, endOfPeriod: true);
        if (From is not null && from is null)
        {
            Error("from", SearchProblem.NotADate("from", From));
        }

        if (To is not null && to is null)
        {
            Error("to", SearchProblem.NotADate("to", To));
        }

        if (from > to)
        {
            Error("from", SearchProblem.RangeReversed(From!, To!));
        }

        var hasQuery = !string.IsNullOrWhiteSpace(Q);
        SearchSort? sort = (Sort?.Trim().ToLowerInvariant()) switch
        {
            null or "" => hasQuery ? SearchSort.Relevance : SearchSort.Newest,
            "relevance" => SearchSort.Relevance,
            "newest" => SearchSort.Newest,
            "oldest" => SearchSort.Oldest,
            _ => null,
        };
        if (sort is null)
        {
            Error("sort", SearchProblem.UnknownValue("sort", Sort ?? string.Empty, "relevance", "newest", "oldest"));
        }

        var page = ParseWhole(Page, 1);
        var pageSize = ParseWhole(PageSize, SearchLimits.DefaultPageSize);
        if (page is null or < 1)
        {
            Error("page", SearchProblem.ParameterOutOfRange("page", Page ?? string.Empty, 1));
        }

        if (pageSize is null or < 1 or > SearchLimits.MaxPageSize)
        {
            Error("pageSize", SearchProblem.ParameterOutOfRange("pageSize", PageSize ?? string.Empty, 1, SearchLimits.MaxPageSize));
        }

        if (page >= 1 && pageSize is >= 1 and <= SearchLimits.MaxPageSize && (long)page * pageSize > SearchLimits.MaxResultWindow)
        {
            Error("page", SearchProblem.BeyondResultWindow());
        }

        // A year is four digits; anything else would match nothing and look like an empty archive.
        foreach (var year in Values(Year).Where(year => !(year.Length == 4 && year.All(char.IsAsciiDigit))))
        {
            Error("year", SearchProblem.NotAYear(year));
        }

        bool? correct = (Correct?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "true" => true,
            "false" => false,
            _ => null,
        };
        if (correct is null)
        {
            Error("correct", SearchProblem.UnknownValue("correct", Correct ?? string.Empty, "true", "false"));
        }

        format = (Format?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "json" => ExportFormat.Json,
            "csv" => ExportFormat.Csv,
            "atom" => ExportFormat.Atom,
            _ => ExportFormat.Unknown,
        };
        if (format == ExportFormat.Unknown)
        {
            Error("format", SearchProblem.UnknownValue("format", Format ?? string.Empty, "json", "csv", "atom"));
        }

        request = new SearchRequest
        {
            Query = Q,
            Filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            {
                [ArchiveFields.Council] = Values(Council),
                [ArchiveFields.Municipality] = MunicipalityNames(Municipality),
                [ArchiveFields.Type] = Values(Type),
                [ArchiveFields.Topic] = Values(Topic),
                [ArchiveFields.Year] = Values(Year),
            },
            From = from,
            To = to,
            Sort = sort ?? SearchSort.Relevance,
            Page = page ?? 1,
            PageSize = pageSize ?? SearchLimits.DefaultPageSize,
            CorrectSpelling = correct ?? true,
        };
        return errors;
    }

    /// <summary>
    /// The stored names of the municipalities asked for: documents carry the canonical name ("Slagelse Kommune"),
    /// people type "Slagelse" or "Aabenraa". A name the gazetteer does not know is kept, so a value a sidecar gave
    /// outside the list still filters.
    /// </summary>
    private static string[] MunicipalityNames(string[]? values) =>
        [.. Values(values).Select(name => ArchiveIngestion.MunicipalityName(name) ?? name).Distinct(StringComparer.Ordinal)];

    private static string[] Values(string[]? values) =>
        values is null ? [] : [.. values.Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value.Trim())];

    private static int? ParseWhole(string? text, int fallback) =>
        string.IsNullOrWhiteSpace(text) ? fallback
        : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
        : null;

    /// <summary>A day, a month or a year; the end of a month or year is its last day when it closes a range.</summary>
    private static DateOnly? ParseDate(string? text, bool endOfPeriod)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM", culture, DateTimeStyles.None, out var month))
        {
            return endOfPeriod ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)) : month;
        }

        return DateOnly.TryParseExact(value, "yyyy", culture, DateTimeStyles.None, out var year)
            ? (endOfPeriod ? new DateOnly(year.Year, 12, 31) : year)
            : null;
    }
}

public enum ExportFormat
{
    Json,
    Csv,
    Atom,
    Unknown,
}
