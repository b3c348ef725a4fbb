using System.Globalization;
using System.Text;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Cleans extracted text the same way for every format, so that the index, the snippets and JSON
/// responses never see ligature glyphs, control characters or invisible break marks.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>
    /// NFKC (ﬁ → fi, full-width → ASCII), line breaks as \n, control and zero-width characters removed,
    /// exotic spaces as ' ', runs of spaces collapsed, line ends trimmed, at most one blank line in a row.
    /// Tabs survive: table cells and tab stops are separated by them.
    /// </summary>
    public static string Normalize(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        var newlines = 0;

        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == '\r')
            {
                if (i + 1 < normalized.Length && normalized[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (c == '\n')
            {
                pendingSpace = false;
                newlines++;
                continue;
            }

            if (c == '\t')
            {
                Flush(builder, ref newlines);
                builder.Append('\t');
                pendingSpace = false;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator)
            {
                pendingSpace = builder.Length > 0 && newlines == 0;
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            Flush(builder, ref newlines);
            if (pendingSpace && builder.Length > 0 && builder[^1] != '\t' && builder[^1] != '\n')
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static void Flush(StringBuilder builder, ref int newlines)
    {
        if (newlines > 0 && builder.Length > 0)
        {
            TrimTrailingBlanks(builder);
            builder.Append(newlines == 1 ? "\n" : "\n\n");
        }

        newlines = 0;
    }

    private static void TrimTrailingBlanks(StringBuilder builder)
    {
        while (builder.Length > 0 && (builder[^1] == ' ' || builder[^1] == '\t'))
        {
            builder.Length--;
        }
    }

    // Soft hyphens only mark where a word may break; zero-width marks and the BOM carry no text.
    private static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
