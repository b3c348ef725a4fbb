using Archive.Lucene.Search;

namespace Archive.Lucene.Tests.Search;

/// <summary>Synonym rings: read from their list, matched on the stems of the words typed.</summary>
public sealed class SynonymsTests
{
    private static readonly DanishArchiveAnalyzer Analyzer = new();

    private static readonly Synonyms Rings = new(Analyzer, Synonyms.Parse("""
        # a comment
        socialpædagogisk støtte | bostøtte | § 85
        forsorgshjem | herberg   # the shelters
        ensom
        """));

    [Fact]
    public void Parse_ReadsRingsAndLeavesOutCommentsAndLoneExpressions()
    {
        var rings = Synonyms.Parse("a | b c # note\n\n# only a comment\nd\n e | f ");

        Assert.Equal([["a", "b c"], ["e", "f"]], rings.Select(ring => ring.ToArray()));
    }

    [Fact]
    public void Find_MatchesInflectedWordsAndSectionsAsOneSpan()
    {
        var spans = Rings.Find(["socialpædagogiske", "støtte", "til", "herberger"]);

        Assert.Collection(
            spans,
            span => Assert.Equal("0+2: bostøtte, § 85", $"{span.Start}+{span.Length}: {string.Join(", ", span.Others)}"),
            span => Assert.Equal("3+1: forsorgshjem", $"{span.Start}+{span.Length}: {string.Join(", ", span.Others)}"));
        Assert.Equal(["socialpædagogisk støtte", "bostøtte"], Rings.Find(["§85"]).Single().Others);
    }

    [Fact]
    public void Find_RingNamedTwiceInOneQuery_IsNotUsed()
    {
        Assert.Empty(Rings.Find(["§85", "bostøtte"]));
        Assert.Equal(2, Rings.Find(["§85", "herberg"]).Count);
    }

    [Fact]
    public void Find_WordsOfNoRing_FindNothing() => Assert.Empty(Rings.Find(["støtte", "og", "omsorg"]));

    [Fact]
    public void Constructor_ExpressionInTwoRings_IsRefused()
    {
        var problem = Assert.Throws<ArgumentException>(() => new Synonyms(Analyzer, [["herberg", "forsorgshjem"], ["herberger", "natherberg"]]));

        Assert.Contains("herberger", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltIn_EveryRingOfTheShippedListLoads() => Assert.NotEmpty(Synonyms.BuiltIn(Analyzer).Find(["seniorråd"]));
}
