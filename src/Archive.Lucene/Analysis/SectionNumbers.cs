using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Pattern;

namespace Archive.Lucene.Analysis;

/// <summary>
/// A section of a law, "§ 18" (or "§18", "§§ 107", "§ 85a"), is one term, §18: a search for § 18 must not find
/// "18 kommuner". The standard tokenizer drops the sign, so before it the sign and the spaces after it become a
/// connector character the tokenizer keeps at the front of a word (‿18, as it keeps _18), and after it
/// <see cref="SectionSignFilter"/> writes the term as §18. The unit ends with the number and a letter glued to it:
/// "stk. 2" after it is words of its own.
/// </summary>
public static partial class SectionNumbers
{
    /// <summary>What stands for the sign between the char filter and <see cref="SectionSignFilter"/>; no council text uses it.</summary>
    internal const char Connector = '\u203F';

    /// <summary>The text as the tokenizer must read it: every section sign joined to its number.</summary>
    public static TextReader JoinForTokenizer(TextReader reader) => new PatternReplaceCharFilter(SignBeforeNumber(), Connector + "$1", reader);

    /// <summary>A typed query with its sections written as one word (§ 18 → §18), so they are searched as one term.</summary>
    public static string JoinInQuery(string query) => SignBeforeNumber().Replace(query, "§$1");

    // The first digit is matched, not looked ahead at: the char filter replaces each match by matching its text
    // again, alone, where a look-ahead finds nothing.
    [GeneratedRegex(@"§+\s*(\d)")]
    private static partial Regex SignBeforeNumber();
}
