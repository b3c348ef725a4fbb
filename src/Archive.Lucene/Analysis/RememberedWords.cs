using System.Collections.Concurrent;

namespace Archive.Lucene.Analysis;

/// <summary>
/// The terms an analysis chain made of each word, by the word as the tokenizer gave it: every filter after the
/// tokenizer reads one word at a time, so a word always becomes the same terms, and the words of Danish texts repeat
/// (a few tens of thousands make up nearly all of any page). Shared by every thread; bounded, because a national
/// archive holds millions of rare words (names, numbers, misspellings): once full, further words are analysed each
/// time they come and not kept.
/// </summary>
public sealed class RememberedWords
{
    // Longer "words" are mostly garbage from broken extraction (a run of letters without spaces); they are rare, and
    // keeping them would let one bad file fill the memory with words that never come again.
    private const int MaxWordLength = 40;

    private readonly ConcurrentDictionary<string, string[]> _terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _byCharacters;
    private readonly int _capacity;
    private int _count;

    /// <param name="capacity">How many words to keep at most; 0 keeps none.</param>
    public RememberedWords(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
        _byCharacters = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many words it keeps at most.</summary>
    public int Capacity => _capacity;

    /// <summary>How many words are kept.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The terms of <paramref name="word"/> (empty for a stop word), when it has been analysed before.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out string[] terms) => _byCharacters.TryGetValue(word, out terms!);

    /// <summary>Keeps the terms of <paramref name="word"/>, unless the memory is full or the word too long to be worth it.</summary>
    public void Remember(ReadOnlySpan<char> word, string[] terms)
    {
        // Counted separately: ConcurrentDictionary.Count takes every lock of the table. Two threads adding at once
        // may pass the bound by one word each, which does not matter.
        if (word.Length > MaxWordLength || Volatile.Read(ref _count) >= _capacity)
        {
            return;
        }

        if (_byCharacters.TryAdd(word, terms))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
