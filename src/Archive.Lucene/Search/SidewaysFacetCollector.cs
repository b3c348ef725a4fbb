using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Lucene.Search;

/// <summary>
/// A filtered search and its multi-select facet counts in one pass over the query's matches without the facet
/// filters. A match that passes every filter is a hit and counts for every field; one that fails the filter of
/// exactly one field counts for that field alone, since a field's counts ignore its own filter so that its
/// alternatives stay visible. Running the query once more per filtered field for those counts cost more than
/// the search itself (the scoring query's weights built again, its matches scored again). Copies of a text that
/// is already a hit are left out (see <see cref="DistinctTexts"/>); a near miss is counted per document.
/// </summary>
internal sealed class SidewaysFacetCollector : ICollector
{
    private readonly ICollector _hits;
    private readonly FacetCounter _unfilteredFields;
    private readonly string[] _filteredFields;
    private readonly IReadOnlySet<string>[] _accepted;
    private readonly FacetCounter[] _ownCounts;
    private readonly FacetOrdinals?[] _ordinals;
    private readonly bool[]?[] _acceptedOrdinals;
    private readonly DistinctTexts _texts = new();

    /// <param name="hits">Receives the matches that pass every filter.</param>
    /// <param name="filters">Field → accepted values, all of them facet fields.</param>
    public SidewaysFacetCollector(ICollector hits, IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        _hits = hits;
        _filteredFields = [.. filters.Keys];
        _accepted = [.. _filteredFields.Select(field => new HashSet<string>(filters[field], StringComparer.Ordinal))];
        _unfilteredFields = new FacetCounter(ArchiveFields.FacetFields.Where(field => !filters.ContainsKey(field)));
        _ownCounts = [.. _filteredFields.Select(field => new FacetCounter([field]))];
        _ordinals = new FacetOrdinals?[_filteredFields.Length];
        _acceptedOrdinals = new bool[]?[_filteredFields.Length];
    }

    public bool AcceptsDocsOutOfOrder => _hits.AcceptsDocsOutOfOrder;

    /// <summary>Every facet field's counts: the unfiltered fields' over the hits, each filtered field's ignoring its own filter.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets()
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(_unfilteredFields.Results(), StringComparer.Ordinal);
        for (var i = 0; i < _filteredFields.Length; i++)
        {
            facets[_filteredFields[i]] = _ownCounts[i].Results()[_filteredFields[i]];
        }

        return facets;
    }

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _hits.SetNextReader(context);
        _texts.SetNextReader(context);
        _unfilteredFields.SetNextReader(context);
        for (var i = 0; i < _filteredFields.Length; i++)
        {
            _ownCounts[i].SetNextReader(context);
            var ordinals = FacetOrdinals.For(context.AtomicReader, _filteredFields[i]);
            _ordinals[i] = ordinals;
            _acceptedOrdinals[i] = ordinals is null
                ? null
                : [.. Enumerable.Range(0, ordinals.ValueCount).Select(ordinal => _accepted[i].Contains(ordinals.Value(ordinal)))];
        }
    }

    public void Collect(int doc)
    {
        var failed = -1;
        for (var i = 0; i < _filteredFields.Length; i++)
        {
            if (Passes(i, doc))
            {
                continue;
            }

            if (failed >= 0)
            {
                return; // two filters failed: counted nowhere
            }

            failed = i;
        }

        if (failed >= 0)
        {
            _ownCounts[failed].Collect(doc);
            return;
        }

        if (!_texts.IsFirst(doc))
        {
            return;
        }

        _hits.Collect(doc);
        _unfilteredFields.Collect(doc);
        foreach (var own in _ownCounts)
        {
            own.Collect(doc);
        }
    }

    private bool Passes(int filter, int doc)
    {
        if (_ordinals[filter] is not { } ordinals)
        {
            return false;
        }

        var accepted = _acceptedOrdinals[filter]!;
        foreach (var ordinal in ordinals.Of(doc))
        {
            if (accepted[ordinal])
            {
                return true;
            }
        }

        return false;
    }
}
