namespace Archive.Ingestion.Extraction.Email;

/// <summary>What a message's headers say about it.</summary>
/// <param name="Sender">The From header as written: "Bent Jensen &lt;bent.jensen@slagelse.dk&gt;", or the address alone.</param>
/// <param name="SenderDomain">The domain of the sender's address (slagelse.dk), which may name a municipality.</param>
/// <param name="Recipients">The To header's recipients, each as written.</param>
/// <param name="Date">The Date header, when the message has a readable one.</param>
internal sealed record EmailHeaders(string? Sender, string? SenderDomain, IReadOnlyList<string> Recipients, DateTimeOffset? Date);
