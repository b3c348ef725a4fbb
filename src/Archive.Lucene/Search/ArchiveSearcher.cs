using System.Globalization;
// Longer than most files here: every call takes a searcher from the manager and returns it, and
// search, facets, similar documents and page marks share that discipline and the parsed query.
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Lucene.Search;

/// <summary>
/// Runs searches over the archive's index: the query, filters, multi-select facet counts, the requested page
/// and its snippets; finds single documents and documents similar to one. Every searcher it takes from the
/// manager is given back, so readers of old index states are closed as soon as searches leave them.
/// </summary>
/// <param name="topics">The words of the archive's topics, by which documents about a searched word's topic rank higher.</param>
/// <param name="synonyms">Expressions searched for each other (<see cref="Synonyms"/>); the archive's own rings when null.</param>
public sealed class ArchiveSearcher(ReferenceManager<IndexSearcher> searchers, DanishArchiveAnalyzer analyzer, TopicWords? topics = null, Synonyms? synonyms = null)
{
    private readonly UserQueryParser _parser = new(analyzer, topics, synonyms ?? Synonyms.BuiltIn(analyzer));
    private readonly SnippetBuilder _snippets = new(analyzer);

    /// <summary>Parses a query without running it; throws <see cref="QuerySyntaxException"/> when it cannot be read.</summary>
    public Query Parse(string query) => _parser.Parse(query);

