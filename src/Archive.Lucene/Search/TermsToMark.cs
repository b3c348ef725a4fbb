namespace Archive.Lucene.Search;

/// <summary>
/// The index terms a search matched, as a snippet marks them — where the search found them, and nowhere else:
/// a term of a parts field wherever a word or one of its compound parts analyzes to it (misbrug in stofmisbrug);
/// a term of a field of whole words only where a whole word does; and the parts of a compound typed as one word
/// (kontant, hjælp for kontanthjælp) only where all of them stand together, never one of them alone.
/// </summary>
public sealed class TermsToMark
{
    public TermsToMark(IEnumerable<string> inWordsAndParts, IEnumerable<string> inWords, IEnumerable<TermsTogether> together)
    {
        InWordsAndParts = new HashSet<string>(inWordsAndParts, StringComparer.Ordinal);
        InWords = new HashSet<string>(inWords, StringComparer.Ordinal);
        Together = [.. together];
    }

    public static TermsToMark None { get; } = new([], [], []);

    /// <summary>Terms marked in a word that analyzes to one, or that holds one as a compound part.</summary>
    public IReadOnlySet<string> InWordsAndParts { get; }

    /// <summary>Terms marked only in a word that itself analyzes to one.</summary>
    public IReadOnlySet<string> InWords { get; }

    /// <summary>Groups of terms marked only where every term of the group stands close to the others.</summary>
    public IReadOnlyList<TermsTogether> Together { get; }

    public bool IsEmpty => InWordsAndParts.Count == 0 && InWords.Count == 0 && Together.Count == 0;
}

/// <summary>Terms that count only together: each within <paramref name="Slop"/> extra positions of the others, in any order.</summary>
public sealed record TermsTogether(IReadOnlyList<string> Terms, int Slop)
{
    /// <summary>What a passage counts as one term matched: the group, however many of its words it holds.</summary>
    public string Name { get; } = string.Join('+', Terms);
}
