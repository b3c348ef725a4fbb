using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace Archive.Lucene.Search;

/// <summary>
/// Builds the query for a word or a phrase typed without a field. One word is looked for as written, stemmed and
/// as a compound part, in the text, the title and the metadata names; the weights below make an exact occurrence
/// outrank an inflected one and both outrank a compound part, and a title match outrank a match in the body.
/// A word of a topic's list (<see cref="TopicWords"/>) also ranks the documents classified under that topic higher.
/// </summary>
internal sealed class WordQueryBuilder(DanishArchiveAnalyzer analyzer, TopicWords topics)
{
    // Weights per field. A document holding the exact form also holds the stem and the part, so the tiers add up:
    // exact > stemmed > part. Compound parts weigh least, so splitting widens a search without reordering it.
    internal const float Exact = 1.0f;
    internal const float Stemmed = 1.0f;
    internal const float Parts = 0.4f;
    internal const float Title = 1.5f;
    internal const float TitleParts = 0.5f;

    /// <summary>
    /// A council, municipality or type named by the word ("udsatterådet", "odense", "høringssvar"): as much as the
    /// stemmed word in the text, so a council's own paper ranks with the pages that speak of the council. Chosen by
    /// measurement (docs/relevance.md); more weight lowered the judged queries.
    /// </summary>
    internal const float Metadata = 1.0f;

    /// <summary>
    /// Extra weight for a document classified under a topic the word belongs to: the page is about the subject,
    /// not merely mentioning it. Chosen by measurement (docs/relevance.md); it orders the documents that hold the
    /// word and finds no others.
    /// </summary>
    internal const float Topic = 3.0f;

    /// <summary>
    /// The weight of a match through another expression of a typed word's synonym ring ("bostøtte" for "§ 85"),
    /// against the words typed: less, so the searcher's own words count for more. Chosen by measurement
    /// (docs/relevance.md).
    /// </summary>
    internal const float Synonym = 0.5f;

    /// <summary>
    /// The weight of each word of a phrase, stemmed, in the text of a document holding the phrase there: of the
    /// documents that hold it, one that uses its words more is more about them than a list of agenda items naming
    /// it once (<see cref="PhraseWithItsWordsQuery"/>). Chosen by measurement (docs/relevance.md); it orders the
    /// phrase's documents and finds no others.
    /// </summary>
    internal const float PhraseWords = 0.5f;

    /// <summary>Extra weight for documents where all the words of a query stand close together, in order.</summary>
    internal const float Proximity = 1.0f;

    /// <summary>How many words may stand between the parts of a compound written apart ("modtagere af kontanthjælp").</summary>
    private const int PartsSlop = 2;

    /// <summary>How many positions apart the words of a query may stand and still count as close together.</summary>
    internal const int ProximitySlop = 3;

    /// <summary>One typed word; null when it is only a stop word. Words that analyze to several tokens (covid-19) are phrases.</summary>
    public Query? Word(string text) => Word(text, asTyped: true);

