using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace Archive.Lucene.Search;

/// <summary>
/// The analyzed terms a query looks for in the text, for marking matches in snippets (see <see cref="TermsToMark"/>).
/// Prefix, wildcard and fuzzy parts are expanded against the index (at most a few hundred terms each); excluded
/// words are skipped.
/// </summary>
internal static class MatchedTerms
{
    private const int MaxExpansions = 200;

    // Fields whose terms are words and, at the same positions, the parts of compounds.
    private static readonly HashSet<string> PartsFields = new(StringComparer.Ordinal) { ArchiveFields.TextParts, ArchiveFields.TitleParts };

    // Fields whose terms are whole words only.
    private static readonly HashSet<string> WordFields = new(StringComparer.Ordinal) { ArchiveFields.Text, ArchiveFields.Title, ArchiveFields.MetadataText };

    public static TermsToMark Of(Query query, IndexSearcher searcher)
    {
        var found = new Found();
        Collect(query, searcher, found);
        return new TermsToMark(found.InWordsAndParts, found.InWords, found.Together.DistinctBy(group => group.Name));
    }

    private sealed class Found
    {
        public HashSet<string> InWordsAndParts { get; } = new(StringComparer.Ordinal);

        public HashSet<string> InWords { get; } = new(StringComparer.Ordinal);

        public List<TermsTogether> Together { get; } = [];
    }

    private static void Collect(Query query, IndexSearcher searcher, Found found)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(clause => clause.Occur != Occur.MUST_NOT))
                {
                    Collect(clause.Query, searcher, found);
                }

                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var part in disjunction.Disjuncts)
                {
                    Collect(part, searcher, found);
                }

                break;
            case FilteredQuery filtered:
                Collect(filtered.Query, searcher, found);
                break;
            case MultiTermQuery multiTerm:
                var expandable = (MultiTermQuery)multiTerm.Clone();
                expandable.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MaxExpansions);
                Collect(expandable.Rewrite(searcher.IndexReader), searcher, found);
                break;
            case SpanNearQuery near when !near.IsInOrder && PartsFields.Contains(near.Field):
                // The parts of a typed compound, near each other (see WordQueryBuilder).
                found.Together.Add(new TermsTogether([.. TermsOf(near).Select(term => term.Text)], near.Slop));
                break;
            case TermQuery or PhraseQuery or MultiPhraseQuery or SpanQuery or ProximityQuery:
                foreach (var term in TermsOf(query))
                {
                    if (PartsFields.Contains(term.Field))
                    {
                        found.InWordsAndParts.Add(term.Text);
                    }
                    else if (WordFields.Contains(term.Field))
                    {
                        found.InWords.Add(term.Text);
                    }
                }

                break;
        }
    }

    private static HashSet<Term> TermsOf(Query query)
    {
        var terms = new HashSet<Term>();
        query.ExtractTerms(terms);
        return terms;
    }
}
