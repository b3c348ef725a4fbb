using System.ComponentModel;
using Archive.Lucene.Analysis;

namespace Archive.SearchApi.Model;

[Description("A text word by word, as the archive indexes and searches it.")]
public sealed record AnalyzeResponse(string Text, IReadOnlyList<AnalyzedWordResponse> Words);

[Description("One word: as written, its exact and stemmed terms, and the parts of a compound.")]
public sealed record AnalyzedWordResponse(
    [property: Description("The word as written in the text.")] string Word,
    [property: Description("Offset of the word in the text.")] int Start,
    [property: Description("Offset just past the word.")] int End,
    [property: Description("The exact term: the word in lower case. Exact matches rank first.")] string Exact,
    [property: Description("The stemmed term (borgerne → borg); null for a stop word, which is not searched.")] string? Stem,
    [property: Description("True for a stop word (og, af, det …).")] bool StopWord,
    [property: Description("The words a compound is made of, split again when they are compounds themselves; empty for other words.")] IReadOnlyList<string> Parts,
    [property: Description("The parts' stemmed terms: a search for any of them finds this word, ranked after exact and stemmed matches.")] IReadOnlyList<string> PartStems)
{
    public static AnalyzedWordResponse From(AnalyzedWord word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return new AnalyzedWordResponse(word.Word, word.Start, word.End, word.Exact, word.Stem, word.StopWord, word.Parts, word.PartStems);
    }
}
