using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Archive.Lucene.Search;

/// <summary>
/// The extra score of documents whose words stand close together (a plain query's proximity), or stand as written
/// (a phrase's exact wording, slop 0): the score Lucene's <see cref="PhraseQuery"/> gives (the same matches, slop
/// factors and similarity), computed only for the documents that are scored. It is an optional clause beside a
/// required part, so it scores and never decides which documents match: it reports every document holding all its
/// terms, scoring 0 where they do not stand within the slop.
/// </summary>
/// <remarks>
/// Lucene's phrase scorer, asked for the next document at or after one being scored, checks the positions of every
/// document holding all the terms until one matches. With filters, most of those documents are never scored (two
/// words and two filters at 100,000 documents: positions checked in some 49,000 documents for 1,372 scored, a
/// fifth of the search's CPU). Here positions are read only for the document being scored.
/// </remarks>
internal sealed class ProximityQuery : Query
{
    private readonly PhraseTerms _phrase;

    /// <param name="phrase">Distinct terms of one field at distinct positions.</param>
    /// <param name="slop">How many moves the words may be from standing as in the query.</param>
    private ProximityQuery(PhraseTerms phrase, int slop)
    {
        _phrase = phrase;
        Slop = slop;
    }

    public int Slop { get; }

    public string Field => _phrase.Field;

    /// <summary>
    /// The query for <paramref name="terms"/> at <paramref name="positions"/>: this one when the terms are two or
    /// more, distinct and at distinct positions; otherwise a sloppy phrase, whose scorer handles repeated terms.
    /// </summary>
    public static Query For(IReadOnlyList<Term> terms, IReadOnlyList<int> positions, int slop)
    {
        if (PhraseTerms.Of(terms, positions) is { Distinct: true } phrase)
        {
            return new ProximityQuery(phrase, slop);
        }

        var lucene = new PhraseQuery { Slop = slop };
        for (var i = 0; i < terms.Count; i++)
        {
            lucene.Add(terms[i], positions[i]);
        }

        return lucene;
    }

    /// <summary>The same words as Lucene's phrase, which finds only the documents where they stand within the slop.</summary>
    public PhraseQuery ToPhraseQuery() => _phrase.ToPhraseQuery(Slop, Boost);

