using Archive.Lucene.Search;
using Lucene.Net.Search;

namespace Archive.Lucene.Tests.Search;

public sealed class UserQueryParserTests
{
    private readonly UserQueryParser _parser = new(new DanishArchiveAnalyzer());

    [Theory]
    [InlineData("misbrug")]
    [InlineData("hjemløse herberg")]
    [InlineData("kontanthjælpsmodtager")]
    [InlineData("borgere og bolig i 2019")]
    [InlineData("og i at")]
    [InlineData("Socialt udsatte borgere i Aarhus Kommune")]
    [InlineData("  skæve\tboliger\n")]
    [InlineData("covid19 1½ år")]
    [InlineData("covid-19")]
    [InlineData("§ 85")]
    [InlineData("tilbud efter § 110 til hjemløse")]
    [InlineData("Housing First-indsatsen")]
    public void Parse_PlainWords_BuildsTheQueryTheClassicParserBuilds(string text)
    {
        var direct = _parser.PlainWords(text);

        Assert.NotNull(direct);
        Assert.Equal(Unwrapped(_parser.ParseSyntax(text)).ToString(), Unwrapped(direct).ToString());
    }

    // The classic parser wraps a lone word in a Boolean query of one required clause when a word before it was
    // dropped ("§ 85"); that query matches and scores as its clause does.
    private static Query Unwrapped(Query query) =>
        query is BooleanQuery { Clauses: [{ Occur: Occur.MUST } only] } ? only.Query : query;

    [Theory]
    [InlineData("hjemløse OR herberg")]
    [InlineData("hjemløse -herberg")]
    [InlineData("\"socialt udsatte\"")]
    [InlineData("title:budget")]
    [InlineData("misbrug*")]
    [InlineData("herberg-")]
    [InlineData("hjemløse - herberg")]
    [InlineData("+hjemløse herberg")]
    [InlineData("hjemløse AND herberg")]
    [InlineData(" ")]
    public void Parse_Syntax_IsLeftToTheClassicParser(string text) => Assert.Null(_parser.PlainWords(text));

    [Fact]
    public void Parse_Words_AllMustMatch()
    {
        var query = Assert.IsType<BooleanQuery>(_parser.Parse("hjemløse herberg"));

        Assert.Equal(2, query.Clauses.Count(clause => clause.Occur == Occur.MUST));
        Assert.All(query.Clauses, clause => Assert.NotEqual(Occur.MUST_NOT, clause.Occur));
    }

    [Fact]
    public void Parse_PlainWords_RankWordsStandingTogetherHigher()
    {
        var query = Assert.IsType<BooleanQuery>(_parser.Parse("skæve boliger"));

        var near = Assert.Single(query.Clauses, clause => clause.Occur == Occur.SHOULD).Query;
        Assert.Equal("text:\"skæv bol\"~3", near.ToString());
    }

    [Fact]
    public void Parse_Compound_LooksForItsPartsInThePartsField()
    {
        var query = _parser.Parse("kontanthjælpsmodtager").ToString();

        Assert.True(query.Contains("SpanNear([textParts:kontanthjælp, textParts:modtag], 2, False)", StringComparison.Ordinal), query);
        Assert.Contains("textExact:kontanthjælpsmodtager", query, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("§ 18", "§18")]
    [InlineData("§18", "§18")]
    [InlineData("servicelovens §§ 107", "§107")]
    [InlineData("\"§ 85a\" OR bostøtte", "§85a")]
    public void Parse_Section_IsOneTerm(string text, string section)
    {
        var query = _parser.Parse(text).ToString();

        Assert.Contains($"textExact:{section}", query, StringComparison.Ordinal);
        Assert.DoesNotContain($"textExact:{section[1..]}", query, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StopWordAlone_IsDropped()
    {
        var query = Assert.IsType<BooleanQuery>(_parser.Parse("hjemløse og herberg"));

        Assert.Equal(2, query.Clauses.Count(clause => clause.Occur == Occur.MUST));
    }

    [Fact]
    public void Parse_Or_AcceptsEither()
    {
        var query = Assert.IsType<BooleanQuery>(_parser.Parse("hjemløse OR herberg"));

        Assert.All(query.Clauses, clause => Assert.Equal(Occur.SHOULD, clause.Occur));
    }

    [Fact]
    public void Parse_OnlyExclusions_MeansEverythingElse()
    {
        var query = Assert.IsType<BooleanQuery>(_parser.Parse("-misbrug"));

        Assert.IsType<MatchAllDocsQuery>(query.Clauses[0].Query);
        Assert.Equal(Occur.MUST_NOT, query.Clauses[1].Occur);
    }

    [Fact]
    public void Parse_WordsSearchTextTitleAndMetadata()
    {
        var text = _parser.Parse("ledsagelse").ToString();

        Assert.Contains($"{ArchiveFields.Text}:ledsag", text, StringComparison.Ordinal);
        Assert.Contains($"{ArchiveFields.Title}:ledsag", text, StringComparison.Ordinal);
        Assert.Contains($"{ArchiveFields.MetadataText}:ledsag", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("council:Udsatterådet", ArchiveFields.CouncilText)]
    [InlineData("Municipality:holbæk", ArchiveFields.MunicipalityText)]
    [InlineData("type:referat", ArchiveFields.TypeText)]
    [InlineData("topic:ældre", ArchiveFields.TopicText)]
    [InlineData("title:budget", ArchiveFields.Title)]
    [InlineData("year:2019", ArchiveFields.Year)]
    public void Parse_FieldValue_SearchesTheIndexField(string query, string field)
    {
        Assert.StartsWith(field + ":", _parser.Parse(query).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PrefixAndFuzzy_AreFoldedLikeIndexedText()
    {
        Assert.Contains("text:århus*", _parser.Parse("Aarhus*").ToString(), StringComparison.Ordinal);
        Assert.Contains("text:bostøtt~2", _parser.Parse("bostøtt~").ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("18/924")]
    [InlineData("d. 4/6-2014")]
    [InlineData("kl. 16:00")]
    [InlineData("sagsnr. 2012-6834")]
    public void Parse_DanishNumbersWithSlashesAndColons_AreText(string query)
    {
        var parsed = _parser.Parse(query).ToString();

        Assert.DoesNotContain("/", parsed.Replace("\\/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("text:", parsed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"egen bolig", "quotation mark")]
    [InlineData("(herberg OR bolig", "parenthesis")]
    [InlineData("herberg)", "parenthesis")]
    [InlineData("herberg AND", "AND")]
    [InlineData("*bolig", "cannot start with")]
    [InlineData("forfatter:jensen", "Unknown field")]
    public void Parse_Malformed_ThrowsAPlainExplanation(string query, string message)
    {
        var exception = Assert.Throws<QuerySyntaxException>(() => _parser.Parse(query));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }
}
