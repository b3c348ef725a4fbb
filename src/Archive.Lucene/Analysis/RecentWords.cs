namespace Archive.Lucene.Analysis;

/// <summary>
/// The terms of the words one token stream met most recently, in a small table of one word per slot that stays in
/// the processor's cache: the frequent words of running text (og, til, borgere, kommunen) are found here, and only
/// the rest is looked up in the large shared <see cref="RememberedWords"/>, whose lookups were a tenth of an ingest's
/// CPU time. Not thread-safe: each token stream has its own.
/// </summary>
internal sealed class RecentWords
{
    // A power of two: 4,096 words and their terms, 64 KB of references.
    private const int Slots = 4096;

    private readonly string?[] _words = new string?[Slots];
    private readonly string[][] _terms = new string[Slots][];

    /// <summary>The terms of <paramref name="word"/> when it is in its slot; <paramref name="slot"/> is that slot either way.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out int slot, out string[] terms)
    {
        slot = SlotOf(word);
        var kept = _words[slot];
        if (kept is not null && word.SequenceEqual(kept))
        {
            terms = _terms[slot];
            return true;
        }

        terms = [];
        return false;
    }

    /// <summary>Keeps <paramref name="word"/> in <paramref name="slot"/> (from <see cref="TryGet"/>), replacing the word there.</summary>
    public void Keep(int slot, string word, string[] terms)
    {
        _words[slot] = word;
        _terms[slot] = terms;
    }

    // FNV-1a over the characters: cheap for short words, and spreads words that differ in one letter.
    private static int SlotOf(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var character in word)
        {
            hash = (hash ^ character) * 16777619u;
        }

        return (int)(hash & (Slots - 1));
    }
}
