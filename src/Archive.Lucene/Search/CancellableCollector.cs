using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Lucene.Search;

/// <summary>
/// Lets a search stop part-way: the request's token (the client left, or the time budget ran out) is looked at
/// for every index segment and every few thousand matches, so Lucene stops collecting at once instead of
/// keeping a core busy for nobody.
/// </summary>
internal sealed class CancellableCollector(ICollector inner, CancellationToken cancellationToken) : ICollector
{
    private const int CheckEvery = 4096;
    private int _sinceCheck;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        cancellationToken.ThrowIfCancellationRequested();
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (++_sinceCheck == CheckEvery)
        {
            _sinceCheck = 0;
            cancellationToken.ThrowIfCancellationRequested();
        }

        inner.Collect(doc);
    }
}
