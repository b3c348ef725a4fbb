using Archive.Lucene.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Archive.Lucene;

/// <summary>
/// The archive's Danish analysis, used at index and at query time so that both see the same terms. Every field but
/// two is stemmed: standard tokenization (with "§ 18" as one word, §18), lower case, aa/ae/oe folded to å/æ/ø,
/// Danish stop words, Danish Snowball (with a list of overrides, <see cref="StemOverrides"/>).
/// <see cref="ArchiveFields.TextExact"/> keeps the words as written (lower case only), and
/// <see cref="ArchiveFields.TextParts"/>/<see cref="ArchiveFields.TitleParts"/> add the stemmed parts of compounds.
/// The stemmed chains remember the terms of the words they have seen (<see cref="RememberedWordsFilter"/>), so
/// indexing and snippets stem and split each distinct word once.
/// </summary>
public sealed class DanishArchiveAnalyzer : Analyzer
{
    /// <summary>
    /// How many distinct words each stemmed chain remembers the terms of (<see cref="RememberedWords"/>): enough for
    /// nearly every word of running Danish text, at some 20 MB per chain when full (an estimate of about 170 bytes per
    /// word with its terms, not a measurement).
    /// </summary>
    public const int DefaultRememberedWords = 131_072;

    private readonly CompoundSplitter _splitter;
    private readonly RememberedWords _stemmedWords;
    private readonly RememberedWords _wordsWithParts;

    public DanishArchiveAnalyzer()
        : this(CompoundSplitter.Danish)
    {
    }

    /// <param name="splitter">The compound splitter of the parts fields.</param>
    /// <param name="rememberedWords">How many words' terms each chain keeps; 0 runs every filter on every word.</param>
    public DanishArchiveAnalyzer(CompoundSplitter splitter, int rememberedWords = DefaultRememberedWords)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        _splitter = splitter;
        _stemmedWords = new RememberedWords(rememberedWords);
        _wordsWithParts = new RememberedWords(rememberedWords);
    }

    /// <summary>The compound splitter the parts fields use.</summary>
    public CompoundSplitter Splitter => _splitter;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(ArchiveLucene.Version, reader);
        if (fieldName == ArchiveFields.TextExact)
        {
            return new TokenStreamComponents(tokenizer, AsWritten(tokenizer));
        }

        var withParts = fieldName is ArchiveFields.TextParts or ArchiveFields.TitleParts;
        var memory = withParts ? _wordsWithParts : _stemmedWords;
        TokenStream WordFilters(TokenStream word) => Stemmed(word, withParts ? _splitter : null);
        var stream = memory.Capacity == 0 ? WordFilters(tokenizer) : new RememberedWordsFilter(tokenizer, memory, WordFilters);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static InvariantLowerCaseFilter AsWritten(TokenStream words) => new InvariantLowerCaseFilter(new SectionSignFilter(words));

    /// <summary>
    /// The filters of the stemmed fields, each reading one word at a time (which <see cref="RememberedWordsFilter"/>
    /// relies on); with <paramref name="splitter"/>, a compound's parts follow it.
    /// </summary>
    private static SnowballFilter Stemmed(TokenStream words, CompoundSplitter? splitter)
    {
        // Old and foreign spellings (Aarhus, Haandbog, Kjøbenhavn-era "ae"/"oe") become the modern letters
        // before stop words, splitting and stemming, so Aarhus and Århus are one term.
        TokenStream stream = new ScandinavianNormalizationFilter(AsWritten(words));
        stream = new StopFilter(ArchiveLucene.Version, stream, DanishAnalyzer.DefaultStopSet);
        if (splitter is not null)
        {
            // Split before stemming: the word list knows whole words (misbrugsbehandling), not stems.
            stream = new CompoundPartsFilter(stream, splitter);
        }

        // Words the stemmer would part from their inflections get their stem from the list; Snowball leaves them be.
        stream = new StemmerOverrideFilter(stream, StemOverrides.Danish);
        return new SnowballFilter(stream, new DanishStemmer());
    }

    /// <summary>Every field reads "§ 18" as one word (see <see cref="SectionNumbers"/>).</summary>
    protected override TextReader InitReader(string fieldName, TextReader reader) => SectionNumbers.JoinForTokenizer(reader);

    /// <summary>
    /// Pages of one document are consecutive values of the text field; no gap between them,
    /// so a phrase that runs over a page break still matches.
    /// </summary>
    public override int GetPositionIncrementGap(string fieldName) => 0;

    /// <summary>
    /// Lower case with aa/ae/oe folded to å/æ/ø, as the analyzer reads words before stemming; for the compound
    /// splitter and for prefix and fuzzy terms, which skip analysis.
    /// </summary>
    public static string Fold(string word)
    {
        using var tokenizer = new KeywordTokenizer(new StringReader(word));
        using TokenStream stream = new ScandinavianNormalizationFilter(new InvariantLowerCaseFilter(tokenizer));
        var text = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var folded = stream.IncrementToken() ? text.ToString() : word;
        stream.End();
        return folded;
    }

    /// <summary>Lists the terms a text is indexed as, in order (for tests and for showing users the analysis).</summary>
    public IReadOnlyList<string> Terms(string text, string fieldName = ArchiveFields.Text) =>
        [.. Tokens(text, fieldName).Select(token => token.Term)];

    /// <summary>The terms a text is indexed as, with the offsets of the words they come from and their positions.</summary>
    public IReadOnlyList<AnalyzedToken> Tokens(string text, string fieldName)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = GetTokenStream(fieldName, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            // Stop words leave gaps; compound parts stand at their word's position (increment 0).
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }

        stream.End();
        return tokens;
    }
}

/// <summary>One term of an analysis: its text, the offsets of the word it comes from, and its position.</summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End, int Position);
