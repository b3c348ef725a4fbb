namespace Archive.SearchApi.Tests;

/// <summary>Every out-of-range or malformed request gets a 400 problem that names what is wrong; none a 500.</summary>
public sealed class RequestErrorTests(SampleArchiveFixture archive) : IClassFixture<SampleArchiveFixture>
{
    private readonly ArchiveApp _app = archive.App;

    [Theory]
    [InlineData("pageSize=101", "pageSize", "1 to 100")]
    [InlineData("pageSize=10000", "pageSize", "1 to 100")]
    [InlineData("pageSize=0", "pageSize", "1 to 100")]
    [InlineData("pageSize=ten", "pageSize", "1 to 100")]
    [InlineData("page=0", "page", "at least 1")]
    [InlineData("page=-1", "page", "at least 1")]
    [InlineData("page=2.5", "page", "at least 1")]
    [InlineData("page=101&pageSize=100", "page", "10,000")]
    [InlineData("page=501", "page", "10,000")]
    [InlineData("from=2020&to=2019", "from", "after")]
    [InlineData("from=2020-02-30", "from", "not a date")]
    [InlineData("to=yesterday", "to", "not a date")]
    [InlineData("sort=popular", "sort", "relevance, newest or oldest")]
    [InlineData("format=xml", "format", "json, csv or atom")]
    [InlineData("year=abc", "year", "four digits")]
    [InlineData("year=2019&year=19", "year", "four digits")]
    public async Task Search_OutOfRange_Is400NamingTheParameter(string parameters, string name, string message)
    {
        var problem = await _app.GetProblemAsync("/api/search?" + parameters, 400);

        var errors = problem.GetProperty("errors").GetProperty(name);
        Assert.Contains(message, errors[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_QueryOverAThousandCharacters_Is400()
    {
        var problem = await _app.GetProblemAsync("/api/search?q=" + new string('a', 1001), 400);
        var tenKilobytes = await _app.GetProblemAsync("/api/search?q=" + string.Concat(Enumerable.Repeat("borger ", 1500)), 400);

        Assert.Contains("1000", problem.GetProperty("errors").GetProperty("q")[0].GetString(), StringComparison.Ordinal);
        Assert.True(tenKilobytes.GetProperty("errors").TryGetProperty("q", out _));
        Assert.Equal(10, (await _app.SearchAsync("q=" + new string('a', 1000))).GetProperty("hits").GetArrayLength() + 10);
    }

    [Theory]
    [InlineData("%22housing+first", "quotation mark")]
    [InlineData("(housing+OR+herberg", "parenthesis")]
    [InlineData("housing)", "parenthesis")]
    [InlineData("housing+AND", "AND")]
    [InlineData("OR+herberg", "OR")]
    [InlineData("*bolig", "cannot start with")]
    [InlineData("%3Fbolig", "cannot start with")]
    [InlineData("forfatter:jensen", "Unknown field 'forfatter:'")]
    [InlineData("title:", "value after the colon")]
    [InlineData("housing^", "could not be read")]
    [InlineData("[a+TO", "could not be read")]
    public async Task Search_MalformedQuery_Is400SayingWhatIsWrong(string query, string message)
    {
        var problem = await _app.GetProblemAsync("/api/search?q=" + query, 400);

        Assert.Equal("The query cannot be read", problem.GetProperty("title").GetString());
        Assert.Contains(message, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRoute_Is404Problem()
    {
        await _app.GetProblemAsync("/api/nothing-here", 404);
    }
}
