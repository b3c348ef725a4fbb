using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Lucene.Search;

/// <summary>Which words of a plain query a found document lacks, for the hits of partial matching ("Mangler: …").</summary>
internal sealed class WordPresence
{
    private readonly IndexSearcher _searcher;
    private readonly (string Typed, Weight Weight)[] _words;

    public WordPresence(IndexSearcher searcher, QueryWords words)
    {
        _searcher = searcher;
        _words = [.. words.Words.Select(word => (word.Typed, searcher.CreateNormalizedWeight(word.Query)))];
    }

    /// <summary>The typed words that do not match document <paramref name="doc"/> (an id of the searcher's reader).</summary>
    public IReadOnlyList<string> Missing(int doc)
    {
        var leaves = _searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var inLeaf = doc - leaf.DocBase;
        var missing = new List<string>();
        foreach (var (typed, weight) in _words)
        {
            // Each word's own query, advanced to this one document: a few postings reads, not a search.
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(inLeaf) != inLeaf)
            {
                missing.Add(typed);
            }
        }

        return missing;
    }
}
