namespace Archive.Ingestion.Metadata;

/// <summary>A metadata value read from a document, with the rule or source that found it (its provenance).</summary>
/// <param name="Value">The value in its canonical form.</param>
/// <param name="Source">Where it came from, e.g. "text:signature", "url:host", "sidecar".</param>
internal sealed record Finding<T>(T Value, string Source);
