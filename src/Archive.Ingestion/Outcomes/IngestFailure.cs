using System.Text.Json.Serialization;

namespace Archive.Ingestion.Outcomes;

/// <summary>A file that could not be ingested, with the state it had, so that it is retried once it changes.</summary>
public sealed record IngestFailure(
    string Path,
    FailureReason Reason,
    string Message,
    DateTimeOffset FailedAt,
    long Size,
    long ModifiedUtcTicks,
    string SidecarStamp)
{
    /// <summary>The reason as the failure list, the command line and the API write it: "no-text-layer" …</summary>
    [JsonIgnore]
    public string ReasonName => FailureNames.Of(Reason);
}
