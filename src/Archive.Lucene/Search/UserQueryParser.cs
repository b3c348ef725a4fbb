using System.Text.RegularExpressions;
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
/// field:value for title, council, municipality, type, topic and year, prefix*, fuzzy~. Words without a field
/// are looked for in the text, the title and the document's council, municipality, type and topics.
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
    };

    // A title match says more than a match in the body; a name in the metadata says less than the text itself.
    private static readonly Dictionary<string, float> DefaultFieldBoosts = new()
    {
        [ArchiveFields.Text] = 1.0f,
        [ArchiveFields.Title] = 2.0f,
        [ArchiveFields.MetadataText] = 0.5f,
    };

    private readonly Analyzer _analyzer;

    public UserQueryParser(Analyzer analyzer) => _analyzer = analyzer;

    /// <summary>Parses <paramref name="text"/>; throws <see cref="QuerySyntaxException"/> with a plain explanation when it cannot.</summary>
    public Query Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prepared = Prepare(text);
        var parser = new FieldMappingParser(_analyzer);
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
            throw new QuerySyntaxException(exception.Message, exception);
        }

        return OnlyExclusions(query) ? WithEverythingElse((BooleanQuery)query) : query;
    }

    /// <summary>
    /// Characters that are ordinary in Danish council texts but operators to Lucene: "18/924" and "d. 4/6-2014"
    /// would start a regular expression, "kl. 16:00" would name a field "16".
    /// </summary>
    private static string Prepare(string text)
    {
        var escaped = text.Replace("/", "\\/", StringComparison.Ordinal);
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

    [GeneratedRegex(@"(?<![\p{L}\\])(\d+):")]
    private static partial Regex DigitsBeforeColon();

    private sealed class UnknownFieldException(string field)
        : Exception($"Unknown field '{field}:'. Fields you can search: {string.Join(", ", SearchableFields.Keys)}. To search for words with a colon, put them in quotes.");

    /// <summary>The classic parser, told which typed field means which index field.</summary>
    private sealed class FieldMappingParser : MultiFieldQueryParser
    {
        public FieldMappingParser(Analyzer analyzer)
            : base(ArchiveLucene.Version, [.. DefaultFieldBoosts.Keys], analyzer, DefaultFieldBoosts)
        {
            DefaultOperator = Operator.AND;
            AutoGeneratePhraseQueries = true;

            // A leading wildcard walks every term of the index: refused, with a message.
            AllowLeadingWildcard = false;
        }

        protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
            field is not null && Map(field) == ArchiveFields.Year
                ? new TermQuery(new Term(ArchiveFields.Year, queryText.Trim()))
                : base.GetFieldQuery(Map(field), queryText, quoted);

        protected override Query GetFieldQuery(string field, string queryText, int slop) =>
            base.GetFieldQuery(Map(field), queryText, slop);

        protected override Query GetPrefixQuery(string field, string termStr) =>
            base.GetPrefixQuery(Map(field), Normalize(termStr));

        protected override Query GetWildcardQuery(string field, string termStr) =>
            base.GetWildcardQuery(Map(field), Normalize(termStr));

        protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
            base.GetFuzzyQuery(Map(field), Normalize(termStr), minSimilarity);

        protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
            base.GetRangeQuery(Map(field), part1, part2, startInclusive, endInclusive);

        protected override Query GetRegexpQuery(string field, string termStr) =>
            base.GetFieldQuery(Map(field), termStr, quoted: false);

        // The default field is null: the parser then calls these methods again for each default field.
        private static string Map(string? field) =>
            field is null ? null!
            : SearchableFields.TryGetValue(field, out var indexField) ? indexField
            : DefaultFieldBoosts.ContainsKey(field) ? field
            : throw new UnknownFieldException(field);

        /// <summary>
        /// Prefix and fuzzy terms skip analysis (a stemmer would cut a prefix short), so they get the analyzer's
        /// lower-casing and aa/ae/oe folding here, or "aarhus*" would never meet the indexed "århus".
        /// </summary>
        private static string Normalize(string term)
        {
            using var tokenizer = new KeywordTokenizer(new StringReader(term));
            using TokenStream stream = new ScandinavianNormalizationFilter(new LowerCaseFilter(ArchiveLucene.Version, tokenizer));
            var text = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            var normalized = stream.IncrementToken() ? text.ToString() : term;
            stream.End();
            return normalized;
        }
    }
}
