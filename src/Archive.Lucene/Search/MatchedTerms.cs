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
            case ProximityQuery proximity:
                Collect(proximity.ToPhraseQuery(), searcher, found);
                break;
            case PhraseWithItsWordsQuery phraseWithWords:
                // Its words score on their own, but are found where they stand as the phrase.
                Collect(phraseWithWords.Phrase, searcher, found);
                break;
            case PhraseQuery phrase when IsMarkedField(phrase) && phrase.GetTerms().Length > 1:
                // A phrase's words count where they stand as the phrase, not one by one anywhere on the page.
                found.Together.Add(Together(phrase));
                break;
            case TermQuery or PhraseQuery or MultiPhraseQuery or SpanQuery:
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

    private static bool IsMarkedField(PhraseQuery phrase) =>
        phrase.GetTerms()[0].Field is var field && (WordFields.Contains(field) || PartsFields.Contains(field));

    /// <summary>
    /// A phrase's distinct terms as a group whose reach is the phrase's own span (stop words leave gaps) plus its
    /// slop; the group does not ask for the order, which the search did.
    /// </summary>
    private static TermsTogether Together(PhraseQuery phrase)
    {
        var positions = phrase.GetPositions();
        var terms = phrase.GetTerms().Select(term => term.Text).Distinct(StringComparer.Ordinal).ToList();
        var span = positions.Max() - positions.Min();
        return new TermsTogether(terms, phrase.Slop + span - (terms.Count - 1));
    }

    private static HashSet<Term> TermsOf(Query query)
    {
        var terms = new HashSet<Term>();
        query.ExtractTerms(terms);
        return terms;
    }
}
