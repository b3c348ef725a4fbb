using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Lucene.Search;

/// <summary>
/// Counts the values of sorted-set doc-values fields over the documents a search collects. Counts are kept by
/// ordinal per segment and added up by value once per segment, so a hit costs a few array increments; the
/// ordinals come from <see cref="FacetOrdinals"/>, which reads them from the index once per segment.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _counts;
    private readonly FacetOrdinals?[] _segmentOrdinals;
    private readonly int[]?[] _segmentCounts;

    public FacetCounter(IEnumerable<string> fields)
    {
        _fields = [.. fields];
        _counts = [.. _fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _segmentOrdinals = new FacetOrdinals?[_fields.Length];
        _segmentCounts = new int[]?[_fields.Length];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        FlushSegment();
        for (var i = 0; i < _fields.Length; i++)
        {
            var ordinals = FacetOrdinals.For(context.AtomicReader, _fields[i]);
            _segmentOrdinals[i] = ordinals;
            _segmentCounts[i] = ordinals is null ? null : new int[ordinals.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_segmentOrdinals[i] is not { } ordinals)
            {
                continue;
            }

            var counts = _segmentCounts[i]!;
            foreach (var ordinal in ordinals.Of(doc))
            {
                counts[ordinal]++;
            }
        }
    }

    /// <summary>The counts per field, most frequent value first, ties in alphabetical order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Results()
    {
        FlushSegment();
        var results = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        for (var i = 0; i < _fields.Length; i++)
        {
            results[_fields[i]] = [.. _counts[i]
                .OrderByDescending(pair => pair.Value)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => new FacetValue(pair.Key, pair.Value))];
        }

        return results;
    }

    private void FlushSegment()
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_segmentOrdinals[i] is not { } ordinals || _segmentCounts[i] is not { } counts)
            {
                continue;
            }

            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            {
                if (counts[ordinal] == 0)
                {
                    continue;
                }

                var value = ordinals.Value(ordinal);
                _counts[i][value] = _counts[i].GetValueOrDefault(value) + counts[ordinal];
            }

            _segmentOrdinals[i] = null;
            _segmentCounts[i] = null;
        }
    }
}
