using Archive.Lucene.Analysis;
using Archive.SearchApi.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.SearchApi.Apis;

public static class AnalyzeApi
{
    /// <summary>Longer texts would make one request analyze a book; a query or a paragraph is what this is for.</summary>
    public const int MaxTextLength = 10_000;

    public static RouteGroupBuilder MapAnalyzeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/analyze", Analyze)
            .WithName("Analyze")
            .WithSummary("How a text is analyzed: each word's exact form, stem and compound parts")
            .WithDescription("The same analysis the index and the search use. Stop words have no stem and are not searched; compounds list the words they are made of (misbrugsbehandling → misbrug, behandling), which a search for one of them finds.");
        return api;
    }

    private static Results<Ok<AnalyzeResponse>, ValidationProblem> Analyze(string? text, AnalysisExplainer explainer)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Give the text to analyze, e.g. ?text=misbrugsbehandling."] });
        }

        if (text.Length > MaxTextLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"The text is {text.Length} characters; at most {MaxTextLength} can be analyzed at once."] });
        }

        return TypedResults.Ok(new AnalyzeResponse(text, [.. explainer.Explain(text).Select(AnalyzedWordResponse.From)]));
    }
}
