using System.Text;
using Archive.Lucene.Search;

namespace Archive.SearchApi.Exports;

/// <summary>
/// Search results as CSV for a Danish Excel: UTF-8 with a byte-order mark (or Excel guesses Windows-1252 and
/// garbles æøå), ';' between fields (',' is the Danish decimal sign, so Excel expects ';'), CRLF line ends.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const int MaxRows = SearchLimits.MaxResultWindow;

    private static readonly string[] Header =
        ["id", "title", "date", "datePrecision", "council", "municipality", "type", "topics", "caseNumber", "fileName", "pageCount", "url"];

    public static byte[] Write(IEnumerable<SearchHit> hits, Func<string, string> documentUrl)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(documentUrl);
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var hit in hits)
        {
            var document = hit.Document;
            var metadata = document.Metadata;
            AppendRow(csv,
            [
                document.Id,
                metadata.Title,
                metadata.Date?.IsoDate,
                metadata.Date?.PrecisionName,
                metadata.Council,
                metadata.Municipality,
                metadata.Type,
                string.Join(", ", metadata.Topics),
                metadata.CaseNumber,
                document.FileName,
                document.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                documentUrl(document.Id),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void AppendRow(StringBuilder csv, string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(';');
            }

            csv.Append(Quote(fields[i] ?? string.Empty));
        }

        csv.Append("\r\n");
    }

    private static string Quote(string field)
    {
        // A cell starting with = + - @ is a formula to Excel; a title must never run as one.
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@')
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
