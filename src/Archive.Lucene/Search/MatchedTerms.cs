using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace Archive.Lucene.Search;

/// <summary>
/// The analyzed terms a query looks for in the text, for marking matches in snippets. Prefix, wildcard and
/// fuzzy parts are expanded against the index (at most a few hundred terms each); excluded words are skipped.
/// </summary>
internal static class MatchedTerms
{
    private const int MaxExpansions = 200;

    private static readonly HashSet<string> MarkedFields = new(StringComparer.Ordinal)
    {
        ArchiveFields.Text, ArchiveFields.Title, ArchiveFields.MetadataText, ArchiveFields.TextParts, ArchiveFields.TitleParts,
    };

    public static HashSet<string> Of(Query query, IndexSearcher searcher)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        Collect(query, searcher, terms);
        return terms;
    }

    private static void Collect(Query query, IndexSearcher searcher, HashSet<string> terms)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(clause => clause.Occur != Occur.MUST_NOT))
                {
                    Collect(clause.Query, searcher, terms);
                }

                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var part in disjunction.Disjuncts)
                {
                    Collect(part, searcher, terms);
                }

                break;
            case FilteredQuery filtered:
                Collect(filtered.Query, searcher, terms);
                break;
            case MultiTermQuery multiTerm:
                var expandable = (MultiTermQuery)multiTerm.Clone();
                expandable.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MaxExpansions);
                Collect(expandable.Rewrite(searcher.IndexReader), searcher, terms);
                break;
            case TermQuery or PhraseQuery or MultiPhraseQuery or SpanQuery:
                var found = new HashSet<Term>();
                query.ExtractTerms(found);
                terms.UnionWith(found.Where(term => MarkedFields.Contains(term.Field)).Select(term => term.Text));
                break;
        }
    }
}
