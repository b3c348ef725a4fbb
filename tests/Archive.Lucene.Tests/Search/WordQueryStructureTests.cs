using Archive.Lucene.Search;
using Archive.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Lucene.Tests.Search;

/// <summary>
/// A word's query finds its documents through the parts fields and the metadata names alone, and scores with the
/// exact, stemmed and title clauses on top (see <see cref="WordQueryBuilder.Word"/>). That is only right if no
/// scoring clause can match a document the finding clauses miss; these tests hold the structured query against the
/// same clauses as one flat disjunction (<see cref="WordQueryBuilder.Alone"/>) on real council pages.
/// </summary>
public sealed class WordQueryStructureTests : IDisposable
{
    private const string Topic = "Misbrug";

    // Chosen as words a council search uses, before running them: inflected forms, compounds, names that are
    // metadata, and a word of a topic.
    private static readonly string[] Words =
    [
        "borgere", "boliger", "misbrug", "misbrugsbehandling", "kontanthjælpsmodtagere", "Udsatterådet", "høringssvar",
        "psykiatri", "hjemløse", "Københavns", "budget", "ældre", "handicap", "skæve", "Aarhus", "stofmisbrugere",
    ];

    private readonly DanishArchiveAnalyzer _analyzer = new();
    private SmallIndex? _index;

    [SharedFact]
    public void Word_FindsAndScoresAsItsClausesInOneDisjunction()
    {
        var index = CorpusDkIndex();
        var builder = Builder();
        foreach (var word in Words)
        {
            var structured = builder.Word(word)!;
            var flat = WordQueryBuilder.Alone(structured);
            Assert.NotSame(structured, flat);
            SameHits.Assert(index, structured, flat, word);
        }
    }

    [SharedFact]
    public void Words_Together_FindAndScoreAsTheirFlatQueries()
    {
        var index = CorpusDkIndex();
        var builder = Builder();
        var common = builder.Word("kommunen")!;
        foreach (var word in Words)
        {
            var structured = new BooleanQuery { { builder.Word(word)!, Occur.MUST }, { common, Occur.MUST } };
            var flat = new BooleanQuery { { WordQueryBuilder.Alone(builder.Word(word)!), Occur.MUST }, { WordQueryBuilder.Alone(common), Occur.MUST } };
            SameHits.Assert(index, structured, flat, word + " kommunen");
        }
    }

    [SharedTheory]
    [InlineData(0)]
    [InlineData(2)]
    public void Phrase_FindsAsItsFourPhrasesInOneDisjunction_AndScoresItsWordsBeside(int slop)
    {
        // Chosen before running them: inflected and exact forms, stop words inside, a compound, a number.
        string[] phrases =
        [
            "socialt udsatte", "udsatte borgere", "hjem til alle", "psykisk syge", "housing first", "borgere med handicap",
            "kommunens budget", "social og sundhed", "udsatterådet i københavn", "børn og unge", "covid-19",

            // A word twice, which Lucene's own queries score.
            "hånd i hånd",
        ];
        var index = CorpusDkIndex();
        var builder = Builder();
        foreach (var text in phrases)
        {
            var structured = builder.Phrase(text, slop)!;
            SameHits.Assert(index, structured, FlatPhrase(text, slop), $"\"{text}\"~{slop}");

            // Searched without filters, the phrase is that flat disjunction again.
            var unfiltered = WordQueryBuilder.Unfiltered(structured);
            Assert.NotSame(structured, unfiltered);
            SameHits.Assert(index, unfiltered, FlatPhrase(text, slop), $"\"{text}\"~{slop}, unfiltered");
        }
    }

    [SharedFact]
    public void WordWithSynonyms_Alone_FindsAndScoresAsItsStructuredForm()
    {
        var index = CorpusDkIndex();
        var builder = Builder();
        foreach (var (typed, others) in new[]
        {
            ("misbrug", new[] { "rusmiddelproblemer", "rusmiddelbrug" }),
            ("herberg", new[] { "forsorgshjem", "§ 110" }),
            ("bostøtte", new[] { "socialpædagogisk støtte", "§ 85" }),
        })
        {
            var structured = builder.WithSynonyms([typed], others)!;
            var flat = WordQueryBuilder.Alone(structured);
            Assert.NotSame(structured, flat);
            SameHits.Assert(index, structured, flat, typed);
        }
    }

