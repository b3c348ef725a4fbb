using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Lucene.Analysis;

/// <summary>
/// After each word, adds the words it is compounded of at the same position and with the same offsets, so that
/// misbrug finds stofmisbrug and a snippet marks the whole compound; after a section (§18), its number.
/// </summary>
public sealed class CompoundPartsFilter : TokenFilter
{
    private readonly CompoundSplitter _splitter;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _pending = new();

    public CompoundPartsFilter(TokenStream input, CompoundSplitter splitter)
        : base(input)
    {
        _splitter = splitter;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        // A part keeps every attribute of its word (offsets, type) but the term and the position: nothing between
        // the word and its parts changes the others, so they are not captured and restored (a clone per token).
        if (_pending.Count > 0)
        {
            _term.SetEmpty().Append(_pending.Dequeue());
            _position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        // A section's number is its part: 18 also finds § 18, after the documents where 18 stands alone.
        if (SectionSignFilter.IsSection(_term.Buffer.AsSpan(0, _term.Length)))
        {
            _pending.Enqueue(new string(_term.Buffer, 1, _term.Length - 1));
            return true;
        }

        // Most words are too short to be compounds: they are passed on without making a string of them.
        if (_term.Length < CompoundSplitter.MinWordLength)
        {
            return true;
        }

        foreach (var part in _splitter.AllParts(_term.Buffer.AsSpan(0, _term.Length)))
        {
            _pending.Enqueue(part);
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
    }
}
