namespace Archive.Ingestion.Extraction.Pdf;

/// <summary>
/// Joins words that typesetting split across a line end ("Medarbej-\nderne" → "Medarbejderne"),
/// while keeping the Danish suspended hyphen ("Beskæftigelses- og Integrationsudvalget",
/// "social- eller sundhedsfaglig") and compounds whose second part starts with a capital or a digit.
/// </summary>
/// <remarks>
/// Rules, applied at every line break:
/// <list type="bullet">
/// <item>a soft hyphen (U+00AD) at the end of a line always joins the two lines, without the hyphen;</item>
/// <item>a hard hyphen at the end of a line joins only when a letter stands before it and the next line
/// starts with a lower-case letter whose word is not a conjunction (og, eller, samt, and, or, und …);</item>
/// <item>everything else is left as it is.</item>
/// </list>
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

            if (lineEnd > position && ShouldJoin(text, position, lineEnd, nextStart))
            {
                // Drop the hyphen, the blanks and the break; the next line continues the word.
                builder.Append(text, position, lineEnd - 1 - position);
                position = nextStart;
                continue;
            }

            builder.Append(text, position, newline + 1 - position);
            position = newline + 1;
        }

        return builder.ToString();
    }

    private static bool ShouldJoin(string text, int lineStart, int lineEnd, int nextStart)
    {
        var last = text[lineEnd - 1];
        if (nextStart >= text.Length || text[nextStart] == '\n')
        {
            return false;
        }

        if (last == SoftHyphen)
        {
            return true;
        }

        if (!IsHardHyphen(last))
        {
            return false;
        }

        // "2019-" or a lone "-" is not a split word.
        if (lineEnd - 2 < lineStart || !char.IsLetter(text[lineEnd - 2]))
        {
            return false;
        }

        var first = text[nextStart];
        if (!char.IsLower(first))
        {
            return false;
        }

        var wordEnd = nextStart;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return !Conjunctions.Contains(text.AsSpan(nextStart, wordEnd - nextStart).ToString());
    }

    private static bool IsHardHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\r' or '\u00A0';
}
