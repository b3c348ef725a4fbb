using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Lucene.Search;

/// <summary>
/// The terms of a phrase in one field with their positions in the query (gaps where stop words stood): what the
/// archive's own phrase queries (<see cref="ProximityQuery"/>, <see cref="PhraseWithItsWordsQuery"/>) share, from
/// equality to opening their postings in a segment.
/// </summary>
internal sealed class PhraseTerms : IEquatable<PhraseTerms>
{
    private readonly Term[] _terms;
    private readonly int[] _positions;

    public PhraseTerms(IReadOnlyList<Term> terms, IReadOnlyList<int> positions)
    {
        if (!IsPhrase(terms, positions))
        {
            throw new ArgumentException("A phrase has two or more terms of one field, each with its position.", nameof(terms));
        }

        _terms = [.. terms];
        _positions = [.. positions];
    }

    /// <summary>The phrase of <paramref name="terms"/> at <paramref name="positions"/>, or null when they are not one (fewer than two terms, or of several fields).</summary>
    public static PhraseTerms? Of(IReadOnlyList<Term> terms, IReadOnlyList<int> positions) =>
        IsPhrase(terms, positions) ? new PhraseTerms(terms, positions) : null;

    private static bool IsPhrase(IReadOnlyList<Term> terms, IReadOnlyList<int> positions)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(positions);
        return terms.Count >= 2 && terms.Count == positions.Count && terms.All(term => term.Field == terms[0].Field);
    }

    public IReadOnlyList<Term> Terms => _terms;

    public IReadOnlyList<int> Positions => _positions;

    public string Field => _terms[0].Field;

    /// <summary>No term twice and no position twice: what the archive's own scorers handle.</summary>
    public bool Distinct => _terms.Distinct().Count() == _terms.Length && _positions.Distinct().Count() == _positions.Length;

    /// <summary>Lucene's phrase over these terms.</summary>
    public PhraseQuery ToPhraseQuery(int slop, float boost)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        for (var i = 0; i < _terms.Length; i++)
        {
            phrase.Add(_terms[i], _positions[i]);
        }

        return phrase;
    }

    public string ToString(string field) =>
        $"{(field == Field ? string.Empty : Field + ":")}\"{string.Join(' ', _terms.Select(term => term.Text))}\"";

    /// <summary>Each term's contexts over the index and its statistics, as Lucene's phrase weight gathers them.</summary>
    public (TermContext[] States, TermStatistics[] Statistics) Statistics(IndexSearcher searcher)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var states = new TermContext[_terms.Length];
        var statistics = new TermStatistics[_terms.Length];
        for (var i = 0; i < _terms.Length; i++)
        {
            states[i] = TermContext.Build(searcher.TopReaderContext, _terms[i]);
            statistics[i] = searcher.TermStatistics(_terms[i], states[i]);
        }

        return (states, statistics);
    }

    /// <summary>
    /// Each term's postings with positions in one segment, in query order; null when the segment lacks the field or a
    /// term, so no document of it holds them all.
    /// </summary>
    public DocsAndPositionsEnum[]? Postings(AtomicReaderContext context, TermContext[] states, IBits? acceptDocs)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(states);
        if (context.AtomicReader.GetTerms(Field) is not { } fieldTerms)
        {
            return null;
        }

        var termsEnum = fieldTerms.GetEnumerator();
        var postings = new DocsAndPositionsEnum[_terms.Length];
        for (var i = 0; i < postings.Length; i++)
        {
            if (states[i].Get(context.Ord) is not { } state)
            {
                return null;
            }

            termsEnum.SeekExact(_terms[i].Bytes, state);
            postings[i] = termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                ?? throw new InvalidOperationException($"The field {Field} is indexed without positions.");
        }

        return postings;
    }

    public bool Equals(PhraseTerms? other) =>
        other is not null && other._terms.SequenceEqual(_terms) && other._positions.SequenceEqual(_positions);

    public override bool Equals(object? obj) => Equals(obj as PhraseTerms);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var term in _terms)
        {
            hash.Add(term);
        }

        foreach (var position in _positions)
        {
            hash.Add(position);
        }

        return hash.ToHashCode();
    }
}