    /// <summary>
    /// Runs a search. <paramref name="cancellationToken"/> stops it part-way (collecting, counting facets, building
    /// snippets) with an <see cref="OperationCanceledException"/>: a request whose client left or whose time ran out.
    /// </summary>
    public SearchResults Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.HasQuery ? _parser.Parse(request.Query!) : new MatchAllDocsQuery();
        var window = request.Page * request.PageSize;
        if (window > SearchLimits.MaxResultWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(request), $"Results past position {SearchLimits.MaxResultWindow} cannot be paged to.");
        }

        var searcher = Acquire();
        try
        {
            var filters = ResolveFilters(searcher.IndexReader, request.Filters);
            var searched = request.HasQuery ? request.Query : null;
            var all = Collect(searcher, query, request, filters, window, cancellationToken);
            string? suggestion = null, correctedFrom = null;
            if (searched is not null && all.Total < PartialMatching.TooFew && Correction(searcher, request, filters, all.Total) is { } correction)
            {
                if (request.CorrectSpelling)
                {
                    (correctedFrom, searched) = (searched, correction);
                    all = Collect(searcher, _parser.Parse(correction), request, filters, window, cancellationToken);
                }
                else
                {
                    suggestion = correction;
                }
            }

            var offset = (request.Page - 1) * request.PageSize;
            var results = searched is not null && all.Total < PartialMatching.TooFew && _parser.WordsOf(searched) is { Words.Count: > 1 } words
                ? WithMostWords(searcher, request, filters, words, all, cancellationToken)
                : new Found(all.Total, all.Top.GetTopDocs(offset, request.PageSize).ScoreDocs.Select(doc => (doc, NoneMissing)).ToList(), all.Facets, all.Query);
            var terms = request.WithSnippets && searched is not null ? MatchedTerms.Of(results.Query, searcher) : TermsToMark.None;
            var hits = results.Page
                .Select(hit => ToHit(searcher, hit.Doc, terms, request.WithSnippets, showMarks: true, cancellationToken) with { MissingWords = hit.Missing })
                .ToList();
            return new SearchResults(results.Total, hits, results.Facets)
            {
                Query = searched,
                CorrectedFrom = correctedFrom,
                Suggestion = suggestion,
                TotalWithAllWords = all.Total,
            };
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static readonly IReadOnlyList<string> NoneMissing = [];

    /// <summary>
    /// The documents holding every word (<paramref name="all"/>, too few to stop at), then those holding most of
    /// them, each with the words it lacks; counts and facets cover both.
    /// </summary>
    private static Found WithMostWords(IndexSearcher searcher, SearchRequest request, Dictionary<string, IReadOnlyList<string>> filters, QueryWords words, Collected all, CancellationToken cancellationToken)
    {
        var window = request.Page * request.PageSize;
        var complete = all.Top.GetTopDocs().ScoreDocs;
        var most = Collect(searcher, words.AtLeast(PartialMatching.MinimumWords(words.Words.Count)), request, filters, window + complete.Length, cancellationToken);
        var completeDocs = complete.Select(hit => hit.Doc).ToHashSet();
        var presence = new WordPresence(searcher, words);
        var page = complete
            .Concat(most.Top.GetTopDocs().ScoreDocs.Where(hit => !completeDocs.Contains(hit.Doc)))
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(hit => (hit, completeDocs.Contains(hit.Doc) ? NoneMissing : presence.Missing(hit.Doc)))
            .ToList();
        return new Found(most.Total, page, most.Facets, most.Query);
    }

    /// <summary>Runs <paramref name="query"/> under the request's filters: its best <paramref name="window"/> documents and facet counts.</summary>
    private static Collected Collect(IndexSearcher searcher, Query query, SearchRequest request, Dictionary<string, IReadOnlyList<string>> filters, int window, CancellationToken cancellationToken)
    {
        var top = CreateTopCollector(request.Sort, window);
        IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets;
        if (request.WithFacets && filters.Count > 0)
        {
            // Multi-select facets in one pass: the facet filters are applied while collecting (see
            // SidewaysFacetCollector), only the date range before.
            var sideways = new SidewaysFacetCollector(top, filters);
            searcher.Search(query, FilterFor([], request), new CancellableCollector(sideways, cancellationToken));
            facets = sideways.Facets();
        }
        else
        {
            var counter = new FacetCounter(request.WithFacets ? ArchiveFields.FacetFields : []);
            var scoring = filters.Count == 0 ? WordQueryBuilder.Unfiltered(query) : query;
            searcher.Search(scoring, FilterFor(filters, request), new CancellableCollector(new DistinctTextCollector(MultiCollector.Wrap(top, counter)), cancellationToken));
            facets = counter.Results();
        }

        return new Collected(query, top, facets);
    }

    /// <summary>A query's collected best documents (read once) and facet counts.</summary>
    private sealed record Collected(Query Query, ITopDocsCollector Top, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
    {
        public int Total => Top.TotalHits;
    }

    /// <summary>What a search found: the total, the requested page with each hit's missing words, the facets, and the query that ran.</summary>
    private sealed record Found(int Total, IReadOnlyList<(ScoreDoc Doc, IReadOnlyList<string> Missing)> Page, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, Query Query);

    /// <summary>Facet counts over the whole archive.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets() =>
        Search(new SearchRequest { PageSize = 1, WithSnippets = false }).Facets;

    public int DocumentCount()
    {
        var searcher = Acquire();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Documents with pages waiting for OCR (the OCR queue as the index holds it).</summary>
    public int OcrWaitingCount()
    {
        var searcher = Acquire();
        try
        {
            return searcher.Search(new TermQuery(new Term(ArchiveFields.OcrPending, ArchiveDocumentMapper.OcrPendingValue)), 1).TotalHits;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>When the commit this searcher reads was ingested, as the indexing process recorded it.</summary>
    public DateTimeOffset? LastIngestion()
    {
        var searcher = Acquire();
        try
        {
            return searcher.IndexReader is DirectoryReader reader ? IndexCommitData.LastIngestion(reader.IndexCommit.UserData) : null;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>The most attachments of one message listed with it: more than any message the ingestion reads carries.</summary>
    private const int MaxAttachmentsListed = 1_000;

    /// <summary>The whole document (metadata and pages), or null when no document has this id.</summary>
    public ArchiveDocument? Find(string id)
    {
        var searcher = Acquire();
        try
        {
            var docId = DocIdOf(searcher, id);
            return docId < 0 ? null : ArchiveDocumentMapper.FromLucene(searcher.Doc(docId));
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>
    /// The attachments a message carries (the documents whose <see cref="ArchiveDocument.PartOf"/> is its id), without
    /// their pages, in the order the message carries them.
    /// </summary>
    public IReadOnlyList<ArchiveDocument> AttachmentsOf(string id)
    {
        var searcher = Acquire();
        try
        {
            var top = searcher.Search(new TermQuery(new Term(ArchiveFields.PartOf, id)), MaxAttachmentsListed);
            var attachments = new List<ArchiveDocument>(top.ScoreDocs.Length);
            foreach (var hit in top.ScoreDocs)
            {
                var visitor = ArchiveDocumentMapper.WithoutText();
                searcher.Doc(hit.Doc, visitor);
                attachments.Add(ArchiveDocumentMapper.FromLucene(visitor.Document));
            }

            // "2/10" after "2/9": the last number is the place within this message.
            return [.. attachments.OrderBy(attachment => int.TryParse(attachment.Attachment?.Split('/')[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : int.MaxValue)];
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Each of <paramref name="pages"/> as escaped HTML with the words <paramref name="query"/> matches
    /// in &lt;mark&gt;, found by the same parsing and analysis as a search, so a reader sees on the page exactly
    /// what the search found. Throws <see cref="QuerySyntaxException"/> when the query cannot be read.
    /// </summary>
    public IReadOnlyList<string> MarkPages(IReadOnlyList<string> pages, string query)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var parsed = _parser.Parse(query);
        var searcher = Acquire();
        try
        {
            var terms = MatchedTerms.Of(parsed, searcher);
            return [.. pages.Select(page => _snippets.MarkPage(page, terms))];
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Documents most like the one with <paramref name="id"/> by their distinctive Danish terms (MoreLikeThis),
    /// optionally only from other municipalities than its own; null when there is no such document.
    /// </summary>
    public IReadOnlyList<SearchHit>? Similar(string id, int size, bool otherMunicipalities, CancellationToken cancellationToken = default)
    {
        var searcher = Acquire();
        try
        {
            var docId = DocIdOf(searcher, id);
            if (docId < 0)
            {
                return null;
            }

            var source = searcher.Doc(docId);
            var likeThis = new MoreLikeThis(searcher.IndexReader)
            {
                Analyzer = analyzer,
                FieldNames = [ArchiveFields.Title, ArchiveFields.Text],
                MinTermFreq = 1,
                MinDocFreq = 2,
                MinWordLen = 3,
                MaxQueryTerms = 30,

                // A term in more than a fifth of a large archive says nothing about what this document is about;
                // a small archive keeps its shared terms, or nothing would be similar to anything.
                MaxDocFreq = Math.Max(10, searcher.IndexReader.NumDocs / 5),
            };
            var query = new BooleanQuery
            {
                { likeThis.Like(docId), Occur.MUST },
                { new TermQuery(new Term(ArchiveFields.Id, id)), Occur.MUST_NOT },
            };
            if (otherMunicipalities && source.Get(ArchiveFields.Municipality) is { } municipality)
            {
                query.Add(new TermQuery(new Term(ArchiveFields.Municipality, municipality)), Occur.MUST_NOT);
            }

            // Its own text in another format is not a precedent; each similar text is shown once.
            if (source.Get(ArchiveFields.TextFingerprint) is { } fingerprint)
            {
                query.Add(new TermQuery(new Term(ArchiveFields.TextFingerprint, fingerprint)), Occur.MUST_NOT);
            }

            // The snippets show the passages that share the most of the terms the comparison weighed, unmarked: a
            // similar document matched no word the reader typed, and in a small archive those terms are words every
            // council paper uses (del, kommende, kommune), which marks would present as the reason it is similar.
            var terms = MatchedTerms.Of(query, searcher);
            var top = TopScoreDocCollector.Create(size, docsScoredInOrder: false);
            searcher.Search(query, new DistinctTextCollector(top));
            return [.. top.GetTopDocs().ScoreDocs.Select(hit => ToHit(searcher, hit, terms, withSnippets: true, showMarks: false, cancellationToken))];
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>
    /// A corrected query, for a query that finds too few documents holding every word (<paramref name="found"/>);
    /// offered only when, under the same filters, it finds more of them than the query as typed.
    /// </summary>
    private string? Correction(IndexSearcher searcher, SearchRequest request, Dictionary<string, IReadOnlyList<string>> filters, int found)
    {
        if (SpellingSuggester.Suggest(searcher.IndexReader, request.Query!, analyzer) is not { } correction)
        {
            return null;
        }

        // Counted as the search counts: one text once, however many copies of it the archive holds.
        var more = new EnoughMatchesCollector(found + 1);
        searcher.Search(_parser.Parse(correction), FilterFor(filters, request), new DistinctTextCollector(more));
        return more.Reached ? correction : null;
    }

    /// <summary>A searcher from the manager, scoring the way the index was written (see <see cref="ArchiveLucene.Similarity"/>).</summary>
    private IndexSearcher Acquire()
    {
        var searcher = searchers.Acquire();
        searcher.Similarity = ArchiveLucene.Similarity;
        return searcher;
    }

    private static int DocIdOf(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(ArchiveFields.Id, id)), 1);
        return top.TotalHits == 0 ? -1 : top.ScoreDocs[0].Doc;
    }

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc hit, TermsToMark terms, bool withSnippets, bool showMarks, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Without snippets the pages are not read at all: an export of thousands of rows needs only metadata.
        Document stored;
        if (withSnippets)
        {
            stored = searcher.Doc(hit.Doc);
        }
        else
        {
            var metadataOnly = ArchiveDocumentMapper.WithoutText();
            searcher.Doc(hit.Doc, metadataOnly);
            stored = metadataOnly.Document;
        }

        var document = ArchiveDocumentMapper.FromLucene(stored);
        var snippets = withSnippets ? _snippets.Build(document.Pages, terms, SearchLimits.MaxSnippets, showMarks, cancellationToken) : [];
        return new SearchHit(document, float.IsNaN(hit.Score) ? 0 : hit.Score, snippets)
        {
            AlsoAs = CopiesOf(searcher, hit.Doc, stored.Get(ArchiveFields.TextFingerprint)),
        };
    }

    /// <summary>The other documents whose text has <paramref name="fingerprint"/>, in the order of their ids.</summary>
    private static List<DocumentCopy> CopiesOf(IndexSearcher searcher, int doc, string? fingerprint)
    {
        if (string.IsNullOrEmpty(fingerprint))
        {
            return [];
        }

        // Most texts are in one file, which the segments' fingerprints say without a lookup per hit.
        if (!SharedFingerprints.IsShared(searcher.IndexReader, doc))
        {
            return [];
        }

        var term = new Term(ArchiveFields.TextFingerprint, fingerprint);
        var fields = new HashSet<string>(StringComparer.Ordinal) { ArchiveFields.Id, ArchiveFields.FileName, ArchiveFields.ContentType };
        return [.. searcher.Search(new TermQuery(term), SearchLimits.MaxCopies).ScoreDocs
            .Where(copy => copy.Doc != doc)
            .Select(copy => searcher.Doc(copy.Doc, fields))
            .Select(copy => new DocumentCopy(copy.Get(ArchiveFields.Id), copy.Get(ArchiveFields.FileName) ?? string.Empty, copy.Get(ArchiveFields.ContentType) ?? string.Empty))
            .OrderBy(copy => copy.Id, StringComparer.Ordinal)];
    }

    /// <summary>The other documents with the same text as the one with <paramref name="id"/>; null when there is no such document.</summary>
    public IReadOnlyList<DocumentCopy>? Copies(string id)
    {
        var searcher = Acquire();
        try
        {
            var docId = DocIdOf(searcher, id);
            return docId < 0 ? null : CopiesOf(searcher, docId, searcher.Doc(docId, new HashSet<string>(StringComparer.Ordinal) { ArchiveFields.TextFingerprint }).Get(ArchiveFields.TextFingerprint));
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static ITopDocsCollector CreateTopCollector(SearchSort order, int window)
    {
        var date = order switch
        {
            SearchSort.Newest => new SortField(ArchiveFields.DateNumber, SortFieldType.INT64, reverse: true),
            SearchSort.Oldest => new SortField(ArchiveFields.DateNumber, SortFieldType.INT64, reverse: false),
            _ => null,
        };

        // Undated documents go last in both directions.
        date?.SetMissingValue(order == SearchSort.Newest ? long.MinValue : long.MaxValue);
        return date is null
            ? TopScoreDocCollector.Create(window, docsScoredInOrder: false)
            : TopFieldCollector.Create(new Sort(date, SortField.FIELD_SCORE), window, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
    }

    /// <summary>
    /// Filter values are matched to the index's own spelling without regard to case, so "københavns kommune"
    /// finds "Københavns Kommune"; a value no document has stays as given (and matches nothing).
    /// </summary>
    private static Dictionary<string, IReadOnlyList<string>> ResolveFilters(IndexReader reader, IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        var resolved = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (field, values) in filters)
        {
            if (values.Count == 0)
            {
                continue;
            }

            var known = KnownValues(reader, field);
            resolved[field] = [.. values.Select(value => known.TryGetValue(value.Trim(), out var spelled) ? spelled : value.Trim()).Distinct(StringComparer.Ordinal)];
        }

        return resolved;
    }

    private static Dictionary<string, string> KnownValues(IndexReader reader, string field)
    {
        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return known;
        }

        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            var value = iterator.Term.Utf8ToString();
            known.TryAdd(value, value);
        }

        return known;
    }

    /// <summary>The request's date range and the given field filters as one Lucene filter; null when there are none.</summary>
    private static QueryWrapperFilter? FilterFor(Dictionary<string, IReadOnlyList<string>> filters, SearchRequest request)
    {
        var all = new BooleanQuery();
        foreach (var (field, values) in filters)
        {
            var anyOf = new BooleanQuery();
            foreach (var value in values)
            {
                anyOf.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            }

            all.Add(anyOf, Occur.MUST);
        }

        if (request.From is not null || request.To is not null)
        {
            int? from = request.From is { } f ? new DocumentDate(f, DatePrecision.Day).Number : null;
            int? to = request.To is { } t ? new DocumentDate(t, DatePrecision.Day).Number : null;
            all.Add(NumericRangeQuery.NewInt32Range(ArchiveFields.DateNumber, from, to, minInclusive: true, maxInclusive: true), Occur.MUST);
        }

        return all.Clauses.Count == 0 ? null : new QueryWrapperFilter(all);
    }
}
