using Lucene.Net.Search;

namespace Archive.Lucene.Tests.Search;

/// <summary>Holds one query to another over a small index: the same documents, each with the same score.</summary>
internal static class SameHits
{
    /// <summary>Every document of <paramref name="reference"/> and no other, scored alike to a part in 10,000.</summary>
    /// <returns>The documents found, by document number, with their scores.</returns>
    public static Dictionary<int, float> Assert(SmallIndex index, Query query, Query reference, string what)
    {
        var expected = Hits(index, reference);
        var actual = Hits(index, query);

        Xunit.Assert.True(expected.Count > 0, $"{what}: the reference finds nothing, so the comparison says nothing");
        Xunit.Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (doc, score) in expected)
        {
            Xunit.Assert.True(Math.Abs(score - actual[doc]) <= 1e-4f * score, $"{what}: document {doc} scores {actual[doc]}, the reference {score}");
        }

        return actual;
    }

    public static Dictionary<int, float> Hits(SmallIndex index, Query query) =>
        index.WithLuceneSearcher(searcher => searcher.Search(query, searcher.IndexReader.MaxDoc).ScoreDocs.ToDictionary(hit => hit.Doc, hit => hit.Score));
}
