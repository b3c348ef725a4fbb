using System.Text.RegularExpressions;
using Lucene.Net.QueryParsers.Classic;

namespace Archive.Lucene.Search;

/// <summary>
/// Turns the parser's grammar report ("Encountered &lt;EOF&gt; at line 1, column 7. Was expecting one of …")
/// into what a searcher can act on.
/// </summary>
internal static partial class QuerySyntaxExplainer
{
    public static string Explain(string query, ParseException exception)
    {
        if (query.Count(c => c == '"') % 2 == 1)
        {
            return "A quotation mark is not closed: a phrase needs a \" at both ends.";
        }

        var depth = 0;
        foreach (var c in query)
        {
            depth += c switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth < 0)
            {
                return "A closing parenthesis ')' has no opening '('.";
            }
        }

        if (depth > 0)
        {
            return "A parenthesis '(' is not closed.";
        }

        var trimmed = query.Trim();
        if (DanglingOperator().Match(trimmed) is { Success: true } dangling)
        {
            return $"'{dangling.Groups["op"].Value}' needs a word on both sides.";
        }

        if (exception.Message.Contains("'*' or '?' not allowed as first character", StringComparison.Ordinal))
        {
            return "A word cannot start with * or ?: give at least its first letters (e.g. misbrug*).";
        }

        if (trimmed.EndsWith(':') || EmptyField().IsMatch(trimmed))
        {
            return "A field name needs a value after the colon, e.g. council:Udsatterådet.";
        }

        var column = Column().Match(exception.Message);
        var where = column.Success ? $" near character {column.Groups[1].Value}" : string.Empty;
        return $"The query could not be read{where}. Use words, \"phrases\", OR, -word, field:value, word* or word~; put special characters (+ - ! ( ) {{ }} [ ] ^ \" ~ * ? : \\) in quotes.";
    }

    [GeneratedRegex(@"^(?<op>AND|OR|NOT|&&|\|\|)\b|(?:^|\s)(?<op>AND|OR|NOT|&&|\|\|)$|(?<op>AND|OR|NOT)\s+(AND|OR|NOT)\b")]
    private static partial Regex DanglingOperator();

    [GeneratedRegex(@"\w:\s")]
    private static partial Regex EmptyField();

    [GeneratedRegex(@"column (\d+)")]
    private static partial Regex Column();
}
