using Archive.Lucene.Search;
using Archive.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Lucene.Tests.Search;

/// <summary>
/// The phrase that scores its words (see <see cref="PhraseWithItsWordsQuery"/>) against Lucene's own queries for the
/// same sum, on real council pages: the same documents, scores and explanations. The search's phrases are held to
/// the same in <see cref="WordQueryStructureTests"/>; these cover the query on its own.
/// </summary>
public sealed class PhraseWithItsWordsQueryTests : IDisposable
{
    private readonly DanishArchiveAnalyzer _analyzer = new();
    private SmallIndex? _index;

    [SharedTheory]
    [InlineData("socialt udsatte", 0)]
    [InlineData("borgere med handicap", 0)]
    [InlineData("social og sundhed", 0)]
    [InlineData("socialt udsatte", 3)]
    [InlineData("hånd i hånd", 0)]
    public void Query_FindsAndScoresAsLucenesPhraseWithItsWordsBeside(string text, int slop)
    {
        var query = Query(text, slop);

        SameHits.Assert(CorpusDkIndex(), query, query.AsLuceneQueries(), $"\"{text}\"~{slop}");
    }

    [Fact]
    public void Query_OverRepetitiveTexts_CountsThePhraseAsLuceneDoes()
    {
        // Chosen to trip a counting of places: the words repeated, out of order, overlapping, one far more often.
        var texts = new[]
        {
            string.Concat(Enumerable.Repeat("socialt udsatte ", 50_000)),
            string.Concat(Enumerable.Repeat("udsatte socialt ", 20_000)) + "socialt udsatte",
            string.Concat(Enumerable.Repeat("socialt socialt udsatte udsatte ", 10_000)),
            string.Concat(Enumerable.Repeat("socialt ", 30_000)) + "udsatte",
            "udsatte " + string.Concat(Enumerable.Repeat("socialt og udsatte ", 5_000)),
            "Rådet mødes om socialt udsatte borgere og om udsatte unge, der er socialt udsatte.",
        };
        _index = new SmallIndex([.. texts.Select((text, i) => ($"text-{i}", "Side", text))]);
        var query = Query("socialt udsatte", slop: 0);

        var found = SameHits.Assert(_index, query, query.AsLuceneQueries(), "repetitive texts");

        Assert.Equal(5, found.Count); // all but the one whose words stand apart, "og" between
    }

    [SharedFact]
    public void Explain_GivesTheScore_AndNoMatchWithoutThePhrase()
    {
        var query = Query("socialt udsatte", slop: 0);
        var index = CorpusDkIndex();

        var hits = SameHits.Hits(index, query);
        index.WithLuceneSearcher(searcher =>
        {
            foreach (var (doc, score) in hits.Take(20))
            {
                var explanation = searcher.Explain(query, doc);
                Assert.True(explanation.IsMatch);
                Assert.Equal(score, explanation.Value, 4);
            }

            var without = Enumerable.Range(0, searcher.IndexReader.MaxDoc).First(doc => !hits.ContainsKey(doc));
            Assert.False(searcher.Explain(query, without).IsMatch);
            return 0;
        });
    }

    [Fact]
    public void SloppyPhrase_IsSearchedThroughLucenesQueries_AndItsOwnWeightRefusesIt()
    {
        var query = Query("socialt udsatte", slop: 2);
        _index = new SmallIndex(("page", "Side", "Rådet taler om socialt og økonomisk udsatte borgere."));

        _index.WithLuceneSearcher(searcher =>
        {
            Assert.IsType<BooleanQuery>(searcher.Rewrite(query));
            Assert.Throws<InvalidOperationException>(() => query.CreateWeight(searcher));
            Assert.Equal(1, searcher.Search(query, 10).TotalHits);
            return 0;
        });
    }

    [Fact]
    public void Phrase_IsLucenesPhraseForMarking_WithTheSameTermsAndSlop()
    {
        var query = Query("socialt udsatte", slop: 2);

        var phrase = query.Phrase;

        Assert.Equal(2, phrase.Slop);
        Assert.Equal(_analyzer.Terms("socialt udsatte", ArchiveFields.Text), phrase.GetTerms().Select(term => term.Text));
    }

    private PhraseWithItsWordsQuery Query(string text, int slop)
    {
        var tokens = _analyzer.Tokens(text, ArchiveFields.Text);
        return new([.. tokens.Select(token => new Term(ArchiveFields.Text, token.Term))], [.. tokens.Select(token => token.Position)], slop, WordQueryBuilder.PhraseWords);
    }

    private SmallIndex CorpusDkIndex()
    {
        _index = new SmallIndex([.. TestData.CorpusDkPages().Select((page, i) => ($"page-{i}", "Side", page))]);
        return _index;
    }

    public void Dispose()
    {
        _index?.Dispose();
        _analyzer.Dispose();
    }
}
