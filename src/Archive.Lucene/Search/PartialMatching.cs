namespace Archive.Lucene.Search;

/// <summary>
/// When a query of plain words asks for more than the archive holds together: a search requires every word, and
/// when that finds fewer than <see cref="TooFew"/> documents it also ranks, after them, the documents holding most
/// of the words, as web search does. Quotes, operators and fields keep their strict meaning.
/// </summary>
public static class PartialMatching
{
    /// <summary>Below this many documents holding every word, documents holding most of them follow.</summary>
    public const int TooFew = 5;

    /// <summary>How many of <paramref name="words"/> words a document must hold to follow: all but one, at least one.</summary>
    public static int MinimumWords(int words) => Math.Max(1, words - 1);
}