    /// <param name="asTyped">
    /// False for a synonym of a typed word: found as a whole word only, not through its compound parts apart (a
    /// synonym is one fixed expression, and the parts of *rusmiddelbrug* stand near each other in every text about
    /// *brug* of a *rusmiddel*, which costs a search over them), and without its topics' weight, which the typed
    /// word brings.
    /// </param>
    private Query? Word(string text, bool asTyped)
    {
        var exact = Analyze(ArchiveFields.TextExact, text);
        var stems = Analyze(ArchiveFields.Text, text);
        if (stems.Count == 0)
        {
            return null;
        }

        if (exact.Count > 1 || stems.Count > 1)
        {
            return Phrase(text, slop: 0);
        }

        var stem = stems[0].Term;
        var parts = asTyped ? PartStems(DanishArchiveAnalyzer.Fold(exact[0].Term)) : [];
        // Which documents a word finds is decided by the parts fields and the metadata names alone: the parts
        // fields hold every stemmed word besides its parts, and the stem follows from the word as written, so a
        // document with the exact form or the stem in its text or title is in them. The exact, stemmed and title
        // clauses only add to the score. Lucene then walks three postings lists per word to find the documents,
        // not six, and reads the scoring clauses only for the documents it scores (those that pass the other
        // words and the filters). The sum, and so every score, is what one flat disjunction of all six gave.
        var word = new FoundThenScoredWord
        {
            {
                Either(
                    (Compound(ArchiveFields.TextParts, stem, parts), Parts),
                    (Compound(ArchiveFields.TitleParts, stem, parts), TitleParts),
                    (Term(ArchiveFields.MetadataText, stem), Metadata)),
                Occur.MUST
            },
        };
        AddToScore(word, (Term(ArchiveFields.TextExact, exact[0].Term), Exact), (Term(ArchiveFields.Text, stem), Stemmed), (Term(ArchiveFields.Title, stem), Title));
        return asTyped ? AboutItsTopics(word, stem) : word;
    }

    /// <summary>
    /// Words that name what other expressions name too (<see cref="Synonyms"/>): every word as typed, or any of the
    /// <paramref name="others"/>, which weigh <see cref="Synonym"/> of the words typed. A document using the words
    /// typed outranks one using a synonym as often in a text as long; a much longer text, which BM25 scores lower,
    /// can rank below a short one using the synonym. Null when the words are only stop words.
    /// </summary>
    public Query? WithSynonyms(IEnumerable<string> typedWords, IReadOnlyList<string> others)
    {
        var typed = new BooleanQuery(disableCoord: true);
        foreach (var word in typedWords)
        {
            if (Word(word) is { } query)
            {
                typed.Add(query, Occur.MUST);
            }
        }

        if (typed.Clauses.Count == 0)
        {
            return null;
        }

        var either = new EitherSynonym { { typed.Clauses.Count == 1 ? typed.Clauses[0].Query : typed, Occur.SHOULD } };
        foreach (var other in others)
        {
            if (Expression(other) is { } query)
            {
                query.Boost *= Synonym;
                either.Add(query, Occur.SHOULD);
            }
        }

        return either;
    }

    /// <summary>An expression of a synonym ring: a word (see <see cref="Word(string, bool)"/>), or its words as a phrase.</summary>
    private Query? Expression(string text) =>
        Analyze(ArchiveFields.Text, text).Count > 1 ? Phrase(text, slop: 0) : Word(text, asTyped: false);

    /// <summary>
    /// A word searched on its own: the clauses of its query (see <see cref="Word"/>) as one disjunction, the same
    /// documents and scores. With nothing else to match, every document the word finds is scored, and Lucene scores
    /// a flat disjunction in bulk faster than a required part with optional ones (measured at 100,000 documents,
    /// with filters and without). Any other query is returned as it is.
    /// </summary>
    public static Query Alone(Query word) => word switch
    {
        FoundThenScoredWord structured => Flat(structured),
        EitherSynonym either => FlatEither(either),
        _ => word,
    };

    /// <summary>
    /// A word and its synonyms searched on their own: every clause of the word and of each one-word synonym (see
    /// <see cref="Alone"/>) in one disjunction, each synonym's clauses carrying its weight. A disjunction of
    /// disjunctions sums the same scores, but Lucene scored the nested form a quarter slower (`misbrug` at 100,000
    /// documents).
    /// </summary>
    private static BooleanQuery FlatEither(EitherSynonym either)
    {
        var flat = new BooleanQuery(disableCoord: true) { Boost = either.Boost };
        foreach (var clause in either.Clauses)
        {
            if (clause.Query is not FoundThenScoredWord word)
            {
                flat.Add(clause.Query, Occur.SHOULD);
                continue;
            }

            foreach (var inner in Flat(word).Clauses)
            {
                var query = (Query)inner.Query.Clone();
                query.Boost *= word.Boost;
                flat.Add(query, Occur.SHOULD);
            }
        }

        return flat;
    }

