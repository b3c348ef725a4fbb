namespace Archive.Ingestion.Extraction.Email;

/// <summary>A file a message carries, decoded from its transfer encoding.</summary>
/// <param name="Number">Its place among the message's attachments, from 1 (see <see cref="MessageAttachments"/>).</param>
/// <param name="FileName">The name the message gives it.</param>
/// <param name="Content">Its bytes.</param>
internal sealed record CarriedFile(int Number, string FileName, byte[] Content);
