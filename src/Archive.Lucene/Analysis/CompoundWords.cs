
namespace Archive.Lucene.Analysis;

/// <summary>
/// The Danish word list compounds are split with: which words may begin a compound (and with which linking letter)
/// and which may end one, read from the hunspell-derived list, its corrections and the words never to split,
/// all embedded in this assembly.
/// </summary>
public sealed class CompoundWords
{
    /// <summary>Parts shorter than this are accidents of spelling unless the corrections list them.</summary>
    public const int MinPartLength = 4;

    private static readonly Lazy<CompoundWords> DanishWords = new(() => Load(
        WordLists.Read("danish-compound-words.tsv"), WordLists.Read("compound-additions.tsv"), WordLists.Read("compound-never-split.txt")));

    private readonly Dictionary<string, string> _firstParts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lastParts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _neverSplit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _firstPartLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lastPartLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _neverSplitLookup;

    private CompoundWords()
    {
        _firstPartLookup = _firstParts.GetAlternateLookup<ReadOnlySpan<char>>();
        _lastPartLookup = _lastParts.GetAlternateLookup<ReadOnlySpan<char>>();
        _neverSplitLookup = _neverSplit.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The archive's Danish list (loaded once, on first use).</summary>
    public static CompoundWords Danish => DanishWords.Value;

    /// <summary>
    /// Starts loading the Danish list on a thread of its own unless it is loaded or loading. Loading takes about a
    /// tenth of a second, which a starting process spends on its other work; the first use waits for what is left.
    /// </summary>
    public static void LoadDanishInBackground() => LoadedInBackground.Start(DanishWords);

    /// <summary>
    /// Builds a list from text in the embedded files' formats: <c>word&lt;TAB&gt;forms</c> lines (forms: 0, s, e
    /// for a first part without or with a linking letter, h for a last part, - for never a part) and a list of
    /// words never to split. Later word lists correct earlier ones.
    /// </summary>
    public static CompoundWords Load(string words, string corrections, string neverSplit)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var trusted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, form) in Entries(words))
        {
            forms[word] = forms.TryGetValue(word, out var known) ? known + form : form;
        }

        foreach (var (word, form) in Entries(corrections))
        {
            forms[word] = form;
            trusted.Add(word);
        }

        var list = new CompoundWords();
        foreach (var (word, form) in forms)
        {
            if (form.Contains('-', StringComparison.Ordinal) || (word.Length < MinPartLength && !trusted.Contains(word)))
            {
                continue;
            }

            // The first part is looked up as it stands in the compound (misbrugs-), and named by its word (misbrug).
            foreach (var letter in form)
            {
                switch (letter)
                {
                    case '0': list._firstParts.TryAdd(word, word); break;
                    case 's': list._firstParts.TryAdd(word + "s", word); break;
                    case 'e': list._firstParts.TryAdd(word + "e", word); break;
                    case 'h': list._lastParts.Add(word); break;
                }
            }
        }

        foreach (var word in FirstPartsTheListImplies(forms))
        {
            list._firstParts.TryAdd(word, word);
        }

        foreach (var line in Lines(neverSplit))
        {
            list._neverSplit.Add(line);
        }

        return list;
    }

    /// <summary>How many of the list's own words a word must begin for it to count as a first part the list left unflagged.</summary>
    public const int ImpliedFirstPartWords = 10;

    /// <summary>The shortest first part the list's own words can imply (nat-, not an accident such as "ar").</summary>
    public const int MinImpliedFirstPartLength = 3;

    /// <summary>
    /// Words hunspell flags only as last parts although many of its own words begin with them: nat (natherberg,
    /// natcafé, natbus …), stor, hånd, tvær. Such a word begins at least <see cref="ImpliedFirstPartWords"/> listed
    /// words whose rest is a listed last part, so the list itself shows it begins compounds. Words the corrections
    /// list are taken as the corrections say: prefixes such as for- (forringe) are listed there as never a part.
    /// </summary>
    private static IEnumerable<string> FirstPartsTheListImplies(Dictionary<string, string> forms)
    {
        var lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        bool OnlyLastPart(ReadOnlySpan<char> word) => lookup.TryGetValue(word, out var form) && form.Trim('h').Length == 0;
        bool LastPart(ReadOnlySpan<char> word) =>
            word.Length >= MinPartLength && lookup.TryGetValue(word, out var form) && form.Contains('h', StringComparison.Ordinal) && !form.Contains('-', StringComparison.Ordinal);

        var begun = new Dictionary<string, int>(StringComparer.Ordinal);
        var begunLookup = begun.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in forms.Keys)
        {
            for (var end = MinImpliedFirstPartLength; end <= word.Length - MinPartLength; end++)
            {
                var head = word.AsSpan(0, end);
                if (LastPart(word.AsSpan(end)) && OnlyLastPart(head))
                {
                    begunLookup[head] = begunLookup.TryGetValue(head, out var count) ? count + 1 : 1;
                }
            }
        }

        return begun.Where(entry => entry.Value >= ImpliedFirstPartWords).Select(entry => entry.Key);
    }

    /// <summary>The word a compound's first part stands for ("misbrugs" → "misbrug"), or null when it is none.</summary>
    public string? FirstPart(ReadOnlySpan<char> text) => _firstPartLookup.TryGetValue(text, out var word) ? word : null;

    /// <summary>Whether <paramref name="word"/>, in its base form, may end a compound.</summary>
    public bool IsLastPart(ReadOnlySpan<char> word) => _lastPartLookup.Contains(word);

    /// <summary>Whether <paramref name="word"/>, in its base form, is kept whole.</summary>
    public bool IsNeverSplit(ReadOnlySpan<char> word) => _neverSplitLookup.Contains(word);

    private static IEnumerable<(string Word, string Forms)> Entries(string text)
    {
        foreach (var line in Lines(text))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                yield return (line[..tab].Trim(), line[(tab + 1)..].Trim());
            }
        }
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0 && !line.StartsWith('#'));
}
