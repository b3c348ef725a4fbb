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
}
