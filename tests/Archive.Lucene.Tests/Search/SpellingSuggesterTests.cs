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
}