    /// <summary>
    /// A query searched without filters: a phrase on its own (see <see cref="Phrase(string, int)"/>) as one
    /// disjunction of Lucene's phrases, the same documents and scores. Reading the phrase as written only for the
    /// documents scored pays where filters leave few of them (a phrase under two filters at 100,000 documents: 12 %
    /// less CPU); without filters every document found is scored, and Lucene's bulk scorer over one disjunction was
    /// 7 % faster. Any other query is returned as it is.
    /// </summary>
    public static Query Unfiltered(Query query) => query is FoundThenScoredPhrase structured ? Flat(structured) : query;

    /// <summary>
    /// A query whose first clause finds its documents and whose other clauses only score them, as one disjunction
    /// of all the clauses: the same documents, since every scoring clause matches only documents the first finds,
    /// and the same sums. A clause that scores without deciding which documents match (<see cref="ProximityQuery"/>)
    /// becomes Lucene's phrase, which matches only where it scores.
    /// </summary>
    private static BooleanQuery Flat(BooleanQuery structured)
    {
        var finds = (BooleanQuery)structured.Clauses[0].Query;
        var flat = new BooleanQuery(disableCoord: true) { Boost = structured.Boost };
        foreach (var clause in finds.Clauses.Concat(structured.Clauses.Skip(1)))
        {
            flat.Add(clause.Query is ProximityQuery proximity ? proximity.ToPhraseQuery() : clause.Query, Occur.SHOULD);
        }

        return flat;
    }

    // The forms Word and Phrase give, known by their types to Alone and Unfiltered: a required disjunction that finds
    // the documents, then optional clauses that score them.
    private sealed class FoundThenScoredWord() : BooleanQuery(disableCoord: true);

    private sealed class FoundThenScoredPhrase() : BooleanQuery(disableCoord: true);

    // The form WithSynonyms gives: the words typed or any of their synonyms.
    private sealed class EitherSynonym() : BooleanQuery(disableCoord: true);

