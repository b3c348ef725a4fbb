using System.Text.RegularExpressions;
using Archive.Lucene.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Archive.Lucene.Search;

/// <summary>
/// Reads the query syntax searchers type: words (all must match unless joined by OR), "phrases", OR, -exclude,
/// field:value for title, council, municipality, type, topic, year and textSource, prefix*, fuzzy~. Words without a field
/// are looked for in the text, the title and the document's council, municipality, type and topics, as written,
/// stemmed and as compound parts (see <see cref="WordQueryBuilder"/>); documents where a query's words stand close
/// together rank higher.
/// </summary>
public sealed partial class UserQueryParser
{
    /// <summary>The field names a searcher may type, and the index field each one searches.</summary>
    public static readonly IReadOnlyDictionary<string, string> SearchableFields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = ArchiveFields.Title,
        ["council"] = ArchiveFields.CouncilText,
        ["municipality"] = ArchiveFields.MunicipalityText,
        ["type"] = ArchiveFields.TypeText,
        ["topic"] = ArchiveFields.TopicText,
        ["year"] = ArchiveFields.Year,
        ["text"] = ArchiveFields.Text,
        ["textSource"] = ArchiveFields.TextSource,
    };

    // Fields of one exact value each, matched as typed (in lower case) without analysis: "2019", "ocr".
    private static readonly HashSet<string> ExactFields = new(StringComparer.Ordinal) { ArchiveFields.Year, ArchiveFields.TextSource };

    // Prefix and fuzzy words without a field (which skip analysis) are looked for in these fields: a title match
    // says more than a match in the body; a name in the metadata as much as the text itself.
    private static readonly Dictionary<string, float> DefaultFieldBoosts = new()
    {
        [ArchiveFields.Text] = WordQueryBuilder.Stemmed,
        [ArchiveFields.Title] = WordQueryBuilder.Title,
        [ArchiveFields.MetadataText] = WordQueryBuilder.Metadata,
    };

    private readonly DanishArchiveAnalyzer _analyzer;
    private readonly TopicWords _topics;
    private readonly Synonyms _synonyms;

    /// <param name="topics">The taxonomy's words, by which documents about a word's topic rank higher; none when null.</param>
    /// <param name="synonyms">Expressions that name the same thing, searched for each other in plain-word queries; none when null.</param>
    public UserQueryParser(DanishArchiveAnalyzer analyzer, TopicWords? topics = null, Synonyms? synonyms = null)
    {
        _analyzer = analyzer;
        _topics = topics ?? TopicWords.None;
        _synonyms = synonyms ?? Synonyms.None(analyzer);
    }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="QuerySyntaxException"/> with a plain explanation when it cannot.</summary>
    public Query Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PlainWords(text) ?? ParseSyntax(text);
    }

    /// <summary>
    /// The query of words alone ("skæve boliger", "covid-19 § 85"), built directly: the same query the classic parser
    /// makes of them, without it. The classic parser looks ahead by throwing and catching an exception for every
    /// word, which cost a tenth of the CPU of a search. Null when the text holds anything but words, or nothing.
    /// </summary>
    internal Query? PlainWords(string text) => WordsOf(text)?.AllOf();

    /// <summary>
    /// The words of a query typed as plain words, each with its query; null when the text holds operators, quotes,
    /// fields or anything else of the query syntax, whose strict meaning the user chose.
    /// </summary>
    internal QueryWords? WordsOf(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || !IsPlainWords(text))
        {
            return null;
        }

        text = SectionNumbers.JoinInQuery(text);
        var words = text.Split(ParserWhiteSpace, StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(word => word is "AND" or "OR" or "NOT"))
        {
            return null;
        }

        var builder = new WordQueryBuilder(_analyzer, _topics);
        var found = new List<(string, Query)>();
        var spans = _synonyms.Find(words).ToDictionary(span => span.Start);
        for (var i = 0; i < words.Length; i++)
        {
            if (spans.TryGetValue(i, out var span))
            {
                // The words of an expression count as one: found as typed, or as another expression of its ring.
                var typed = string.Join(' ', words.Skip(i).Take(span.Length));
                if (builder.WithSynonyms(words.Skip(i).Take(span.Length), span.Others) is { } either)
                {
                    found.Add((typed, either));
                }

                i += span.Length - 1;
            }
            else if (builder.Word(words[i]) is { } query)
            {
                found.Add((words[i], query));
            }
        }

        // As the classic parser: several words rank higher where they stand close together.
        var near = found.Count > 1 ? builder.Near(string.Join(' ', found.Select(word => word.Item1))) : null;
        return new QueryWords(found, near);
    }

    /// <summary>
    /// Letters, digits, § and white space, and hyphens inside words (covid-19): text the classic parser reads as
    /// words alone. A hyphen at the start of a word excludes it, so it is syntax.
    /// </summary>
    private static bool IsPlainWords(string text)
    {
        static bool WordChar(char c) => char.IsLetter(c) || char.IsNumber(c) || c == '§';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var plain = WordChar(c) || Array.IndexOf(ParserWhiteSpace, c) >= 0
                || (c == '-' && i > 0 && i < text.Length - 1 && WordChar(text[i - 1]) && WordChar(text[i + 1]));
            if (!plain)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses the full syntax with the classic parser.</summary>
    internal Query ParseSyntax(string text)
    {
        var prepared = Prepare(text);
        var parser = new FieldMappingParser(_analyzer, new WordQueryBuilder(_analyzer, _topics));
        Query query;
        try
        {
            query = parser.Parse(prepared);
        }
        catch (ParseException exception)
        {
            throw new QuerySyntaxException(QuerySyntaxExplainer.Explain(text, exception), exception);
        }
        catch (UnknownFieldException exception)
        {
            throw new QuerySyntaxException(exception.Problem, exception);
        }

        if (OnlyExclusions(query))
        {
            return WithEverythingElse((BooleanQuery)query);
        }

        // One word and nothing else: scored as the plain-words path scores it (see WordQueryBuilder.Alone).
        if (parser.PlainWords.Count == 1 && ReferenceEquals(query, parser.LastWordQuery))
        {
            return WordQueryBuilder.Alone(query);
        }

        return parser.PlainWords.Count > 1 && AllRequired(query, parser.PlainWords.Count)
            ? QueryWords.WithProximity((BooleanQuery)query, parser.Words.Near(string.Join(' ', parser.PlainWords)))
            : query;
    }

    // Only a query of plain words all required ("skæve boliger") reads as words meant together;
    // with OR, exclusions, phrases or fields the user has said how the words relate.
    private static bool AllRequired(Query query, int words) =>
        query is BooleanQuery boolean && boolean.Clauses.Count == words && boolean.Clauses.All(clause => clause.Occur == Occur.MUST);

    /// <summary>
    /// Characters that are ordinary in Danish council texts but operators to Lucene: "18/924" and "d. 4/6-2014"
    /// would start a regular expression, "kl. 16:00" would name a field "16".
    /// </summary>
    private static string Prepare(string text)
    {
        // "§ 18" is one word (see SectionNumbers), or the parser would search § and 18 apart.
        var escaped = SectionNumbers.JoinInQuery(text).Replace("/", "\\/", StringComparison.Ordinal);
        return DigitsBeforeColon().Replace(escaped, @"$1\:");
    }

    // "-misbrug" alone means everything except misbrug, not nothing.
    private static bool OnlyExclusions(Query query) =>
        query is BooleanQuery boolean && boolean.Clauses.Count > 0 && boolean.Clauses.All(clause => clause.Occur == Occur.MUST_NOT);

    private static BooleanQuery WithEverythingElse(BooleanQuery exclusions)
    {
        var query = new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST } };
        foreach (var clause in exclusions.Clauses)
        {
            query.Add(clause);
        }

        return query;
    }

    // The characters the classic parser splits words on.
    private static readonly char[] ParserWhiteSpace = [' ', '\t', '\n', '\r', '\u3000'];

    [GeneratedRegex(@"(?<![\p{L}\\])(\d+):")]
    private static partial Regex DigitsBeforeColon();

    private sealed class UnknownFieldException(SearchProblem problem) : Exception(problem.Message)
    {
        public SearchProblem Problem { get; } = problem;
    }

    /// <summary>The classic parser, told which typed field means which index field.</summary>
    private sealed class FieldMappingParser : MultiFieldQueryParser
    {
        public FieldMappingParser(Analyzer analyzer, WordQueryBuilder words)
            : base(ArchiveLucene.Version, [.. DefaultFieldBoosts.Keys], analyzer, DefaultFieldBoosts)
        {
            Words = words;
            DefaultOperator = Operator.AND;
            AutoGeneratePhraseQueries = true;

            // A leading wildcard walks every term of the index: refused, with a message.
            AllowLeadingWildcard = false;
        }

        public WordQueryBuilder Words { get; }

        private readonly HashSet<string> _expandingWords = new(StringComparer.Ordinal);

        /// <summary>The words typed without a field, quotes or operators of their own, in order.</summary>
        public List<string> PlainWords { get; } = [];

        /// <summary>The query of the last of <see cref="PlainWords"/>.</summary>
        public Query? LastWordQuery { get; private set; }

        protected override Query GetFieldQuery(string field, string queryText, bool quoted)
        {
            if (field is null)
            {
                var query = quoted ? Words.Phrase(queryText, slop: 0) : Words.Word(queryText);
                if (query is not null && !quoted)
                {
                    PlainWords.Add(queryText);
                    LastWordQuery = query;
                }

                return query!;
            }

            return ExactFields.Contains(Map(field))
                ? new TermQuery(new Term(Map(field), queryText.Trim().ToLowerInvariant()))
                : base.GetFieldQuery(Map(field), queryText, quoted);
        }

        protected override Query GetFieldQuery(string field, string queryText, int slop)
        {
            if (slop is < 0 or > SearchLimits.MaxPhraseSlop)
            {
                throw new QuerySyntaxException(SearchProblem.PhraseDistanceOutOfRange(queryText, slop));
            }

            return field is null ? Words.Phrase(queryText, slop)! : base.GetFieldQuery(Map(field), queryText, slop);
        }

        protected override Query GetPrefixQuery(string field, string termStr)
        {
            Limit(termStr + "*", wildcards: 1, fuzzy: false);
            return base.GetPrefixQuery(Map(field), DanishArchiveAnalyzer.Fold(termStr));
        }

        protected override Query GetWildcardQuery(string field, string termStr)
        {
            Limit(termStr, termStr.Count(c => c is '*' or '?'), fuzzy: false);
            return base.GetWildcardQuery(Map(field), DanishArchiveAnalyzer.Fold(termStr));
        }

        protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
        {
            Limit(termStr + "~", wildcards: 0, fuzzy: true);
            return base.GetFuzzyQuery(Map(field), DanishArchiveAnalyzer.Fold(termStr), minSimilarity);
        }

        /// <summary>
        /// Refuses a word that would walk too much of the index, and more such words than a query may hold. A word
        /// without a field is asked of several fields; it counts once.
        /// </summary>
        private void Limit(string word, int wildcards, bool fuzzy)
        {
            // A wildcard first is refused by the parser itself, with its own message.
            var firstWildcard = word.IndexOfAny(['*', '?']);
            if (firstWildcard is >= 1 and < SearchLimits.MinLettersBeforeWildcard)
            {
                throw new QuerySyntaxException(SearchProblem.ShortWildcardWord(Shorten(word)));
            }

            if (wildcards > SearchLimits.MaxWildcardsPerWord)
            {
                throw new QuerySyntaxException(SearchProblem.TooManyWildcards(Shorten(word), wildcards));
            }

            if (!_expandingWords.Add(word))
            {
                return;
            }

            if (_expandingWords.Count > SearchLimits.MaxExpandingWords)
            {
                throw new QuerySyntaxException(SearchProblem.TooManyExpandingWords());
            }

            if (fuzzy && _expandingWords.Count(expanding => expanding.EndsWith('~')) > SearchLimits.MaxFuzzyWords)
            {
                throw new QuerySyntaxException(SearchProblem.TooManyFuzzyWords());
            }
        }

        private static string Shorten(string word) => word.Length <= 30 ? word : word[..30] + "…";

        protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
            base.GetRangeQuery(Map(field), part1, part2, startInclusive, endInclusive);

        protected override Query GetRegexpQuery(string field, string termStr) =>
            base.GetFieldQuery(Map(field), termStr, quoted: false);

        // The default field is null: the parser then calls these methods again for each default field.
        private static string Map(string? field) =>
            field is null ? null!
            : SearchableFields.TryGetValue(field, out var indexField) ? indexField
            : DefaultFieldBoosts.ContainsKey(field) ? field
            : throw new UnknownFieldException(SearchProblem.UnknownField(field, SearchableFields.Keys));
    }
}
