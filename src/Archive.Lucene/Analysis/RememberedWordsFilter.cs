using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Lucene.Analysis;

/// <summary>
/// Runs the filters of an analysis chain one word at a time and emits the terms they make of each word, looked up in
/// <see cref="RecentWords"/> and <see cref="RememberedWords"/> when the word came before: the stemmer and the
/// compound splitter run once per distinct word instead of once per occurrence. The terms, positions and offsets are
/// those the filters would give over the whole text, because each of them reads one token at a time: a word becomes
/// its first term at the word's position (plus the positions of the stop words before it), and its further terms
/// (compound parts) at the same position with the word's offsets.
/// </summary>
public sealed class RememberedWordsFilter : TokenFilter
{
    private readonly RememberedWords _memory;
    private readonly RecentWords _recent = new();
    private readonly OneWord _word;
    private readonly TokenStream _wordFilters;
    private readonly ICharTermAttribute _filteredTerm;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly List<string> _collected = [];
    private string[] _pending = [];
    private int _next;

    // Positions of words that became no term (stop words), added to the next word's, as a stop filter does.
    private int _skippedPositions;

    /// <param name="input">The tokenizer.</param>
    /// <param name="memory">The terms of words analysed before, shared with every other stream of the same chain.</param>
    /// <param name="wordFilters">Builds the filters of the chain over a source of one word; each must read one token at a time.</param>
    public RememberedWordsFilter(TokenStream input, RememberedWords memory, Func<TokenStream, TokenStream> wordFilters)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(wordFilters);
        _memory = memory;
        _word = new OneWord();
        _wordFilters = wordFilters(_word);
        _filteredTerm = _wordFilters.AddAttribute<ICharTermAttribute>();
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next < _pending.Length)
        {
            _term.SetEmpty().Append(_pending[_next++]);
            _increment.PositionIncrement = 0;
            return true;
        }

        while (m_input.IncrementToken())
        {
            var terms = TermsOf(_term.Buffer.AsSpan(0, _term.Length));
            if (terms.Length == 0)
            {
                _skippedPositions += _increment.PositionIncrement;
                continue;
            }

            _term.SetEmpty().Append(terms[0]);
            _increment.PositionIncrement += _skippedPositions;
            _skippedPositions = 0;
            _pending = terms;
            _next = 1;
            return true;
        }

        return false;
    }

    public override void End()
    {
        base.End();
        _increment.PositionIncrement += _skippedPositions;
        _skippedPositions = 0;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = [];
        _next = 0;
        _skippedPositions = 0;
    }

    private string[] TermsOf(ReadOnlySpan<char> word)
    {
        if (_recent.TryGet(word, out var slot, out var terms))
        {
            return terms;
        }

        if (!_memory.TryGet(word, out terms))
        {
            terms = Filter(word);
            _memory.Remember(word, terms);
        }

        _recent.Keep(slot, word, terms);
        return terms;
    }

    /// <summary>The terms the word filters make of <paramref name="word"/> alone.</summary>
    private string[] Filter(ReadOnlySpan<char> word)
    {
        _word.Set(word);
        _wordFilters.Reset();
        _collected.Clear();
        while (_wordFilters.IncrementToken())
        {
            _collected.Add(_filteredTerm.ToString());
        }

        _wordFilters.End();
        return _collected.Count == 0 ? [] : [.. _collected];
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _wordFilters.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>A token stream of one word, the source of the word filters.</summary>
    private sealed class OneWord : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private char[] _characters = new char[32];
        private int _length;
        private bool _given;

        public OneWord() => _term = AddAttribute<ICharTermAttribute>();

        public void Set(ReadOnlySpan<char> word)
        {
            if (word.Length > _characters.Length)
            {
                _characters = new char[word.Length];
            }

            word.CopyTo(_characters);
            _length = word.Length;
        }

        public override bool IncrementToken()
        {
            if (_given)
            {
                return false;
            }

            ClearAttributes();
            _term.CopyBuffer(_characters, 0, _length);
            _given = true;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _given = false;
        }
    }
}
