using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Lucene.Search;

/// <summary>
/// "Did you mean": for a query that found nothing, replaces each word the archive's texts never use by the closest
/// word they do use (fewest edits, then the most documents), from the index's own terms, so a suggestion is
/// always a word that exists in the archive (hjemlose → hjemløse, psykiartri → psykiatri).
/// </summary>
public static partial class SpellingSuggester
{
    // Words this short have too many neighbours one or two edits away for a guess to be useful; the rule also
    // leaves the operators AND, OR and NOT alone.
    private const int MinWordLength = 4;

    /// <summary>The query with its unknown words replaced, or null when no word could be corrected.</summary>
    public static string? Suggest(IndexReader reader, string query)
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
            var correction = Correct(reader, terms, word.Value);
            changed |= correction is not null;
            suggestion.Append(correction ?? word.Value);
        }

        suggestion.Append(query, last, query.Length - last);
        return changed ? suggestion.ToString() : null;
    }

    private static string? Correct(IndexReader reader, Terms terms, string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < MinWordLength || reader.DocFreq(new Term(ArchiveFields.TextExact, lower)) > 0)
        {
            return null;
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
                return closest;
            }
        }

        return null;
    }

    /// <summary>Of the terms at most <paramref name="maxEdits"/> away, the one with the fewest edits, then the most documents.</summary>
    private static string? Closest(Terms terms, string word, int maxEdits)
    {
        var candidates = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(ArchiveFields.TextExact, word), maxEdits, prefixLength: 1, transpositions: true);
        string? best = null;
        var bestEdits = int.MaxValue;
        var bestDocs = 0;
        while (candidates.MoveNext())
        {
            var text = candidates.Term.Utf8ToString();
            var edits = EditDistance(word, text);
            var docs = candidates.DocFreq;
            if (edits < bestEdits || (edits == bestEdits && docs > bestDocs))
            {
                (best, bestEdits, bestDocs) = (text, edits, docs);
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
