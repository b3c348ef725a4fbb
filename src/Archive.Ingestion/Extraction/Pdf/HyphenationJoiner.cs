using Archive.Lucene.Analysis;

namespace Archive.Ingestion.Extraction.Pdf;

/// <summary>
/// Joins words that typesetting split across a line end ("Medarbej-\nderne" → "Medarbejderne"),
/// while keeping the Danish suspended hyphen ("Beskæftigelses- og Integrationsudvalget",
/// "social- eller sundhedsfaglig"), compounds whose second part starts with a capital or a digit, and the hyphen
/// Danish writes after a name, an acronym or a number ("Housing First-indsatsen", "FN-konventionen", "§ 85-tilbud").
/// </summary>
/// <remarks>
/// Rules, applied at every line break:
/// <list type="bullet">
/// <item>a soft hyphen (U+00AD) at the end of a line always joins the two lines, without the hyphen;</item>
/// <item>a hard hyphen at the end of a line is looked at only when the next line starts with a lower-case letter
/// whose word is not a conjunction (og, eller, samt, and, or, und …);</item>
/// <item>after an acronym or a digit the hyphen is the compound's own: the lines are joined and the hyphen kept;</item>
/// <item>after a capitalised word the hyphen is kept when the next word is a Danish word and the joined word is
/// not ("First-" + "indsatsen"), and dropped otherwise ("Økonomi-" + "udvalget", "Medarbej-" + "derne");</item>
/// <item>after a lower-case word the hyphen is typesetting and is dropped;</item>
/// <item>everything else is left as it is.</item>
/// </list>
/// Whether a word is Danish is read from the archive's compound word list (<see cref="CompoundWords"/>).
/// The text is expected with '\n' line breaks; spaces and tabs around a break are ignored when looking
/// for the hyphen and the next word.
/// </remarks>
internal static class HyphenationJoiner
{
    private const char SoftHyphen = '\u00AD';

    // A suspended hyphen is followed by one of these; the first part of the compound must stay.
    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "og", "eller", "samt", "el", "hhv", "and", "or", "und", "oder", "bzw", "sowie", "och", "respektive",
    };

    /// <summary>Returns <paramref name="text"/> with line-end hyphenation undone.</summary>
    public static string Join(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOf('\n') < 0 || (text.IndexOf('-') < 0 && text.IndexOf(SoftHyphen) < 0
            && text.IndexOf('\u2010') < 0 && text.IndexOf('\u2011') < 0))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        while (position < text.Length)
        {
            var newline = text.IndexOf('\n', position);
            if (newline < 0)
            {
                builder.Append(text, position, text.Length - position);
                break;
            }

            // The line without its trailing blanks.
            var lineEnd = newline;
            while (lineEnd > position && IsBlank(text[lineEnd - 1]))
            {
                lineEnd--;
            }

            var nextStart = newline + 1;
            while (nextStart < text.Length && IsBlank(text[nextStart]))
            {
                nextStart++;
            }

            var decision = lineEnd > position ? Decide(text, position, lineEnd, nextStart) : LineEnd.Keep;
            if (decision != LineEnd.Keep)
            {
                // Drop the blanks and the break (and the hyphen, unless it is the compound's own); the next line continues the word.
                builder.Append(text, position, lineEnd - position - (decision == LineEnd.Join ? 1 : 0));
                position = nextStart;
                continue;
            }

            builder.Append(text, position, newline + 1 - position);
            position = newline + 1;
        }

        return builder.ToString();
    }

    private enum LineEnd
    {
        Keep,
        Join,
        JoinKeepingHyphen,
    }

    private static LineEnd Decide(string text, int lineStart, int lineEnd, int nextStart)
    {
        var last = text[lineEnd - 1];
        if (nextStart >= text.Length || text[nextStart] == '\n')
        {
            return LineEnd.Keep;
        }

        if (last == SoftHyphen)
        {
            return LineEnd.Join;
        }

        // A lone "-" and a hyphen before a capital or a digit ("Social-\nForvaltningen", "2019-\n2020") stay.
        if (!IsHardHyphen(last) || lineEnd - 2 < lineStart || !char.IsLetterOrDigit(text[lineEnd - 2]) || !char.IsLower(text[nextStart]))
        {
            return LineEnd.Keep;
        }

        var nextEnd = nextStart;
        while (nextEnd < text.Length && char.IsLetter(text[nextEnd]))
        {
            nextEnd++;
        }

        var next = text[nextStart..nextEnd];
        if (Conjunctions.Contains(next))
        {
            return LineEnd.Keep;
        }

        var wordStart = lineEnd - 1;
        while (wordStart > lineStart && char.IsLetterOrDigit(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..(lineEnd - 1)];
        if (word.Any(char.IsDigit) || IsAcronym(word))
        {
            return LineEnd.JoinKeepingHyphen;
        }

        return char.IsUpper(word[0]) && IsDanish(next) && !IsDanish(word + next) ? LineEnd.JoinKeepingHyphen : LineEnd.Join;
    }

    // "FN", "EU", "BPA": two or more letters, all capitals.
    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(char.IsUpper);

    // Endings of Danish nouns and adjectives, longest first: the list holds words in their base form.
    private static readonly string[] Endings = ["ernes", "erne", "enes", "ene", "ens", "ets", "ers", "en", "et", "er", "ne", "es", "e", "s", ""];

    /// <summary>Whether <paramref name="word"/>, or its base form, is in the Danish word list, alone or as a compound of two listed parts.</summary>
    private static bool IsDanish(string word)
    {
        var words = CompoundWords.Danish;
        var lower = word.ToLowerInvariant();
        foreach (var ending in Endings)
        {
            if (!lower.EndsWith(ending, StringComparison.Ordinal) || lower.Length - ending.Length < CompoundWords.MinPartLength)
            {
                continue;
            }

            var stem = lower.AsSpan(0, lower.Length - ending.Length);
            if (words.IsLastPart(stem) || words.FirstPart(stem) is not null)
            {
                return true;
            }

            for (var split = CompoundWords.MinPartLength; split <= stem.Length - CompoundWords.MinPartLength; split++)
            {
                if (words.FirstPart(stem[..split]) is not null && words.IsLastPart(stem[split..]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsHardHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\r' or '\u00A0';
}