    /// <summary>Adds each clause, with its weight, as one that scores but does not decide which documents match.</summary>
    private static BooleanQuery AddToScore(BooleanQuery query, params (Query Query, float Weight)[] clauses)
    {
        foreach (var (clause, weight) in clauses)
        {
            clause.Boost = weight;
            query.Add(clause, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// The word's query, scoring more where the document's topic is one the word belongs to. Each topic's clause
    /// requires the word's stem or compound part in the text as well, so it only adds to documents the word finds
    /// and a document without the word is never found for its topic alone. The topic clauses only add to the score
    /// (see <see cref="Word"/>), so their postings are read for scored documents alone.
    /// </summary>
    private BooleanQuery AboutItsTopics(BooleanQuery word, string stem)
    {
        foreach (var topic in topics.TopicsOf(stem))
        {
            var inText = new ConstantScoreQuery(Term(ArchiveFields.TextParts, stem)) { Boost = 0 };
            var about = new BooleanQuery(disableCoord: true) { { Term(ArchiveFields.Topic, topic), Occur.MUST }, { inText, Occur.MUST } };
            about.Boost = Topic;
            word.Add(about, Occur.SHOULD);
        }

        return word;
    }

    /// <summary>A phrase: its words in order (with <paramref name="slop"/> positions of play), as written or stemmed.</summary>
    public Query? Phrase(string text, int slop)
    {
        var exact = Analyze(ArchiveFields.TextExact, text);
        var stems = Analyze(ArchiveFields.Text, text);
        if (exact.Count == 0)
        {
            return null;
        }

        if (stems.Count == 0)
        {
            return Either((Phrase(ArchiveFields.TextExact, exact, slop), Exact));
        }

        // As for a word (see Word): the stemmed phrase stands wherever the phrase as written stands, so the phrase's
        // documents are found through the stemmed text (its words scoring beside it, see PhraseWords), the title and
        // the metadata names, and the phrase as written only adds to the score, its positions read for the documents
        // scored alone (ProximityQuery). The sum, and so every score, is what one disjunction of those clauses gave.
        var phrase = new FoundThenScoredPhrase
        {
            {
                Either(
                    (WithItsWords(ArchiveFields.Text, stems, slop), Stemmed),
                    (Phrase(ArchiveFields.Title, stems, slop), Title),
                    (Phrase(ArchiveFields.MetadataText, stems, slop), Metadata)),
                Occur.MUST
            },
        };
        var asWritten = exact.Count == 1 ? Term(ArchiveFields.TextExact, exact[0].Term) : WithinSlop(ArchiveFields.TextExact, exact, slop);
        return AddToScore(phrase, (asWritten, Exact));
    }

    /// <summary>The stems of a compound's parts (kontanthjælpsmodtager → kontanthjælp, modtag); empty for other words.</summary>
    private List<string> PartStems(string word) =>
        [.. analyzer.Splitter.Split(word).SelectMany(part => Analyze(ArchiveFields.Text, part).Take(1)).Select(token => token.Term)];

    /// <summary>
    /// The words of a plain query standing close together, in order, in the text: one sloppy phrase over the
    /// stemmed text only, because each phrase over a common word is costly on a large archive, and scored only for
    /// the documents scored (<see cref="ProximityQuery"/>).
    /// </summary>
    public Query? Near(string text)
    {
        var stems = Analyze(ArchiveFields.Text, text);
        return stems.Count > 1 ? WithinSlop(ArchiveFields.Text, stems, ProximitySlop) : null;
    }

    /// <summary>
    /// A phrase whose words also score on their own (see <see cref="PhraseWords"/>); one token is its term alone, as
    /// in <see cref="Phrase(string, IReadOnlyList{AnalyzedToken}, int)"/>.
    /// </summary>
    private static Query WithItsWords(string field, IReadOnlyList<AnalyzedToken> tokens, int slop) =>
        tokens.Count == 1
            ? Term(field, tokens[0].Term)
            : new PhraseWithItsWordsQuery([.. tokens.Select(token => new Term(field, token.Term))], [.. tokens.Select(token => token.Position)], slop, PhraseWords);

    /// <summary>The tokens standing within <paramref name="slop"/> of their places, scored for the documents scored alone.</summary>
    private static Query WithinSlop(string field, IReadOnlyList<AnalyzedToken> tokens, int slop) =>
        ProximityQuery.For([.. tokens.Select(token => new Term(field, token.Term))], [.. tokens.Select(token => token.Position)], slop);

    /// <summary>
    /// In a parts field: the word itself, or all of its parts close together in any order, so kontanthjælpsmodtager
    /// also finds "modtagere af kontanthjælp" — after the documents that use the word — but not every text that
    /// says social somewhere and økonomi somewhere else.
    /// </summary>
    private static Query Compound(string field, string stem, List<string> parts)
    {
        if (parts.Count < 2)
        {
            return Term(field, stem);
        }

        var near = new SpanNearQuery([.. parts.Select(part => new SpanTermQuery(new Term(field, part)))], PartsSlop, inOrder: false);
        return new BooleanQuery(disableCoord: true) { { Term(field, stem), Occur.SHOULD }, { near, Occur.SHOULD } };
    }

    private static Query Phrase(string field, IReadOnlyList<AnalyzedToken> tokens, int slop)
    {
        if (tokens.Count == 1)
        {
            return Term(field, tokens[0].Term);
        }

        var phrase = new PhraseQuery { Slop = slop };
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token.Term), token.Position);
        }

        return phrase;
    }

    private static TermQuery Term(string field, string text) => new(new Term(field, text));

    private static BooleanQuery Either(params (Query Query, float Weight)[] clauses) => AddToScore(new BooleanQuery(disableCoord: true), clauses);

    private IReadOnlyList<AnalyzedToken> Analyze(string field, string text) => analyzer.Tokens(text, field);
}
