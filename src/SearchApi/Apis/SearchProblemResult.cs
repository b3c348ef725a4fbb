using Archive.Lucene.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.SearchApi.Apis;

/// <summary>
/// The 400 for refused search parameters: the English messages by parameter, as every validation problem has them,
/// and the first problem's code and values as members of the problem, for a program or the web page to word itself.
/// </summary>
internal static class SearchProblemResult
{
    public static ValidationProblem For(IReadOnlyList<(string Parameter, SearchProblem Problem)> problems, string title, string? detail = null)
    {
        var errors = problems
            .GroupBy(problem => problem.Parameter, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(problem => problem.Problem.Message).ToArray(), StringComparer.Ordinal);
        var first = problems[0].Problem;
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = first.Code };
        foreach (var (name, value) in first.Values)
        {
            extensions[name] = value;
        }

        return TypedResults.ValidationProblem(errors, detail: detail, title: title, extensions: extensions);
    }

    public static ValidationProblem For(string parameter, SearchProblem problem, string title, string? detail = null) =>
        For([(parameter, problem)], title, detail);
}
