using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Ingestion.Extraction.Email;
using Archive.Ingestion.Outcomes;
using MimeKit;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Reads e-mail messages (.eml, message/rfc822) with MimeKit: the message's text is its headers as a reader sees them
/// (Fra, Til, Dato, Emne), its plain-text body, else its HTML body through the archive's HTML reader, and a closing
/// line naming the files it carries. The files themselves are handed on as <see cref="ExtractedText.Carried"/>, for
/// <see cref="TextExtraction"/> to read each as a file of its own. The subject is the title.
/// </summary>
internal sealed partial class EmailTextExtractor : ITextExtractor
{
    /// <summary>The most MIME parts one message may have: thousands of tiny parts are an attack, not a letter.</summary>
    public const int MaxParts = 1_000;

    /// <summary>The most attachments one message may carry.</summary>
    public const int MaxAttachments = 100;

    /// <summary>How the closing line of a message's text begins: the names of its attachments follow.</summary>
    public const string AttachmentsLine = "Vedhæftede filer: ";

    public FileFormat Format => FileFormat.Email;

    public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        // The extractor trusts the caller no further than the detector would a file named .eml.
        if (!MessageHeaders.Start(content.AsSpan(0, Math.Min(content.Length, 8192)), namedAsMessage: true))
        {
            throw new ExtractionFailedException(FailureReason.Corrupt, "not an e-mail message: it does not start with a message's headers (From:, Date:, Subject: …)");
        }

        MimeMessage message;
        try
        {
            message = MimeMessage.Load(MessageAttachments.ParserOptions, new MemoryStream(content, writable: false), cancellationToken);
        }
        catch (FormatException exception)
        {
            throw new ExtractionFailedException(FailureReason.Corrupt, $"the e-mail message could not be read: {exception.Message}", exception);
        }

        using (message)
        {
            var parts = message.BodyParts.Take(MaxParts + 1).Count();
            if (parts > MaxParts)
            {
                throw new ExtractionFailedException(FailureReason.TooLarge, string.Create(CultureInfo.InvariantCulture, $"the e-mail message has more than {MaxParts:N0} parts, more than any real message"));
            }

            var attachments = MessageAttachments.Of(message);
            if (attachments.Count > MaxAttachments)
            {
                throw new ExtractionFailedException(FailureReason.TooLarge, $"the e-mail message carries {attachments.Count} attachments; at most {MaxAttachments} are read from one message");
            }

            var headers = Headers(message);
            var body = Body(message, cancellationToken);
            var carried = attachments.Select((attachment, index) => new CarriedFile(index + 1, MessageAttachments.NameOf(attachment, index + 1), MessageAttachments.ContentOf(attachment, cancellationToken))).ToList();
            var subject = Subject(message.Subject);
            if (headers.Sender is null && headers.Date is null && subject is null && body.Length == 0 && carried.Count == 0)
            {
                throw new ExtractionFailedException(FailureReason.Corrupt, "the e-mail message has neither a sender, a date, a subject, a body nor attachments that can be read");
            }

            var text = new StringBuilder(HeaderBlock(headers, subject));
            text.Append('\n').Append(body);
            if (carried.Count > 0)
            {
                text.Append("\n\n").Append(AttachmentsLine).AppendJoin(", ", carried.Select(file => file.FileName));
            }

            return new ExtractedText([TextNormalizer.Normalize(text.ToString())], subject) { Email = headers, Carried = carried };
        }
    }

    /// <summary>
    /// The plain-text body, else the HTML body's text, else the text of a multipart whose boundary never comes (all of
    /// it is then the preamble, which mail programs would show); empty when the message has none of these.
    /// </summary>
    private static string Body(MimeMessage message, CancellationToken cancellationToken)
    {
        if (message.TextBody is { } plain && !string.IsNullOrWhiteSpace(plain))
        {
            return plain;
        }

        if (message.HtmlBody is { } markup && !string.IsNullOrWhiteSpace(markup))
        {
            return string.Join('\n', HtmlTextExtractor.Read(markup, cancellationToken).Pages);
        }

        return message.Body is Multipart { Count: 0, Preamble: { } preamble } ? preamble : string.Empty;
    }

    private static EmailHeaders Headers(MimeMessage message)
    {
        var sender = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        var date = message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue ? message.Date : (DateTimeOffset?)null;
        return new EmailHeaders(
            sender is null ? null : AsWritten(sender),
            sender?.Domain is { Length: > 0 } domain ? domain.ToLowerInvariant() : null,
            [.. message.To.Mailboxes.Select(AsWritten)],
            date);
    }

    /// <summary>"Bent Jensen &lt;bent.jensen@slagelse.dk&gt;", or the address alone when it has no name.</summary>
    private static string AsWritten(MailboxAddress mailbox) =>
        string.IsNullOrWhiteSpace(mailbox.Name) ? mailbox.Address : $"{mailbox.Name.Trim()} <{mailbox.Address}>";

    /// <summary>The headers as a printed message shows them, in Danish, so that the page reads like the letter and its sender is searchable.</summary>
    private static string HeaderBlock(EmailHeaders headers, string? subject)
    {
        var block = new StringBuilder();
        if (headers.Sender is { } sender)
        {
            block.Append("Fra: ").Append(sender).Append('\n');
        }

        if (headers.Recipients.Count > 0)
        {
            block.Append("Til: ").AppendJoin(", ", headers.Recipients).Append('\n');
        }

        if (headers.Date is { } date)
        {
            block.Append("Dato: ").Append(date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append('\n');
        }

        if (subject is not null)
        {
            block.Append("Emne: ").Append(subject).Append('\n');
        }

        return block.ToString();
    }

    /// <summary>The subject without the marks replies and forwards add ("SV: ", "Fwd: ", "VS: "), or null when blank.</summary>
    private static string? Subject(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }

        var cleaned = ReplyMarks().Replace(subject, string.Empty).Trim();
        return EmbeddedTitle.Clean(cleaned.Length > 0 ? cleaned : subject);
    }

    [GeneratedRegex(@"^(\s*(re|sv|aw|fw|fwd|vs|vid|wg)\s*(\[\d+\])?\s*:\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyMarks();
}
