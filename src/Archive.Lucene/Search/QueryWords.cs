using Lucene.Net.Search;

namespace Archive.Lucene.Search;

/// <summary>
/// A query typed as plain words, each word with its own query: what a search needs to ask for every word, to relax
/// that to most of the words when every word finds too little, and to tell which words a document lacks.
/// </summary>
internal sealed class QueryWords
{
    private readonly Query? _near;

    public QueryWords(IReadOnlyList<(string Typed, Query Query)> words, Query? near)
    {
        Words = words;
        _near = near;
    }

    /// <summary>The words as typed (stop words left out), each with the query that finds it.</summary>
    public IReadOnlyList<(string Typed, Query Query)> Words { get; }

    /// <summary>Every word required; documents where the words stand close together rank higher.</summary>
    public Query AllOf()
    {
        if (Words.Count == 1)
        {
            return WordQueryBuilder.Alone(Words[0].Query);
        }

        var all = new BooleanQuery();
        foreach (var (_, query) in Words)
        {
            all.Add(query, Occur.MUST);
        }

        return WithProximity(all, _near);
    }

    /// <summary>At least <paramref name="minimum"/> of the words; the more of them a document holds, the more it scores.</summary>
    public Query AtLeast(int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 1);
        var some = new BooleanQuery { MinimumNumberShouldMatch = minimum };
        foreach (var (_, query) in Words)
        {
            some.Add(query, Occur.SHOULD);
        }

        return WithProximity(new BooleanQuery { { some, Occur.MUST } }, _near);
    }

    /// <summary>Adds to <paramref name="words"/> the extra weight of documents where the words stand close together.</summary>
    internal static BooleanQuery WithProximity(BooleanQuery words, Query? near)
    {
        if (near is not null)
        {
            near.Boost = WordQueryBuilder.Proximity;
            words.Add(near, Occur.SHOULD);
        }

        return words;
    }
}
