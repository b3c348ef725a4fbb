using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Archive.SearchApi.Tests;

/// <summary>
/// A date is given out as precisely as the document states it, wherever it leaves the archive: a year alone is "2019",
/// never 2019-01-01, which would claim a day nobody wrote.
/// </summary>
public sealed class DatePrecisionTests : IAsyncLifetime, IDisposable
{
    private const string Marker = "datopræcisionsprøve";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TempDirectory _folder = new();
    private ArchiveApp _app = null!;

    /// <summary>The sidecar's date, what the JSON says, its precision, and the Danish words for it.</summary>
    public static TheoryData<string, string, string> Dates => new()
    {
        { "2019", "year", "2019" },
        { "2019-06", "month", "juni 2019" },
        { "2019-06-12", "day", "12. juni 2019" },
    };

    public async Task InitializeAsync()
    {
        var inbox = _folder.Combine("inbox");
        foreach (var date in new[] { "2019", "2019-06", "2019-06-12" })
        {
            SampleArchive.Write(inbox, $"dato-{date}.txt",
                $"Notat dateret {date}\n\nUdsatterådet drøftede {Marker}, herberg og bostøtte til hjemløse borgere.",
                new { title = $"Notat dateret {date}", council = "Udsatterådet", municipality = date == "2019" ? "Odense Kommune" : "Aarhus Kommune", date });
        }

        _app = new ArchiveApp(inbox, _folder.Combine("index"));
        await _app.ReadyAsync();
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public async Task SearchHit_DateAsPreciseAsStated(string date, string precision, string words)
    {
        _ = words;
        var hit = await HitAsync(date);

        Assert.Equal(date, hit.GetProperty("date").GetString());
        Assert.Equal(precision, hit.GetProperty("datePrecision").GetString());
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public async Task Document_DateAsPreciseAsStated(string date, string precision, string words)
    {
        _ = words;
        var document = await _app.GetJsonAsync($"/api/documents/{(await HitAsync(date)).GetProperty("id").GetString()}");

        Assert.Equal(date, document.GetProperty("date").GetString());
        Assert.Equal(precision, document.GetProperty("datePrecision").GetString());
    }

    [Fact]
    public async Task Similar_YearOnly_IsTheYear()
    {
        var day = await HitAsync("2019-06-12");
        var similar = await _app.GetJsonAsync($"/api/documents/{day.GetProperty("id").GetString()}/similar?otherMunicipalities=true");

        var hit = Assert.Single(similar.Hits());
        Assert.Equal("2019", hit.GetProperty("date").GetString());
        Assert.Equal("year", hit.GetProperty("datePrecision").GetString());
    }

    [Fact]
    public async Task Csv_DatesAsPreciseAsStated()
    {
        var bytes = await _app.Client.GetByteArrayAsync(new Uri($"/api/search?q={Marker}&format=csv", UriKind.Relative));
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var date = Array.IndexOf(lines[0].Split(';'), "date");

        Assert.Equal(["2019", "2019-06", "2019-06-12"], lines[1..].Select(line => line.Split(';')[date]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public async Task Atom_PublishedStaysATimestamp_AndTheStatedDateIsWhereAReaderSeesIt(string date, string precision, string words)
    {
        _ = precision;
        var feed = XDocument.Parse(await _app.Client.GetStringAsync(new Uri($"/api/search?q={Marker}&format=atom", UriKind.Relative)));
        var entry = feed.Root!.Elements(Atom + "entry").Single(entry => entry.Element(Atom + "title")!.Value == $"Notat dateret {date}");

        // RFC 3339 (Atom's date construct) has no year-only form: a full timestamp, parsed as one.
        var published = entry.Element(Atom + "published")!.Value;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T00:00:00Z$", published);
        var category = Assert.Single(entry.Elements(Atom + "category"), category => (string?)category.Attribute("scheme") == "urn:archive:date");
        Assert.Equal(date, (string?)category.Attribute("term"));
        Assert.Equal(words, (string?)category.Attribute("label"));
        Assert.StartsWith(words + " – ", entry.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DateIsAStringWithAPattern_NotFormatDate()
    {
        var schemas = (await _app.GetJsonAsync("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");

        foreach (var shape in new[] { "HitResponse", "DocumentResponse" })
        {
            var date = schemas.GetProperty(shape).GetProperty("properties").GetProperty("date");
            Assert.False(date.TryGetProperty("format", out _), $"{shape}.date has a format");
            var pattern = date.GetProperty("pattern").GetString()!;
            Assert.All(["2019", "2019-06", "2019-06-12"], value => Assert.Matches(pattern, value));
            Assert.DoesNotMatch(pattern, "2019-6");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }

    private async Task<JsonElement> HitAsync(string date) =>
        (await _app.SearchAsync($"q={Marker}")).Hits().Single(hit => hit.GetProperty("title").GetString() == $"Notat dateret {date}");
}