    [Fact]
    public void Alone_LeavesAPhraseAsItIs()
    {
        var phrase = Builder().Word("covid-19")!;

        Assert.Same(phrase, WordQueryBuilder.Alone(phrase));
    }

    private WordQueryBuilder Builder() =>
        new(_analyzer, new TopicWords([(Topic, new[] { "misbrug", "stofmisbrugere", "misbrugsbehandling" }.Select(word => _analyzer.Terms(word).Single()))]));

    /// <summary>
    /// A phrase as one disjunction of Lucene's phrases: as written, stemmed (with its stemmed words scoring beside it,
    /// when it has more than one), in the title and in the metadata names.
    /// </summary>
    private BooleanQuery FlatPhrase(string text, int slop)
    {
        var phrases = FlatPhrases(text, slop);
        var stems = _analyzer.Tokens(text, ArchiveFields.Text);
        if (stems.Count > 1)
        {
            var stemmed = new BooleanQuery(disableCoord: true) { Boost = WordQueryBuilder.Stemmed };
            stemmed.Add(phrases.Clauses[1].Query, Occur.MUST);
            phrases.Clauses[1].Query.Boost = 1;
            foreach (var stem in stems)
            {
                stemmed.Add(new TermQuery(new Term(ArchiveFields.Text, stem.Term)) { Boost = WordQueryBuilder.PhraseWords }, Occur.SHOULD);
            }

            phrases.Clauses[1].Query = stemmed;
        }

        return phrases;
    }

    private BooleanQuery FlatPhrases(string text, int slop)
    {
        PhraseQuery Phrase(string field, string analyzedAs, float weight)
        {
            var phrase = new PhraseQuery { Slop = slop, Boost = weight };
            foreach (var token in _analyzer.Tokens(text, analyzedAs))
            {
                phrase.Add(new Term(field, token.Term), token.Position);
            }

            return phrase;
        }

        return new BooleanQuery(disableCoord: true)
        {
            { Phrase(ArchiveFields.TextExact, ArchiveFields.TextExact, WordQueryBuilder.Exact), Occur.SHOULD },
            { Phrase(ArchiveFields.Text, ArchiveFields.Text, WordQueryBuilder.Stemmed), Occur.SHOULD },
            { Phrase(ArchiveFields.Title, ArchiveFields.Text, WordQueryBuilder.Title), Occur.SHOULD },
            { Phrase(ArchiveFields.MetadataText, ArchiveFields.Text, WordQueryBuilder.Metadata), Occur.SHOULD },
        };
    }

    /// <summary>
    /// Every corpus-dk page as a document, titled with the next page's first line and with council, municipality and
    /// topic on some, so that the title, metadata and topic clauses all match documents whose text lacks the word.
    /// </summary>
    private SmallIndex CorpusDkIndex()
    {
        var pages = TestData.CorpusDkPages();
        var documents = pages.Select((page, i) =>
        {
            var title = pages[(i + 1) % pages.Count].Split('\n', 2)[0].Trim();
            var metadata = new DocumentMetadata().With(MetadataFields.Title, title[..Math.Min(title.Length, 200)], source: null);
            metadata = i % 3 == 0 ? metadata.With(MetadataFields.Council, "Udsatterådet", source: null) : metadata;
            metadata = i % 4 == 0 ? metadata.With(MetadataFields.Municipality, "Københavns Kommune", source: null) : metadata;
            metadata = i % 5 == 0 ? metadata.With(MetadataFields.Topics, Topic, source: null) : metadata;
            return ($"page-{i}", metadata, page);
        });
        _index = new SmallIndex(TopicWords.None, [.. documents]);
        return _index;
    }

    public void Dispose()
    {
        _index?.Dispose();
        _analyzer.Dispose();
    }
}
