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
    private static readonly string[] Header = ["id", .. MetadataJson.PropertyNames, "fileName", "pageCount", "matchPages", "url"];

    /// <summary>
    /// The whole result set to export, up to <see cref="MaxRows"/>. Without a query the rows need only metadata, read
    /// in one pass. With one, each row also names the pages of its best passages, which only the text can tell: the
    /// hits are read a hundred at a time and each one's text dropped once its passages are known, so an export of
    /// thousands of long documents never holds their text at once.
    /// </summary>
    public static SearchResults Collect(ArchiveSearcher searcher, SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(request);
        var whole = request with { Page = 1, PageSize = MaxRows, WithFacets = false, WithSnippets = false };
        if (!request.HasQuery)
        {
            return searcher.Search(whole, cancellationToken);
        }

        var hits = new List<SearchHit>();
        var exported = new HashSet<string>(StringComparer.Ordinal);
        var total = 0;
        for (var slice = 1; ; slice++)
        {
            var results = searcher.Search(request with { Page = slice, PageSize = SearchLimits.MaxPageSize, WithFacets = false, WithSnippets = true }, cancellationToken);
            total = slice == 1 ? results.Total : total;

            // Documents indexed between two slices can move a hit into the next slice; it is exported once.
            hits.AddRange(results.Hits.Where(hit => exported.Add(hit.Document.Id)).Select(hit => hit with { Document = hit.Document with { Pages = [] } }));
            if (results.Hits.Count < SearchLimits.MaxPageSize || slice * SearchLimits.MaxPageSize >= Math.Min(total, MaxRows))
            {
                return new SearchResults(total, hits, new Dictionary<string, IReadOnlyList<FacetValue>>());
            }
        }
    }

    /// <param name="hits">The rows; their snippets, when they have any, give the pages of the best matches.</param>
    /// <param name="documentUrl">The web page of a document, by its id.</param>
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
                MatchPages(hit.Snippets),
                documentUrl(document.Id),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>
    /// "2, 5": the pages of the best passages, best first. A passage without a mark is a document's opening lines,
    /// shown when only its metadata matched; it names no page of a match.
    /// </summary>
    private static string MatchPages(IReadOnlyList<Snippet> snippets) => string.Join(", ", snippets
        .Where(snippet => snippet.Html.Contains("<mark>", StringComparison.Ordinal))
        .Select(snippet => snippet.Page.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Distinct(StringComparer.Ordinal));

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
