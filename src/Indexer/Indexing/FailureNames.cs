using System.Text.Json;
using Archive.Indexer.Extraction;

namespace Archive.Indexer.Indexing;

/// <summary>The names failure reasons go by in the failure log, the command line and the API: "no-text-layer" …</summary>
public static class FailureNames
{
    public static string Of(FailureReason reason) => JsonNamingPolicy.KebabCaseLower.ConvertName(reason.ToString());
}
