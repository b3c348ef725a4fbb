using System.Text.Json;

namespace Archive.Ingestion.Outcomes;

/// <summary>The names failure reasons go by in the failure log, the command line and the API: "no-text-layer" …</summary>
internal static class FailureNames
{
    public static string Of(FailureReason reason) => JsonNamingPolicy.KebabCaseLower.ConvertName(reason.ToString());
}
