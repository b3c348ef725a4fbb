using System.Reflection;
using Archive.Lucene.Search;

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

    [Theory]
    [InlineData("%22egen+bolig", "unclosed-quote")]
    [InlineData("housing)", "unopened-parenthesis")]
    [InlineData("(housing+OR+herberg", "unclosed-parenthesis")]
    [InlineData("*bolig", "leading-wildcard")]
    [InlineData("title:", "empty-field")]
    [InlineData("housing^", "unreadable-query")]
    [InlineData("%22egen+bolig%22~99", "phrase-distance-out-of-range")]
    [InlineData("b*", "short-wildcard-word")]
    [InlineData("bo*i*g*", "too-many-wildcards")]
    [InlineData("ab*+cd*+ef*+gh*+ij*+kl*", "too-many-expanding-words")]
    public async Task Search_MalformedQuery_CarriesItsCode(string query, string code)
    {
        var problem = await _app.GetProblemAsync("/api/search?q=" + query, 400);

        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Search_DanglingOperator_CarriesTheOperator()
    {
        var problem = await _app.GetProblemAsync("/api/search?q=housing+AND", 400);

        Assert.Equal("dangling-operator", problem.GetProperty("code").GetString());
        Assert.Equal("AND", problem.GetProperty("operator").GetString());
    }

    [Fact]
    public async Task Search_UnknownField_CarriesTheFieldAndTheKnownOnes()
    {
        var problem = await _app.GetProblemAsync("/api/search?q=forfatter:jensen", 400);

        Assert.Equal("unknown-field", problem.GetProperty("code").GetString());
        Assert.Equal("forfatter", problem.GetProperty("field").GetString());
        Assert.Contains("council", problem.GetProperty("fields").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_QueryTooLong_CarriesItsLength()
    {
        var problem = await _app.GetProblemAsync("/api/search?q=" + new string('a', 1001), 400);

        Assert.Equal("query-too-long", problem.GetProperty("code").GetString());
        Assert.Equal("1001", problem.GetProperty("length").GetString());
    }

    [Theory]
    [InlineData("pageSize=101", "parameter-out-of-range", "parameter", "pageSize")]
    [InlineData("page=0", "parameter-out-of-range", "value", "0")]
    [InlineData("page=501", "beyond-result-window", "max", "10000")]
    [InlineData("from=2020&to=2010", "range-reversed", "from", "2020")]
    [InlineData("from=2020&to=2010", "range-reversed", "to", "2010")]
    [InlineData("to=yesterday", "not-a-date", "value", "yesterday")]
    [InlineData("sort=popular", "unknown-value", "allowed", "relevance, newest, oldest")]
    [InlineData("correct=maybe", "unknown-value", "parameter", "correct")]
    [InlineData("year=abc", "not-a-year", "value", "abc")]
    public async Task Search_BadParameter_CarriesItsCodeAndValues(string parameters, string code, string member, string value)
    {
        var problem = await _app.GetProblemAsync("/api/search?" + parameters, 400);

        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(value, problem.GetProperty(member).GetString());
    }

    [Fact]
    public void ProblemCodes_All_ListsEveryCode()
    {
        var codes = typeof(SearchProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!);

        Assert.Equal(codes.Order(StringComparer.Ordinal), SearchProblemCodes.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Readme_ListsEveryProblemCode()
    {
        var readme = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "README.md"));

        Assert.All(SearchProblemCodes.All, code => Assert.Contains($"`{code}`", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void WebPage_WordsEveryProblemCodeInDanish()
    {
        var table = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "src", "SearchApi", "wwwroot", "js", "problem-messages.js"));

        Assert.All(SearchProblemCodes.All, code => Assert.Contains($"'{code}':", table, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownRoute_Is404Problem()
    {
        await _app.GetProblemAsync("/api/nothing-here", 404);
    }
}
