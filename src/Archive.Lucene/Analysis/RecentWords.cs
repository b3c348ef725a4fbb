namespace Archive.Lucene.Analysis;

/// <summary>
/// The terms of the words one token stream met most recently, in a small table of one word per slot that stays in
/// the processor's cache: the frequent words of running text (og, til, borgere, kommunen) are found here, and only
/// the rest is looked up in the large shared <see cref="RememberedWords"/>, whose lookups were a tenth of an ingest's
/// CPU time. The words' letters are kept in the table itself, so a lookup compares in place instead of following a
/// reference to a string elsewhere in memory. Not thread-safe: each token stream has its own.
/// </summary>
internal sealed class RecentWords
{
    // A power of two.
    private const int Slots = 4096;

    /// <summary>Longer words (few in running text) are not kept here.</summary>
    public const int MaxWordLength = 16;

    private readonly char[] _letters = new char[Slots * MaxWordLength];
    private readonly byte[] _lengths = new byte[Slots];
    private readonly string[][] _terms = new string[Slots][];

    /// <summary>The terms of <paramref name="word"/> when it is in its slot; <paramref name="slot"/> is that slot either way.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out int slot, out string[] terms)
    {
        slot = SlotOf(word);
        // An empty slot has length 0 and no terms.
        if (_lengths[slot] == word.Length && _terms[slot] is { } kept && word.SequenceEqual(_letters.AsSpan(slot * MaxWordLength, word.Length)))
        {
            terms = kept;
            return true;
        }

        terms = [];
        return false;
    }

    /// <summary>Keeps <paramref name="word"/> in <paramref name="slot"/> (from <see cref="TryGet"/>), replacing the word there.</summary>
    public void Keep(int slot, ReadOnlySpan<char> word, string[] terms)
    {
        if (word.Length is 0 or > MaxWordLength)
        {
            return;
        }

        word.CopyTo(_letters.AsSpan(slot * MaxWordLength, MaxWordLength));
        _lengths[slot] = (byte)word.Length;
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
