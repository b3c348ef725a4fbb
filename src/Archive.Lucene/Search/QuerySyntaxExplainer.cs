using System.Text.RegularExpressions;
using Lucene.Net.QueryParsers.Classic;

namespace Archive.Lucene.Search;

/// <summary>
/// Turns the parser's grammar report ("Encountered &lt;EOF&gt; at line 1, column 7. Was expecting one of …")
/// into what a searcher can act on.
/// </summary>
internal static partial class QuerySyntaxExplainer
{
    public static SearchProblem Explain(string query, ParseException exception)
    {
        if (query.Count(c => c == '"') % 2 == 1)
        {
            return SearchProblem.UnclosedQuote();
        }

        var depth = 0;
        foreach (var c in query)
        {
            depth += c switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth < 0)
            {
                return SearchProblem.UnopenedParenthesis();
            }
        }

        if (depth > 0)
        {
            return SearchProblem.UnclosedParenthesis();
        }

        var trimmed = query.Trim();
        if (DanglingOperator().Match(trimmed) is { Success: true } dangling)
        {
            return SearchProblem.DanglingOperator(dangling.Groups["op"].Value);
        }

        if (exception.Message.Contains("'*' or '?' not allowed as first character", StringComparison.Ordinal))
        {
            return SearchProblem.LeadingWildcard();
        }

        if (trimmed.EndsWith(':') || EmptyField().IsMatch(trimmed))
        {
            return SearchProblem.EmptyField();
        }

        var column = Column().Match(exception.Message);
        return SearchProblem.UnreadableQuery(column.Success ? column.Groups[1].Value : null);
    }

    [GeneratedRegex(@"^(?<op>AND|OR|NOT|&&|\|\|)\b|(?:^|\s)(?<op>AND|OR|NOT|&&|\|\|)$|(?<op>AND|OR|NOT)\s+(AND|OR|NOT)\b")]
    private static partial Regex DanglingOperator();

    [GeneratedRegex(@"\w:\s")]
    private static partial Regex EmptyField();

    [GeneratedRegex(@"column (\d+)")]
    private static partial Regex Column();
}
