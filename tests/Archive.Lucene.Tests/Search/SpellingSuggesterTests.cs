using Archive.Lucene.Search;

namespace Archive.Lucene.Tests.Search;

public sealed class SpellingSuggesterTests
{
    [Theory]
    [InlineData("hjemløse", "hjemløse", 0)]
    [InlineData("hjemlose", "hjemløse", 1)]
    [InlineData("psykiartri", "psykiatri", 1)]
    [InlineData("psykaitri", "psykiatri", 1)] // neighbours swapped
    [InlineData("", "råd", 3)]
    public void EditDistance_CountsInsertionsDeletionsSubstitutionsAndSwaps(string a, string b, int expected)
    {
        Assert.Equal(expected, SpellingSuggester.EditDistance(a, b));
        Assert.Equal(expected, SpellingSuggester.EditDistance(b, a));
    }

    [Theory]
    [InlineData("kommunem", "kommunen")] // one edit from kommunen, in one page, beats two from kommunens, in five
    [InlineData("komunerme", "kommunerne")] // nothing one edit away: two edits
    [InlineData("kommunen", null)] // a word the archive uses is left alone
    [InlineData("kvxyz", null)] // nothing within reach
    public void Suggest_TakesTheFewestEditsThenTheMostDocuments(string typed, string? expected)
    {
        using var index = new SmallIndex(
            ("a", "Referat", "Kommunen svarer."),
            ("b", "Referat", "Kommunens svar."),
            ("c", "Referat", "Kommunens plan."),
            ("d", "Referat", "Kommunens budget."),
            ("e", "Referat", "Kommunens borgere."),
            ("f", "Referat", "Kommunens ældre og kommunerne."));

        Assert.Equal(expected, index.WithLuceneSearcher(searcher => SpellingSuggester.Suggest(searcher.IndexReader, typed)));
    }

    [Theory]
    [InlineData(SpellingSuggester.SlipRatio, "høringssvar")] // one page slips, twenty spell it right: a slip
    [InlineData(SpellingSuggester.SlipRatio - 1, null)] // nineteen: two words in use
    public void Suggest_WithTheAnalyzer_CorrectsAWordUsedFarLessOftenThanOneEditAway(int spelledRight, string? expected)
    {
        using var analyzer = new DanishArchiveAnalyzer();
        using var index = new SmallIndex([
            ("slip", "Referat", "Ældrerådets høringsvar om budgettet."),
            .. Enumerable.Range(1, spelledRight).Select(i => ($"right{i}", "Referat", $"Ældrerådets høringssvar nummer {i}.")),
            .. Enumerable.Range(1, 30).Select(i => ($"other{i}", "Referat", $"Budget nummer {i}.")),
        ]);

        Assert.Equal(expected, index.WithLuceneSearcher(searcher => SpellingSuggester.Suggest(searcher.IndexReader, "høringsvar", analyzer)));
        // Without the analyzer only words the archive never uses are corrected.
        Assert.Null(index.WithLuceneSearcher(searcher => SpellingSuggester.Suggest(searcher.IndexReader, "høringsvar")));
    }

    [Fact]
    public void Suggest_WithTheAnalyzer_LeavesARareInflectionOfACommonWordAlone()
    {
        using var analyzer = new DanishArchiveAnalyzer();
        using var index = new SmallIndex([
            ("rare", "Referat", "Kommunen svarer."),
            .. Enumerable.Range(1, 40).Select(i => ($"common{i}", "Referat", $"Kommunens svar nummer {i}.")),
        ]);

        // kommunen is in one page and kommunens, one edit away, in forty, but both are the same word inflected.
        Assert.Null(index.WithLuceneSearcher(searcher => SpellingSuggester.Suggest(searcher.IndexReader, "kommunen", analyzer)));
    }

    [SharedFact]
    public void Search_OverCorpusDk_CorrectsTheSlipItsOwnPagesMake_AndLeavesRealWordsAlone()
    {
        using var index = new SmallIndex([.. TestData.CorpusDkPages().Select((page, i) => ($"page-{i}", string.Empty, page))]);

        // One page of corpus-dk writes "høringsvar"; dozens write "høringssvar".
        var slip = index.Results("høringsvar ældreråd");
        Assert.Equal("høringsvar ældreråd", slip.CorrectedFrom);
        Assert.Equal("høringssvar ældreråd", slip.Query);
        Assert.True(slip.TotalWithAllWords > 1);

        // A rare inflection and a rare compound the pages use are words, not slips.
        Assert.Null(index.Results("psykiatrien borgerne").CorrectedFrom);
        Assert.Null(index.Results("sundhedsrum").CorrectedFrom);
    }
}
