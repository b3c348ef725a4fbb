using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Lucene.Search;

/// <summary>Passes on only the first document of each text (see <see cref="DistinctTexts"/>).</summary>
internal sealed class DistinctTextCollector(ICollector inner) : ICollector
{
    private readonly DistinctTexts _texts = new();

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _texts.SetNextReader(context);
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (_texts.IsFirst(doc))
        {
            inner.Collect(doc);
        }
    }
}