    public override Weight CreateWeight(IndexSearcher searcher) => new ProximityWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        terms.UnionWith(_phrase.Terms);
    }

    public override string ToString(string field) => $"{_phrase.ToString(field)}~{Slop}{ToStringUtils.Boost(Boost)}";

    public override bool Equals(object? obj) =>
        obj is ProximityQuery other && other.Boost == Boost && other.Slop == Slop && other._phrase.Equals(_phrase);

    public override int GetHashCode() => HashCode.Combine(Boost, Slop, _phrase);

    /// <summary>The statistics of the terms, as <see cref="PhraseQuery"/>'s weight computes them.</summary>
    private sealed class ProximityWeight : Weight
    {
        private readonly ProximityQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly TermContext[] _states;

        public ProximityWeight(ProximityQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            (_states, var termStats) = query._phrase.Statistics(searcher);
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Field), termStats);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs) =>
            _query._phrase.Postings(context, _states, acceptDocs) is { } postings
                ? new ProximityScorer(this, postings, [.. _query._phrase.Positions], _query.Slop, _similarity.GetSimScorer(_stats, context))
                : null;

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = (ProximityScorer?)GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is not null && scorer.Advance(doc) == doc)
            {
                var score = scorer.GetScore();
                return new Explanation(score, $"words near each other ({_query}), sloppy frequency {scorer.SloppyFrequency}");
            }

            return new Explanation(0, $"not all of {_query}");
        }
    }

    /// <summary>
    /// Steps through the documents holding every term (reading no positions) and, when asked for a score, finds the
    /// term positions' matches within the slop exactly as Lucene's sloppy phrase scorer does for distinct terms.
    /// </summary>
    private sealed class ProximityScorer : Scorer
    {
        private readonly DocIdSetIterator[] _rarestFirst;
        private readonly TermPositions[] _terms;
        private readonly int _slop;
        private readonly Similarity.SimScorer _simScorer;
        private readonly TermPositions[] _queue;
        private int _doc = -1;
        private int _scoredDoc = -1;
        private float _frequency;
        private int _matches;

        public ProximityScorer(Weight weight, DocsAndPositionsEnum[] postings, int[] offsets, int slop, Similarity.SimScorer simScorer)
            : base(weight)
        {
            _rarestFirst = [.. postings.OrderBy(term => term.GetCost()).Cast<DocIdSetIterator>()];
            _terms = [.. postings.Select((term, i) => new TermPositions(term, offsets[i], i))];
            _slop = slop;
            _simScorer = simScorer;
            _queue = new TermPositions[postings.Length];
        }

        public float SloppyFrequency
        {
            get
            {
                Compute();
                return _frequency;
            }
        }

        public override int DocID => _doc;

        public override int Freq
        {
            get
            {
                Compute();
                return _matches;
            }
        }

        public override float GetScore()
        {
            Compute();
            return _frequency == 0 ? 0 : _simScorer.Score(_doc, _frequency);
        }

        public override int NextDoc() => Align(_rarestFirst[0].NextDoc());

        public override int Advance(int target) => Align(_rarestFirst[0].Advance(target));

        public override long GetCost() => _rarestFirst[0].GetCost();

        private int Align(int candidate) => _doc = Leapfrog.Align(_rarestFirst, candidate);

        /// <summary>
        /// Lucene's sloppy phrase frequency for distinct terms: repeatedly take the term whose position (less its
        /// offset in the query) is smallest, move it on while it stays the smallest, and count each narrowest window
        /// within the slop with the similarity's slop factor.
        /// </summary>
        private void Compute()
        {
            if (_scoredDoc == _doc)
            {
                return;
            }

            _scoredDoc = _doc;
            _frequency = 0;
            _matches = 0;
            var end = int.MinValue;
            var size = 0;
            foreach (var term in _terms)
            {
                term.Start();
                term.Next();
                end = Math.Max(end, term.Position);
                Push(term, ref size);
            }

            var pp = Pop(ref size);
            var matchLength = end - pp.Position;
            var next = _queue[0].Position;
            while (pp.Next())
            {
                end = Math.Max(end, pp.Position);
                if (pp.Position > next)
                {
                    Count(matchLength);
                    Push(pp, ref size);
                    pp = Pop(ref size);
                    next = _queue[0].Position;
                    matchLength = end - pp.Position;
                }
                else
                {
                    matchLength = Math.Min(matchLength, end - pp.Position);
                }
            }

            Count(matchLength);
        }

        private void Count(int matchLength)
        {
            if (matchLength <= _slop)
            {
                _frequency += _simScorer.ComputeSlopFactor(matchLength);
                _matches++;
            }
        }

        // A binary heap over the terms, smallest first in Lucene's order: position, then offset, then query order.
        private void Push(TermPositions term, ref int size)
        {
            var i = size++;
            _queue[i] = term;
            while (i > 0 && Before(_queue[i], _queue[(i - 1) / 2]))
            {
                (_queue[i], _queue[(i - 1) / 2]) = (_queue[(i - 1) / 2], _queue[i]);
                i = (i - 1) / 2;
            }
        }

        private TermPositions Pop(ref int size)
        {
            var top = _queue[0];
            _queue[0] = _queue[--size];
            var i = 0;
            while (true)
            {
                var smallest = i;
                foreach (var child in (ReadOnlySpan<int>)[(2 * i) + 1, (2 * i) + 2])
                {
                    if (child < size && Before(_queue[child], _queue[smallest]))
                    {
                        smallest = child;
                    }
                }

                if (smallest == i)
                {
                    return top;
                }

                (_queue[i], _queue[smallest]) = (_queue[smallest], _queue[i]);
                i = smallest;
            }
        }

        private static bool Before(TermPositions a, TermPositions b) =>
            a.Position != b.Position ? a.Position < b.Position : a.Offset != b.Offset ? a.Offset < b.Offset : a.Order < b.Order;
    }

    /// <summary>One term's positions in the current document, each less the term's offset in the query.</summary>
    private sealed class TermPositions(DocsAndPositionsEnum postings, int offset, int order)
    {
        private int _left;

        /// <summary>Starts on the positions of the document the postings stand on.</summary>
        public void Start() => _left = postings.Freq;

        public int Offset => offset;

        public int Order => order;

        public int Position { get; private set; }

        public bool Next()
        {
            if (_left-- <= 0)
            {
                return false;
            }

            Position = postings.NextPosition() - offset;
            return true;
        }
    }
}
