using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Lucene.Search;

/// <summary>
/// Answers whether a query matches anything, stopping at the first match: a spelling suggestion is offered only
/// when it finds something, and counting every match of a corrected common word ("psykiatri") cost a third of
/// the time of a search that found nothing.
/// </summary>
internal sealed class AnyMatchCollector : ICollector
{
    public bool Found { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    // IndexSearcher catches CollectionTerminatedException per segment and goes on with the next one, which this
    // turns away at once.
    public void SetNextReader(AtomicReaderContext context)
    {
        if (Found)
        {
            throw new CollectionTerminatedException();
        }
    }

    public void Collect(int doc)
    {
        Found = true;
        throw new CollectionTerminatedException();
    }
}
