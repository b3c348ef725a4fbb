using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Extraction;

/// <summary>The result of reading one file's text: the text, or why there is none.</summary>
internal sealed record ExtractionOutcome
{
    private ExtractionOutcome()
    {
    }

    public ExtractedText? Text { get; private init; }

    public FileFormat? Format { get; private init; }

    public FailureReason? FailureReason { get; private init; }

    public string Message { get; private init; } = string.Empty;

    public bool Succeeded => Text is not null;

    public static ExtractionOutcome Success(FileFormat format, ExtractedText text) =>
        new() { Format = format, Text = text, Message = "ok" };

    public static ExtractionOutcome Failure(FailureReason reason, string message, FileFormat? format = null) =>
        new() { FailureReason = reason, Message = message, Format = format };
}
