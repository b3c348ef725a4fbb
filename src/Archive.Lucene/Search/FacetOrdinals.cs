using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Lucene.Search;

/// <summary>
/// The values of one facet field in one segment, as plain arrays: each document's ordinals, and each ordinal's
/// value as a string. Read through <see cref="SortedSetDocValues"/>, every counted document costs a few virtual
/// calls and packed-integer decodes per field, and every search turns the same ordinals into the same strings
/// again; over a large archive a broad query spent more time counting facets than finding its matches. A segment
/// never changes, so the arrays are built once, on its first search, and shared by every later one. They are
/// kept per segment core, so they go away with the segment when a merge replaces it.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, FacetOrdinals?>> Segments = new();

    // Document d's ordinals are _ordinals[_starts[d]] up to _ordinals[_starts[d + 1]].
    private readonly int[] _starts;
    private readonly int[] _ordinals;
    private readonly string[] _values;

    private FacetOrdinals(int[] starts, int[] ordinals, string[] values)
    {
        _starts = starts;
        _ordinals = ordinals;
        _values = values;
    }

    public int ValueCount => _values.Length;

    /// <summary>The field's ordinals in this segment; null when no document of the segment has the field.</summary>
    public static FacetOrdinals? For(AtomicReader reader, string field)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fields = Segments.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, FacetOrdinals?>(StringComparer.Ordinal));
        return fields.GetOrAdd(field, static (name, segment) => Build(segment, name), reader);
    }

    public ReadOnlySpan<int> Of(int doc) => _ordinals.AsSpan(_starts[doc], _starts[doc + 1] - _starts[doc]);

    public string Value(int ordinal) => _values[ordinal];

    private static FacetOrdinals? Build(AtomicReader reader, string field)
    {
        var docValues = reader.GetSortedSetDocValues(field);
        if (docValues is null)
        {
            return null;
        }

        var starts = new int[reader.MaxDoc + 1];
        var ordinals = new List<int>(reader.MaxDoc);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            docValues.SetDocument(doc);
            long ordinal;
            while ((ordinal = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add(checked((int)ordinal));
            }
        }

        starts[reader.MaxDoc] = ordinals.Count;
        var values = new string[checked((int)docValues.ValueCount)];
        var bytes = new BytesRef();
        for (var ordinal = 0; ordinal < values.Length; ordinal++)
        {
            docValues.LookupOrd(ordinal, bytes);
            values[ordinal] = bytes.Utf8ToString();
        }

        return new FacetOrdinals(starts, [.. ordinals], values);
    }
}
