using Archive.Lucene.Search;
using Archive.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Lucene.Tests.Search;

/// <summary>
/// <see cref="ProximityQuery"/> reads positions only for the documents it scores; it must score them exactly as
/// Lucene's sloppy phrase does, alone and as the optional clause beside required words that it is in a search.
/// </summary>
public sealed class ProximityQueryTests : IDisposable
{
    // Written as people search the council pages, before running them: two to four words, stop words between
    // (til, i, af), a word repeated inside the window, words that stand far apart as often as near.
    private static readonly string[] Queries =
    [
        "socialt udsatte", "udsatte borgere", "borgere bolig", "plads på herberg", "psykisk syge borgere", "social og sundhed",
        "borgere i kommunen", "behandling af misbrug", "kommunens budget", "housing first", "ældre borgere plejehjem",
        "rådet anbefaler kommunen", "udsatterådet mener", "bolig til hjemløse", "unge under 25 år", "borgere med handicap",
    ];

    private readonly DanishArchiveAnalyzer _analyzer = new();
    private SmallIndex? _index;

    [SharedTheory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void Proximity_ScoresAsSloppyPhrase(int slop)
    {
        var index = CorpusDkIndex();
        var compared = 0;
        foreach (var text in Queries)
        {
            var (terms, positions) = Stems(text);
            var proximity = ProximityQuery.For(terms, positions, slop);
            Assert.True(proximity is ProximityQuery, $"\"{text}\" gave {proximity}, not a proximity query");

            var expected = Hits(index, Phrase(terms, positions, slop));
            var actual = Hits(index, proximity).Where(hit => hit.Value > 0).ToDictionary();
            AssertSameScores(expected, actual, $"\"{text}\"~{slop}");
            compared += expected.Count;
        }

        Assert.True(compared > 100, $"only {compared} documents matched; the comparison says little");
    }

    [SharedFact]
    public void Proximity_BesideRequiredWords_ScoresAsSloppyPhrase()
    {
        // As in a search: the words required, the proximity optional, so it is advanced to the documents scored.
        var index = CorpusDkIndex();
        var compared = 0;
        foreach (var text in Queries)
        {
            var (terms, positions) = Stems(text);
            BooleanQuery Search(Query near) => new()
            {
                { new TermQuery(new Term(ArchiveFields.Text, _analyzer.Terms("kommunen").Single())), Occur.MUST },
                { new TermQuery(terms[^1]), Occur.MUST },
                { near, Occur.SHOULD },
            };

            var expected = Hits(index, Search(Phrase(terms, positions, 3)));
            AssertSameScores(expected, Hits(index, Search(ProximityQuery.For(terms, positions, 3))), text + " kommunen");
            compared += expected.Count;
        }

        Assert.True(compared > 100, $"only {compared} documents matched; the comparison says little");
    }

    [Theory]
    [InlineData("bolig bolig")]
    [InlineData("bolig")]
    public void For_RepeatedOrSingleTerm_IsLucenesPhrase(string text)
    {
        var (terms, positions) = Stems(text);

        Assert.IsType<PhraseQuery>(ProximityQuery.For(terms, positions, 3));
    }

    private (Term[] Terms, int[] Positions) Stems(string text)
    {
        var tokens = _analyzer.Tokens(text, ArchiveFields.Text);
        return ([.. tokens.Select(token => new Term(ArchiveFields.Text, token.Term))], [.. tokens.Select(token => token.Position)]);
    }

    private static PhraseQuery Phrase(Term[] terms, int[] positions, int slop)
    {
        var phrase = new PhraseQuery { Slop = slop };
        for (var i = 0; i < terms.Length; i++)
        {
            phrase.Add(terms[i], positions[i]);
        }

        return phrase;
    }

    private static Dictionary<int, float> Hits(SmallIndex index, Query query) =>
        index.WithLuceneSearcher(searcher => searcher.Search(query, searcher.IndexReader.MaxDoc).ScoreDocs.ToDictionary(hit => hit.Doc, hit => hit.Score));

    private static void AssertSameScores(Dictionary<int, float> expected, Dictionary<int, float> actual, string query)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (doc, score) in expected)
        {
            Assert.True(Math.Abs(score - actual[doc]) <= 1e-5f * score, $"{query}: document {doc} scores {actual[doc]}, Lucene's phrase {score}");
        }
    }

    private SmallIndex CorpusDkIndex() =>
        _index = new SmallIndex([.. TestData.CorpusDkPages().Select((page, i) => ($"page-{i}", string.Empty, page))]);

    public void Dispose()
    {
        _index?.Dispose();
        _analyzer.Dispose();
    }
}
