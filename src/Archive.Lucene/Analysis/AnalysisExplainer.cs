namespace Archive.Lucene.Analysis;

/// <summary>One word of a text as the archive indexes and searches it.</summary>
/// <param name="Word">The word as written.</param>
/// <param name="Start">Offset of the word in the text.</param>
/// <param name="End">Offset just past the word.</param>
/// <param name="Exact">The term of the exact field: the word in lower case.</param>
/// <param name="Stem">The stemmed term; null for a stop word, which is not searched.</param>
/// <param name="Parts">The words a compound is made of (again split when they are compounds); empty for other words.</param>
/// <param name="PartStems">The parts' stemmed terms, as the parts field holds them.</param>
public sealed record AnalyzedWord(string Word, int Start, int End, string Exact, string? Stem, IReadOnlyList<string> Parts, IReadOnlyList<string> PartStems)
{
    public bool StopWord => Stem is null;
}

/// <summary>
/// Shows how a text is analyzed, word by word: exact form, stem, compound parts. For searchers who wonder why a
/// document matched, and for anyone tuning the word lists.
/// </summary>
public sealed class AnalysisExplainer(DanishArchiveAnalyzer analyzer)
{
    public IReadOnlyList<AnalyzedWord> Explain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<AnalyzedWord>();
        foreach (var (exact, start, end, _) in analyzer.Tokens(text, ArchiveFields.TextExact))
        {
            var word = text[start..end];
            var stem = FirstTerm(word);
            var parts = stem is null ? [] : analyzer.Splitter.AllParts(DanishArchiveAnalyzer.Fold(exact));
            var partStems = parts.Select(part => FirstTerm(part) ?? part).Distinct(StringComparer.Ordinal).ToList();
            words.Add(new AnalyzedWord(word, start, end, exact, stem, parts, partStems));
        }

        return words;
    }

    private string? FirstTerm(string word) => analyzer.Terms(word) is [var first, ..] ? first : null;
}
