using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Archive.Lucene.Search;

/// <summary>
/// A phrase in one field that also scores each of its words: the documents and the phrase's score of Lucene's
/// <see cref="PhraseQuery"/>, plus, for each word, the score a <see cref="TermQuery"/> for it would add with the
/// weight <see cref="WordsWeight"/>. Of the documents holding a phrase, one that uses its words more is more about
/// them than a list of agenda items naming it once; the words never find a document the phrase does not.
/// </summary>
/// <remarks>
/// The words' frequencies are read from the postings the phrase reads anyway, so scoring them costs a few
/// multiplications per document found. The same sum as a required phrase with the words as optional term queries
/// beside it walked the words' postings through every document of the phrase, at a cost measured in
/// docs/benchmarks.md ("Phrases and their words"). Phrases with slop, or with a word or a position twice, are
/// rewritten to that form, which gives the same documents and scores.
/// </remarks>
internal sealed class PhraseWithItsWordsQuery : Query
{
    private readonly PhraseTerms _phrase;

    /// <param name="terms">The phrase's terms, of one field, in query order.</param>
    /// <param name="positions">Each term's position in the query (gaps where stop words stood).</param>
    /// <param name="slop">How many moves the words may be from standing as in the query.</param>
    /// <param name="wordsWeight">The weight of each word's own score, against the phrase's.</param>
    public PhraseWithItsWordsQuery(IReadOnlyList<Term> terms, IReadOnlyList<int> positions, int slop, float wordsWeight)
    {
        _phrase = new PhraseTerms(terms, positions);
        Slop = slop;
        WordsWeight = wordsWeight;
    }

    public int Slop { get; }

    public float WordsWeight { get; }

    public string Field => _phrase.Field;

    /// <summary>The phrase alone, as Lucene's query: what a snippet marks (the words where they stand as the phrase).</summary>
    public PhraseQuery Phrase => _phrase.ToPhraseQuery(Slop, Boost);

