using System.Text;
using Archive.Lucene.Search;
using Archive.SearchApi.Model;

namespace Archive.SearchApi.Exports;

/// <summary>
/// Search results as CSV for a Danish Excel: UTF-8 with a byte-order mark (or Excel guesses Windows-1252 and
/// garbles æøå), ';' between fields (',' is the Danish decimal sign, so Excel expects ';'), CRLF line ends.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const int MaxRows = SearchLimits.MaxResultWindow;

    // The metadata columns are the API's metadata properties, in the same order; several values share a cell.
    private static readonly string[] Header = ["id", .. MetadataJson.PropertyNames, "fileName", "pageCount", "url"];

    public static byte[] Write(IEnumerable<SearchHit> hits, Func<string, string> documentUrl)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(documentUrl);
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var hit in hits)
        {
            var document = hit.Document;
            var metadata = MetadataJson.Of(document.Metadata).Values.Select(value => value switch
            {
                IReadOnlyList<string> values => string.Join(", ", values),
                _ => value as string,
            });
            AppendRow(csv,
            [
                document.Id,
                .. metadata,
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
