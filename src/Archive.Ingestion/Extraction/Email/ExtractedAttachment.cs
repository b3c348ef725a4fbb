namespace Archive.Ingestion.Extraction.Email;

/// <summary>The text of one attachment of a message, read like a file of its own.</summary>
/// <param name="Number">Its place among the message's attachments, from 1.</param>
/// <param name="FileName">The name the message gives it.</param>
/// <param name="Sha256">The hash of its bytes.</param>
/// <param name="Format">The format its bytes are in.</param>
/// <param name="Text">Its text (and, for a message attached to a message, that message's own attachments).</param>
internal sealed record ExtractedAttachment(int Number, string FileName, string Sha256, FileFormat Format, ExtractedText Text);
