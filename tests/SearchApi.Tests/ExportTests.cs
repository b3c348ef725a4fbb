using System.Text;
using System.Xml.Linq;

namespace Archive.SearchApi.Tests;

public sealed class ExportTests(SampleArchiveFixture archive) : IClassFixture<SampleArchiveFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly ArchiveApp _app = archive.App;

    [Fact]
    public async Task Csv_OpensInDanishExcel_AndParsesBackToTheResults()
    {
        using var response = await _app.Client.GetAsync(new Uri("/api/search?q=vestergaardmodellen+OR+ledsagelse&format=csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("archive-search.csv", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["id", "title", "date", "datePrecision", "council", "municipality", "type", "topics", "caseNumber", "recipient", "signatory", "sender", "sourceUrl", "textSource", "fileName", "pageCount", "matchPages", "url"], rows[0]);
        Assert.Equal(5, rows.Count);
        Assert.Equal("4", Assert.Single(response.Headers.GetValues("X-Total-Count")));
        var note = rows.Single(row => Cell(rows, row, "fileName") == "notat-ledsagelse.txt");
        Assert.Equal("Notat om ledsagelse; \"særlige\" ordninger", note[1]);
        Assert.Equal(["2019-03-04", "day", "Handicaprådet", "Holbæk Kommune", "Notat", "Handicap"], note[2..8]);
        Assert.Equal("1", Cell(rows, note, "pageCount"));
        Assert.Equal("1", Cell(rows, note, "matchPages"));
        var page = new Uri(Cell(rows, note, "url"));
        Assert.Equal($"/dokument/{note[0]}", page.AbsolutePath);
        Assert.Equal("?q=vestergaardmodellen%20OR%20ledsagelse", page.Query);
        var aarhus = rows.Single(row => Cell(rows, row, "fileName") == "hoeringssvar-housing-first.txt");
        Assert.Equal("'=Housing First i Aarhus", aarhus[1]);
        Assert.Equal("Hjemløshed og bolig, Misbrug og rusmidler", aarhus[7]);
    }

    [Fact]
    public async Task Csv_PageCount_IsTheDocumentsPageCount()
    {
        using var response = await _app.Client.GetAsync(new Uri("/api/search?q=plejehjemsplads&format=csv", UriKind.Relative));
        var rows = ParseCsv(Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]));

        Assert.Equal("2", Cell(rows, rows[1], "pageCount"));
    }

    [Fact]
    public async Task Csv_UrlOpensTheDocumentsWebPage_LikeTheAtomLink()
    {
        using var csv = await _app.Client.GetAsync(new Uri("/api/search?q=plejehjemsplads&format=csv", UriKind.Relative));
        using var atom = await _app.Client.GetAsync(new Uri("/api/search?q=plejehjemsplads&format=atom", UriKind.Relative));
        var row = ParseCsv(Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]))[1];
        var entry = Assert.Single(XDocument.Parse(await atom.Content.ReadAsStringAsync()).Root!.Elements(Atom + "entry"));

        Assert.Equal((string)entry.Element(Atom + "link")!.Attribute("href")!, row[^1]);
        using var page = await _app.Client.GetAsync(new Uri(new Uri(row[^1]).PathAndQuery, UriKind.Relative));
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Csv_MatchPages_ArePagesOfTheBestPassages_AsTheSnippetsGiveThem()
    {
        using var response = await _app.Client.GetAsync(new Uri("/api/search?q=plejehjemsplads&format=csv", UriKind.Relative));
        var rows = ParseCsv(Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]));
        var json = await _app.SearchAsync("q=plejehjemsplads");

        var snippetPages = Assert.Single(json.Hits()).GetProperty("snippets").EnumerateArray().Select(snippet => snippet.GetProperty("page").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2", Cell(rows, rows[1], "matchPages"));
        Assert.Equal(string.Join(", ", snippetPages.Distinct()), Cell(rows, rows[1], "matchPages"));
    }

    [Fact]
    public async Task Csv_WithoutAQuery_HasNoMatchPages()
    {
        using var response = await _app.Client.GetAsync(new Uri("/api/search?municipality=Holb%C3%A6k+Kommune&format=csv", UriKind.Relative));
        var rows = ParseCsv(Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]));

        Assert.Equal(3, rows.Count);
        Assert.All(rows.Skip(1), row => Assert.Equal(string.Empty, Cell(rows, row, "matchPages")));
    }

    [Fact]
    public async Task Csv_ExportsTheWholeResultSet_NotOnePage()
    {
        using var response = await _app.Client.GetAsync(new Uri("/api/search?q=sideopdeling&format=csv&pageSize=5&page=2", UriKind.Relative));
        var rows = ParseCsv(Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]));

        Assert.Equal(SampleArchive.PagingDocuments + 1, rows.Count);
    }

    [Fact]
    public async Task Atom_IsAValidFeedOfTheNewestMatches()
    {
        using var response = await _app.Client.GetAsync(new Uri("/api/search?q=sideopdeling+OR+vestergaardmodellen&format=atom", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        foreach (var required in new[] { "id", "title", "updated" })
        {
            Assert.NotNull(feed.Root.Element(Atom + required));
        }

        Assert.Contains(feed.Root.Elements(Atom + "link"), link => (string?)link.Attribute("rel") == "self");
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(SampleArchive.PagingDocuments + 3, entries.Count);
        Assert.All(entries, entry =>
        {
            Assert.StartsWith("urn:archive:document:", entry.Element(Atom + "id")!.Value, StringComparison.Ordinal);
            Assert.NotEmpty(entry.Element(Atom + "title")!.Value);
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
            var link = entry.Element(Atom + "link")!;
            Assert.Equal("text/html", (string?)link.Attribute("type"));
            Assert.Contains("/dokument/", (string?)link.Attribute("href"), StringComparison.Ordinal);
        });
        var published = entries.Select(entry => entry.Element(Atom + "published")?.Value).ToList();
        Assert.Equal("2030-05-01T00:00:00Z", published[0]);
        Assert.Null(published[^1]);
        Assert.Equal(published.Where(p => p is not null).OrderDescending(StringComparer.Ordinal), published.Where(p => p is not null));
    }

    [Fact]
    public async Task Atom_EntryLinksOpenTheWebPage_WithTheQueryMarked()
    {
        using var response = await _app.Client.GetAsync(new Uri("/api/search?q=plejehjemsplads&format=atom", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var href = new Uri((string)Assert.Single(feed.Root!.Elements(Atom + "entry")).Element(Atom + "link")!.Attribute("href")!);

        Assert.StartsWith("/dokument/", href.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("?q=plejehjemsplads", href.Query);
        using var page = await _app.Client.GetAsync(new Uri(href.PathAndQuery, UriKind.Relative));
        Assert.True(page.IsSuccessStatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Atom_HoldsAtMostFiftyEntries()
    {
        using var response = await _app.Client.GetAsync(new Uri("/api/search?format=atom", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        var total = (await _app.SearchAsync("pageSize=1")).Total();
        Assert.Equal(Math.Min(50, total), feed.Root!.Elements(Atom + "entry").Count());
    }

    /// <summary>A CSV reader for ';' with quoted fields ("" inside quotes), as Excel reads it.</summary>
    /// <summary>A row's cell in the named column: the header says where each column stands.</summary>
    private static string Cell(List<string[]> rows, string[] row, string column) => row[Array.IndexOf(rows[0], column)];

    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.Empty(row);
        Assert.Equal(0, field.Length);
        return rows;
    }
}
