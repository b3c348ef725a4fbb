using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Lucene.Analysis;

/// <summary>
/// After each word, adds the words it is compounded of at the same position and with the same offsets, so that
/// misbrug finds stofmisbrug and a snippet marks the whole compound.
/// </summary>
public sealed class CompoundPartsFilter : TokenFilter
{
    private readonly CompoundSplitter _splitter;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _pending = new();
    private State? _word;

    public CompoundPartsFilter(TokenStream input, CompoundSplitter splitter)
        : base(input)
    {
        _splitter = splitter;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_word);
            _term.SetEmpty().Append(_pending.Dequeue());
            _position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        // Most words are too short to be compounds: they are passed on without making a string of them.
        if (_term.Length < CompoundSplitter.MinWordLength)
        {
            return true;
        }

        var parts = _splitter.AllParts(_term.ToString());
        if (parts.Count > 0)
        {
            foreach (var part in parts)
            {
                _pending.Enqueue(part);
            }

            _word = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _word = null;
    }
}
