using System.Collections.Concurrent;

namespace Archive.Lucene.Analysis;

/// <summary>
/// Splits Danish compounds into the words they are made of, from a word list: misbrugsbehandling → misbrug +
/// behandling, kontanthjælpsmodtager → kontanthjælp + modtager. A split must use the linking -s- or -e- the word list
/// allows for its first parts (misbrug-s-, hjemløs-e-), end in a word that may close a compound, possibly inflected
/// (behandling-en, modtager-e), and prefer the fewest parts, so that known compounds stay together.
/// </summary>
public sealed class CompoundSplitter
{
    private readonly Lazy<CompoundWords> _words;

    /// <summary>Shorter words are not compounds of two parts of the minimum length.</summary>
    public const int MinWordLength = 2 * CompoundWords.MinPartLength;

    // Danish inflection endings a last part may carry (rådet, modtagere, behandlingen, boligernes), longest first.
    private static readonly string[] Endings =
        ["ernes", "enes", "erne", "ende", "ene", "ens", "ets", "ers", "ere", "nes", "rne", "er", "en", "et", "es", "ne", "e", "s", "n", "t", "r"];

    // Texts repeat their words: a split is worked out once per word. Bounded so an endless stream of
    // new words (numbers, names) cannot grow it without end.
    private const int MaxRemembered = 200_000;
    private readonly ConcurrentDictionary<string, string[]> _remembered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _rememberedBySpan;

    public CompoundSplitter(CompoundWords words)
        : this(new Lazy<CompoundWords>(words))
    {
    }

    private CompoundSplitter(Lazy<CompoundWords> words)
    {
        _words = words;
        _rememberedBySpan = _remembered.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The archive's splitter over the Danish word list. The list starts loading in the background when the splitter
    /// is first named (an analyzer is built at start-up), and the first split waits for it.
    /// </summary>
    public static CompoundSplitter Danish { get; } = DanishLoadingInBackground();

    private static CompoundSplitter DanishLoadingInBackground()
    {
        CompoundWords.LoadDanishInBackground();
        return new CompoundSplitter(new Lazy<CompoundWords>(() => CompoundWords.Danish));
    }

    private CompoundWords Words => _words.Value;

    /// <summary>
    /// The parts of a lower-case word, first parts named by their word (misbrugs- → misbrug) and the last as it stands
    /// (behandlingen); empty when the word is no compound or is kept whole.
    /// </summary>
    public IReadOnlyList<string> Split(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinWordLength || IsKeptWhole(word))
        {
            return [];
        }

        var best = new Segmentation?[word.Length + 1];
        var split = Segment(word, 0, best, top: true);
        return split is null ? [] : split.Parts;
    }

    /// <summary>
    /// Every part a word holds, splitting the parts again (stofmisbrugsbehandling → stofmisbrug, behandling, stof,
    /// misbrug), so a search for any of them finds it; empty when the word is no compound.
    /// </summary>
    public IReadOnlyList<string> AllParts(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return AllParts(word.AsSpan());
    }

    /// <summary>As <see cref="AllParts(string)"/>, for a word in a buffer: a word seen before costs no string.</summary>
    public IReadOnlyList<string> AllParts(ReadOnlySpan<char> buffer)
    {
        if (buffer.Length < MinWordLength)
        {
            return [];
        }

        if (_rememberedBySpan.TryGetValue(buffer, out var known))
        {
            return known;
        }

        var word = buffer.ToString();
        var parts = new List<string>();
        Collect(word, parts);
        var found = parts.Distinct(StringComparer.Ordinal).Where(part => part != word).ToArray();
        if (_remembered.Count >= MaxRemembered)
        {
            _remembered.Clear();
        }

        _remembered.TryAdd(word, found);
        return found;
    }

    private void Collect(string word, List<string> parts)
    {
        foreach (var part in Split(word))
        {
            parts.Add(part);
            Collect(part, parts);
        }
    }

    private bool IsKeptWhole(string word)
    {
        if (Words.IsNeverSplit(word))
        {
            return true;
        }

        foreach (var ending in Endings)
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal) && Words.IsNeverSplit(word.AsSpan(0, word.Length - ending.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The best way to read <paramref name="word"/> from <paramref name="start"/> on as first parts followed by one
    /// last part: fewest parts, then the longest shortest part (misbrugs+behandling over mis+brugs+behandling).
    /// </summary>
    private Segmentation? Segment(string word, int start, Segmentation?[] best, bool top)
    {
        if (!top && best[start] is { } remembered)
        {
            return remembered.Parts.Length == 0 ? null : remembered;
        }

        Segmentation? chosen = null;
        var rest = word.AsSpan(start);
        if (!top && IsLastPartForm(rest))
        {
            chosen = new Segmentation([rest.ToString()], rest.Length);
        }
        else
        {
            for (var end = start + 2; end <= word.Length - 2; end++)
            {
                if (Words.FirstPart(word.AsSpan(start, end - start)) is not { } first)
                {
                    continue;
                }

                if (Segment(word, end, best, top: false) is { } tail)
                {
                    var candidate = new Segmentation([first, .. tail.Parts], Math.Min(end - start, tail.ShortestPart));
                    if (chosen is null || candidate.IsBetterThan(chosen))
                    {
                        chosen = candidate;
                    }
                }
            }
        }

        if (!top)
        {
            best[start] = chosen ?? Segmentation.None;
        }

        return chosen;
    }

    private bool IsLastPartForm(ReadOnlySpan<char> text)
    {
        if (Words.IsLastPart(text))
        {
            return true;
        }

        foreach (var ending in Endings)
        {
            if (text.Length > ending.Length + 1 && text.EndsWith(ending, StringComparison.Ordinal) && Words.IsLastPart(text[..^ending.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Segmentation(string[] Parts, int ShortestPart)
    {
        public static readonly Segmentation None = new([], 0);

        public bool IsBetterThan(Segmentation other) =>
            Parts.Length < other.Parts.Length || (Parts.Length == other.Parts.Length && ShortestPart > other.ShortestPart);
    }
}
