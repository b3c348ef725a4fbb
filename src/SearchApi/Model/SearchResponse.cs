using System.ComponentModel;
using System.Text.Json.Serialization;
using Archive.Lucene;
using Archive.Lucene.Search;

namespace Archive.SearchApi.Model;

[Description("One page of search results with facet counts.")]
public sealed record SearchResponse(
    [property: Description("How many texts match: those holding every word of the query first, then, when they are fewer than 5, those holding all words but one (see totalWithAllWords and each hit's missingWords). The same text in several files (PDF, DOCX, text) counts once: it is one hit, the other files are its alsoAs.")] int Total,
    int Page,
    int PageSize,
    [property: Description("Time spent searching, in milliseconds.")] long TookMs,
    [property: Description("The order used: relevance, newest or oldest.")] string Sort,
    IReadOnlyList<HitResponse> Hits,
    FacetsResponse Facets,
    [property: Description("When nothing matched and correct=false: the query with misspelt words replaced by words the archive uses, if that finds something (\"did you mean\"); otherwise null.")] string? Suggestion)
{
    [Description("The query that was searched: as typed, or its spelling correction when correctedFrom is set; null without a query.")]
    public string? Query { get; init; }

    [Description("When the typed query found nothing and its spelling correction found something: the query as typed, and the results are the correction's. Search again with correct=false for the typed query alone.")]
    public string? CorrectedFrom { get; init; }

    [Description("How many of the matching documents hold every word of the query; the rest lack one (partial matches, listed after).")]
    public int TotalWithAllWords { get; init; }

    [Description("The filters searched by, as the archive read them: a municipality as people write it (\"Slagelse\", \"Holbaek\") is its stored name (\"Slagelse Kommune\", \"Holbæk Kommune\"), and another value has the spelling of the facet value it matched (\"udsatterådet\" is \"Udsatterådet\"). Show these, not the values asked for.")]
    public FiltersResponse Filters { get; init; } = FiltersResponse.None;
}

[Description("Filter values by facet field.")]
public sealed record FiltersResponse(
    IReadOnlyList<string> Council,
    IReadOnlyList<string> Municipality,
    IReadOnlyList<string> Type,
    IReadOnlyList<string> Topic,
    IReadOnlyList<string> Year)
{
    public static readonly FiltersResponse None = new([], [], [], [], []);

    /// <summary>
    /// The request's filters, each value spelt as the facet value it matches (filters match regardless of case;
    /// a field's facet counts ignore its own filter, so every value it can match is among them).
    /// </summary>
    public static FiltersResponse From(IReadOnlyDictionary<string, IReadOnlyList<string>> filters, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(facets);
        IReadOnlyList<string> Of(string field)
        {
            var known = facets.TryGetValue(field, out var values) ? values : [];
            return filters.TryGetValue(field, out var asked)
                ? [.. asked.Select(value => known.FirstOrDefault(facet => facet.Value.Equals(value, StringComparison.OrdinalIgnoreCase))?.Value ?? value).Distinct(StringComparer.Ordinal)]
                : [];
        }

        return new FiltersResponse(Of(ArchiveFields.Council), Of(ArchiveFields.Municipality), Of(ArchiveFields.Type), Of(ArchiveFields.Topic), Of(ArchiveFields.Year));
    }
}

[Description("A matching document: its metadata (one property per metadata field, as in a document) and best passages, never its full text.")]
public sealed record HitResponse(
    string Id,
    float Score,
    [property: Description("One to three passages; matches in <mark>, the rest HTML-escaped.")] IReadOnlyList<SnippetResponse> Snippets,
    string FileName,
    int PageCount,
    [property: Description("Words of the query, as typed, that this document lacks: empty unless it is a partial match.")] IReadOnlyList<string> MissingWords,
    [property: Description("The file's format: PDF, DOCX, TXT …")] string Format,
    [property: Description("Other documents with the same text in other files (usually other formats): the text is one hit, counted once in total.")] IReadOnlyList<CopyResponse> AlsoAs)
{
    /// <summary>The metadata fields, written as properties of this object (see <see cref="MetadataJson"/>).</summary>
    [JsonExtensionData]
    public IDictionary<string, object?> Metadata { get; init; } = new Dictionary<string, object?>();

    public static HitResponse From(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var document = hit.Document;
        return new HitResponse(
            document.Id,
            hit.Score,
            [.. hit.Snippets.Select(snippet => new SnippetResponse(snippet.Page, snippet.Html))],
            document.FileName,
            document.PageCount,
            hit.MissingWords,
            FormatName.Of(document.FileName, document.ContentType),
            [.. hit.AlsoAs.Select(CopyResponse.From)])
        {
            Metadata = MetadataJson.Of(document.Metadata),
        };
    }
}

public sealed record SnippetResponse(
    [property: Description("1-based page number the passage is on.")] int Page,
    string Html);

[Description("Counts per value, most frequent first. With filters set, a field's counts ignore that field's own filter.")]
public sealed record FacetsResponse(
    IReadOnlyList<FacetValue> Council,
    IReadOnlyList<FacetValue> Municipality,
    IReadOnlyList<FacetValue> Type,
    IReadOnlyList<FacetValue> Topic,
    IReadOnlyList<FacetValue> Year)
{
    public static FacetsResponse From(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets)
    {
        ArgumentNullException.ThrowIfNull(facets);
        IReadOnlyList<FacetValue> Of(string field) => facets.TryGetValue(field, out var values) ? values : [];
        return new FacetsResponse(Of(ArchiveFields.Council), Of(ArchiveFields.Municipality), Of(ArchiveFields.Type), Of(ArchiveFields.Topic), Of(ArchiveFields.Year));
    }
}
