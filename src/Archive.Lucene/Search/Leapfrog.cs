using Lucene.Net.Search;

namespace Archive.Lucene.Search;

/// <summary>Steps postings lists together to the documents every one of them holds.</summary>
internal static class Leapfrog
{
    /// <summary>
    /// Moves the lists from <paramref name="candidate"/>, a document of the first (the rarest), to the next document
    /// all of them hold, and returns it (or <see cref="DocIdSetIterator.NO_MORE_DOCS"/>).
    /// </summary>
    public static int Align(DocIdSetIterator[] rarestFirst, int candidate)
    {
        var i = 1;
        while (candidate != DocIdSetIterator.NO_MORE_DOCS && i < rarestFirst.Length)
        {
            var doc = rarestFirst[i].DocID < candidate ? rarestFirst[i].Advance(candidate) : rarestFirst[i].DocID;
            if (doc == candidate)
            {
                i++;
            }
            else
            {
                candidate = rarestFirst[0].Advance(doc);
                i = 1;
            }
        }

        return candidate;
    }
}
