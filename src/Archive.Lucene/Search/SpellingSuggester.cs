using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Lucene.Search;

/// <summary>
/// "Did you mean": replaces each word the archive's texts never use by the closest word they do use (fewest edits,
/// then the most documents), from the index's own terms, so a suggestion is always a word that exists in the archive
/// (hjemlose → hjemløse, psykiartri → psykiatri). Given the analyzer, it also replaces a slip the texts themselves
/// make: a word one edit from another that is used in many times as many documents and is not the same word
/// inflected (høringsvar → høringssvar). A large archive holds most slips somewhere, so "never used" alone stops
/// catching them as the archive grows.
/// </summary>
public static partial class SpellingSuggester
{
    // Words this short have too many neighbours one or two edits away for a guess to be useful; the rule also
    // leaves the operators AND, OR and NOT alone.
    private const int MinWordLength = 4;

    /// <summary>
    /// How many times as many documents the word one edit away must be in for a word the archive does use to be
    /// taken for a slip of it. Chosen from what a slip is, not by measurement: writers of council papers spell a
    /// word right far more often than one in twenty times, while two real words one letter apart are seldom that
    /// far apart in use, and when they share a stem (kommunen, kommunens) the search finds both anyway.
    /// </summary>
    public const int SlipRatio = 20;

    /// <summary>
    /// The query with its unknown words replaced, and with its slips replaced when <paramref name="analyzer"/> is
    /// given (it tells an inflection from a slip); null when no word could be corrected.
    /// </summary>
    public static string? Suggest(IndexReader reader, string query, DanishArchiveAnalyzer? analyzer = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(query);
        var terms = MultiFields.GetTerms(reader, ArchiveFields.TextExact);
        if (terms is null)
        {
            return null;
        }

        var suggestion = new StringBuilder(query.Length);
        var changed = false;
        var last = 0;
        foreach (Match word in CorrectableWord().Matches(query))
        {
            suggestion.Append(query, last, word.Index - last);
            last = word.Index + word.Length;
            var correction = Correct(reader, terms, word.Value, analyzer);
            changed |= correction is not null;
            suggestion.Append(correction ?? word.Value);
        }

        suggestion.Append(query, last, query.Length - last);
        return changed ? suggestion.ToString() : null;
    }

    private static string? Correct(IndexReader reader, Terms terms, string word, DanishArchiveAnalyzer? analyzer)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < MinWordLength)
        {
            return null;
        }

        var documents = reader.DocFreq(new Term(ArchiveFields.TextExact, lower));
        if (documents > 0)
        {
            return analyzer is null ? null : CommonerSpelling(reader, terms, lower, documents, analyzer);
        }

        // Two edits for longer words, one for short ones; the first letter is taken as typed, which keeps the
        // walk over the term dictionary short and is where people rarely slip. A word one edit away beats every
        // word two away, so the one-edit walk goes first: building the two-edit automata took a tenth of the CPU
        // of a corrected search (profile at 100,000 documents), and most slips are one edit.
        var maxEdits = lower.Length >= 7 ? 2 : 1;
        for (var edits = 1; edits <= maxEdits; edits++)
        {
            if (Closest(terms, lower, edits) is { } closest)
            {
                return closest.Text;
            }
        }

        return null;
    }

    /// <summary>
    /// The word one edit from <paramref name="word"/> (used in <paramref name="documents"/> documents) that is used in
    /// at least <see cref="SlipRatio"/> times as many and is not an inflection of it; null when there is none.
    /// </summary>
    private static string? CommonerSpelling(IndexReader reader, Terms terms, string word, int documents, DanishArchiveAnalyzer analyzer)
    {
        // A word in more than a twentieth of the archive cannot have a neighbour twenty times as common.
        if ((long)documents * SlipRatio > reader.MaxDoc)
        {
            return null;
        }

        if (Closest(terms, word, maxEdits: 1) is not { } closest || closest.Documents < (long)documents * SlipRatio)
        {
            return null;
        }

        // The same stem is the same word inflected: the search finds both already.
        return Stem(analyzer, closest.Text) == Stem(analyzer, word) ? null : closest.Text;
    }

    private static string? Stem(DanishArchiveAnalyzer analyzer, string word) => analyzer.Terms(word) is [var stem, ..] ? stem : null;

    /// <summary>Of the other terms at most <paramref name="maxEdits"/> away, the one with the fewest edits, then the most documents.</summary>
    private static (string Text, int Documents)? Closest(Terms terms, string word, int maxEdits)
    {
        var candidates = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(ArchiveFields.TextExact, word), maxEdits, prefixLength: 1, transpositions: true);
        (string Text, int Documents)? best = null;
        var bestEdits = int.MaxValue;
        while (candidates.MoveNext())
        {
            var text = candidates.Term.Utf8ToString();
            var edits = EditDistance(word, text);
            var docs = candidates.DocFreq;
            if (edits > 0 && (edits < bestEdits || (edits == bestEdits && docs > best!.Value.Documents)))
            {
                (best, bestEdits) = ((text, docs), edits);
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    // A run of letters not naming a field (title:…) and not a prefix, fuzzy or boosted term the user shaped on purpose.
    [GeneratedRegex(@"(?<![\p{L}\p{N}:*~^])\p{L}+(?![\p{L}\p{N}:*~^])")]
    private static partial Regex CorrectableWord();
}
