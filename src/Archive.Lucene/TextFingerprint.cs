using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Archive.Lucene;

/// <summary>
/// What makes two files "the same text": the same words in the same order, whatever the format. A statement
/// saved as PDF, as Word and as plain text differs in its bytes (so its SHA-256), its line breaks, its page
/// breaks and its punctuation spacing, but not in its words. The fingerprint is a hash of the words alone,
/// lower case, with the running headers and footers of a paged document left out: a PDF printed from Word
/// repeats its letterhead and "Side 2 af 4" on every page, which its Word file keeps outside the body text.
/// Texts differing in one real word get different fingerprints: two budget letters that differ only in their
/// numbers are two documents, never one.
/// </summary>
public static class TextFingerprint
{
    /// <summary>Lines at a page's top and bottom that may be a running header or footer.</summary>
    private const int EdgeLines = 2;

    /// <summary>The fingerprint as 16 hex digits (64 bits of a SHA-256 of the normalised words); empty for a text without words.</summary>
    public static string Of(IReadOnlyList<string> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var words = new StringBuilder();
        var running = RunningLines(pages);
        foreach (var page in pages)
        {
            var lines = page.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var atEdge = i < EdgeLines || i >= lines.Length - EdgeLines;
                if (atEdge && (running.Contains(Shape(lines[i])) || IsPageNumber(lines[i])) && pages.Count > 1)
                {
                    continue;
                }

                AppendWords(words, lines[i]);
            }
        }

        if (words.Length == 0)
        {
            return string.Empty;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(words.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    /// <summary>The fingerprint as the number kept in doc values, where searches compare it cheaply.</summary>
    public static long ToNumber(string fingerprint) =>
        BinaryPrimitives.ReadInt64BigEndian(Convert.FromHexString(fingerprint));

    /// <summary>Lines (by <see cref="Shape"/>) at the edges of more than one page: headers and footers.</summary>
    private static HashSet<string> RunningLines(IReadOnlyList<string> pages)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var lines = page.Split('\n');
            var edges = lines.Take(EdgeLines).Concat(lines.Skip(Math.Max(EdgeLines, lines.Length - EdgeLines)));
            foreach (var shape in edges.Select(Shape).Where(shape => shape.Length > 0).Distinct(StringComparer.Ordinal))
            {
                seen[shape] = seen.GetValueOrDefault(shape) + 1;
            }
        }

        return [.. seen.Where(line => line.Value > 1).Select(line => line.Key)];
    }

    /// <summary>A line's words with every digit as '#', so "Side 2 af 4" and "Side 3 af 4" are one running line.</summary>
    private static string Shape(string line)
    {
        var words = new StringBuilder();
        AppendWords(words, line);
        for (var i = 0; i < words.Length; i++)
        {
            if (char.IsDigit(words[i]))
            {
                words[i] = '#';
            }
        }

        return words.ToString();
    }

    /// <summary>A line holding a page number alone ("3", "- 3 -", "Side 3", "3/4"), which only a paged format prints.</summary>
    private static bool IsPageNumber(string line)
    {
        var shape = Shape(line);
        return shape.Length > 0 && shape.Replace("side", string.Empty, StringComparison.Ordinal)
            .Replace("af", string.Empty, StringComparison.Ordinal)
            .All(c => c is '#' or ' ');
    }

    /// <summary>Appends the line's words (runs of letters and digits), lower case, each followed by one space.</summary>
    private static void AppendWords(StringBuilder words, string line)
    {
        var inWord = false;
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                words.Append(char.ToLower(c, CultureInfo.InvariantCulture));
                inWord = true;
            }
            else if (inWord)
            {
                words.Append(' ');
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Append(' ');
        }
    }
}