    /// <summary>The same documents and scores from Lucene's queries: the phrase required, each word optional beside it.</summary>
    public BooleanQuery AsLuceneQueries()
    {
        var query = new BooleanQuery(disableCoord: true) { Boost = Boost };
        query.Add(_phrase.ToPhraseQuery(Slop, boost: 1), Occur.MUST);
        foreach (var term in _phrase.Terms)
        {
            query.Add(new TermQuery(term) { Boost = WordsWeight }, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>Its own scorer handles an exact phrase of distinct words at distinct positions; any other, Lucene's queries.</summary>
    private bool ScoredHere => Slop == 0 && _phrase.Distinct;

    public override Query Rewrite(IndexReader reader) => ScoredHere ? this : AsLuceneQueries();

    public override Weight CreateWeight(IndexSearcher searcher) => new PhraseWithWordsWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        terms.UnionWith(_phrase.Terms);
    }

    public override string ToString(string field) =>
        $"{_phrase.ToString(field)}{(Slop == 0 ? string.Empty : "~" + Slop)}+words^{WordsWeight}{ToStringUtils.Boost(Boost)}";

    public override bool Equals(object? obj) =>
        obj is PhraseWithItsWordsQuery other && other.Boost == Boost && other.Slop == Slop && other.WordsWeight == WordsWeight && other._phrase.Equals(_phrase);

    public override int GetHashCode() => HashCode.Combine(Boost, Slop, WordsWeight, _phrase);

    /// <summary>The statistics of the phrase and of each word, as <see cref="PhraseQuery"/>'s and <see cref="TermQuery"/>'s weights compute them.</summary>
    private sealed class PhraseWithWordsWeight : Weight
    {
        private readonly PhraseWithItsWordsQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _phrase;
        private readonly Similarity.SimWeight[] _words;
        private readonly TermContext[] _states;

        public PhraseWithWordsWeight(PhraseWithItsWordsQuery query, IndexSearcher searcher)
        {
            if (!query.ScoredHere)
            {
                throw new InvalidOperationException($"{query} is searched through Lucene's queries; rewrite it first.");
            }

            _query = query;
            _similarity = searcher.Similarity;
            var collection = searcher.CollectionStatistics(query.Field);
            (_states, var termStats) = query._phrase.Statistics(searcher);
            _words = [.. termStats.Select(word => _similarity.ComputeWeight(query.WordsWeight, collection, word))];
            _phrase = _similarity.ComputeWeight(1f, collection, termStats);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization()
        {
            // As the Boolean query of the phrase and the words would: the sum of its clauses' values, times its boost squared.
            var sum = _phrase.GetValueForNormalization() + _words.Sum(word => word.GetValueForNormalization());
            return sum * _query.Boost * _query.Boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            _phrase.Normalize(norm, topLevelBoost * _query.Boost);
            foreach (var word in _words)
            {
                word.Normalize(norm, topLevelBoost * _query.Boost);
            }
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs) =>
            _query._phrase.Postings(context, _states, acceptDocs) is { } postings
                ? new PhraseWithWordsScorer(
                    this, postings, [.. _query._phrase.Positions], _similarity.GetSimScorer(_phrase, context), [.. _words.Select(word => _similarity.GetSimScorer(word, context))])
                : null;

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = (PhraseWithWordsScorer?)GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(doc) != doc)
            {
                return new Explanation(0, $"no phrase {_query}");
            }

            var explanation = new ComplexExplanation(true, scorer.GetScore(), "phrase and its words, sum of:");
            explanation.AddDetail(new Explanation(scorer.PhraseScore, $"phrase {_query.Phrase}, frequency {scorer.Freq}"));
            for (var i = 0; i < _query._phrase.Terms.Count; i++)
            {
                explanation.AddDetail(new Explanation(scorer.WordScore(i), $"word {_query._phrase.Terms[i]}, frequency {scorer.WordFrequency(i)}"));
            }

            return explanation;
        }
    }

    /// <summary>
    /// Steps through the documents holding every word, keeps those where the words stand as the phrase (counting the
    /// places, as Lucene's exact phrase scorer does), and scores the phrase and each word's frequency.
    /// </summary>
    private sealed class PhraseWithWordsScorer : Scorer
    {
        private readonly DocsAndPositionsEnum[] _postings;
        private readonly DocIdSetIterator[] _rarestFirst;
        private readonly int[] _offsets;
        private readonly Similarity.SimScorer _phrase;
        private readonly Similarity.SimScorer[] _words;
        private readonly int[] _left;
        private readonly int[] _at;
        private int _doc = -1;
        private int _frequency;

        public PhraseWithWordsScorer(Weight weight, DocsAndPositionsEnum[] postings, int[] offsets, Similarity.SimScorer phrase, Similarity.SimScorer[] words)
            : base(weight)
        {
            _postings = postings;
            _rarestFirst = [.. postings.OrderBy(term => term.GetCost()).Cast<DocIdSetIterator>()];
            _offsets = offsets;
            _phrase = phrase;
            _words = words;
            _left = new int[postings.Length];
            _at = new int[postings.Length];
        }

        public override int DocID => _doc;

        /// <summary>How many times the phrase stands in the current document.</summary>
        public override int Freq => _frequency;

        public float PhraseScore => _phrase.Score(_doc, _frequency);

        public float WordScore(int word) => _words[word].Score(_doc, _postings[word].Freq);

        public int WordFrequency(int word) => _postings[word].Freq;

        public override float GetScore()
        {
            var score = PhraseScore;
            for (var i = 0; i < _words.Length; i++)
            {
                score += WordScore(i);
            }

            return score;
        }

        public override int NextDoc() => Matching(_rarestFirst[0].NextDoc());

        public override int Advance(int target) => Matching(_rarestFirst[0].Advance(target));

        public override long GetCost() => _rarestFirst[0].GetCost();

        /// <summary>The first document from <paramref name="candidate"/> on that holds every word and the phrase.</summary>
        private int Matching(int candidate)
        {
            while ((candidate = Leapfrog.Align(_rarestFirst, candidate)) != NO_MORE_DOCS && (_frequency = PhraseFrequency()) == 0)
            {
                candidate = _rarestFirst[0].NextDoc();
            }

            return _doc = candidate;
        }

        /// <summary>
        /// How many places the phrase starts at: each word's positions, less its offset in the phrase, ascend, so
        /// the words step forward together, the ones behind catching up with the furthest, and every place all of
        /// them reach is one. Nothing is buffered, so a text repeating the phrase a million times costs no memory.
        /// </summary>
        private int PhraseFrequency()
        {
            for (var i = 0; i < _postings.Length; i++)
            {
                _left[i] = _postings[i].Freq;
                if (!Step(i))
                {
                    return 0;
                }
            }

            var count = 0;
            while (true)
            {
                var furthest = _at[0];
                for (var i = 1; i < _at.Length; i++)
                {
                    furthest = Math.Max(furthest, _at[i]);
                }

                var aligned = true;
                for (var i = 0; i < _at.Length; i++)
                {
                    while (_at[i] < furthest)
                    {
                        if (!Step(i))
                        {
                            return count;
                        }
                    }

                    aligned &= _at[i] == furthest;
                }

                if (!aligned)
                {
                    continue;
                }

                count++;
                for (var i = 0; i < _at.Length; i++)
                {
                    if (!Step(i))
                    {
                        return count;
                    }
                }
            }
        }

        /// <summary>Moves word <paramref name="i"/> to its next position in the document, less its offset; false when it has none.</summary>
        private bool Step(int i)
        {
            if (_left[i]-- <= 0)
            {
                return false;
            }

            _at[i] = _postings[i].NextPosition() - _offsets[i];
            return true;
        }
    }
}
