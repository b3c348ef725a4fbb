using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Lucene.Analysis;

/// <summary>
/// Writes the sections <see cref="SectionNumbers"/> joined for the tokenizer (‿18) as §18, and keeps them from the
/// stemmer: a section is a name, not a Danish word.
/// </summary>
public sealed class SectionSignFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public SectionSignFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (IsSection(_term.Buffer.AsSpan(0, _term.Length), SectionNumbers.Connector))
        {
            _term.Buffer[0] = '§';
            _keyword.IsKeyword = true;
        }

        return true;
    }

    /// <summary>Whether a term is a section (§18, §85a) written with <paramref name="sign"/>.</summary>
    public static bool IsSection(ReadOnlySpan<char> term, char sign = '§') => term.Length > 1 && term[0] == sign && char.IsAsciiDigit(term[1]);
}
