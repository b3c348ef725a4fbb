using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Lucene.Search;

/// <summary>
/// Counts the values of sorted-set doc-values fields over the documents a search collects. Counts are kept by
/// ordinal per segment and turned into strings once per segment, so a hit costs a few array increments.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _counts;
    private readonly SortedSetDocValues?[] _segmentValues;
    private readonly int[]?[] _segmentCounts;

    public FacetCounter(IEnumerable<string> fields)
    {
        _fields = [.. fields];
        _counts = [.. _fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _segmentValues = new SortedSetDocValues?[_fields.Length];
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
            var values = context.AtomicReader.GetSortedSetDocValues(_fields[i]);
            _segmentValues[i] = values;
            _segmentCounts[i] = values is null ? null : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_segmentValues[i] is not { } values)
            {
                continue;
            }

            var counts = _segmentCounts[i]!;
            values.SetDocument(doc);
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
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
        var bytes = new BytesRef();
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_segmentValues[i] is not { } values || _segmentCounts[i] is not { } counts)
            {
                continue;
            }

            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            {
                if (counts[ordinal] == 0)
                {
                    continue;
                }

                values.LookupOrd(ordinal, bytes);
                var value = bytes.Utf8ToString();
                _counts[i][value] = _counts[i].GetValueOrDefault(value) + counts[ordinal];
            }

            _segmentValues[i] = null;
            _segmentCounts[i] = null;
        }
    }
}
