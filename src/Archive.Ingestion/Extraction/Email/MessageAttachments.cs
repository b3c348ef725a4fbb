using MimeKit;

namespace Archive.Ingestion.Extraction.Email;

/// <summary>
/// Which parts of a message are its attachments, and in what order: the one numbering that indexing (an attachment's
/// document) and serving (an attachment's file) share. Attachment N is the N-th in the order the message's MIME tree
/// is written.
/// </summary>
internal static class MessageAttachments
{
    /// <summary>How deep the parser follows nested multiparts before it treats a part as a leaf: deeper is hostile.</summary>
    internal const int MaxMimeDepth = 32;

    /// <summary>
    /// The attachments of <paramref name="message"/>: attached messages, parts marked as attachments, and named parts
    /// that are not pictures placed in the HTML body (a signature's logo is part of the letter, not a file it carries).
    /// </summary>
    internal static IReadOnlyList<MimeEntity> Of(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return [.. message.BodyParts.Where(IsAttachment)];
    }

    /// <summary>The name an attachment is given: its own file name, or a name made from its place and kind.</summary>
    internal static string NameOf(MimeEntity attachment, int number) => attachment switch
    {
        MimePart { FileName: { Length: > 0 } name } => Path.GetFileName(name.Replace('\\', '/')),
        MessagePart { Message.Subject: { Length: > 0 } subject } => $"{subject}.eml",
        MessagePart => $"vedhæftet-besked-{number}.eml",
        _ => $"bilag-{number}",
    };

    /// <summary>The bytes of an attachment as a file: a part's decoded content, an attached message as an .eml.</summary>
    internal static byte[] ContentOf(MimeEntity attachment, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        switch (attachment)
        {
            case MimePart { Content: { } content }:
                content.DecodeTo(buffer, cancellationToken);
                break;
            case MessagePart { Message: { } message }:
                message.WriteTo(buffer, cancellationToken);
                break;
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Reads the attachment at <paramref name="numbers"/> ([2] is the message's second attachment, [2, 1] the first
    /// attachment of the message attached second) out of a message file; null when there is none.
    /// </summary>
    internal static (string FileName, byte[] Content)? Read(Stream message, IReadOnlyList<int> numbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        if (numbers.Count == 0)
        {
            return null;
        }

        using var current = MimeMessage.Load(ParserOptions, message, cancellationToken);
        var attachments = Of(current);
        var number = numbers[0];
        if (number < 1 || number > attachments.Count)
        {
            return null;
        }

        var attachment = attachments[number - 1];
        if (numbers.Count == 1)
        {
            return (NameOf(attachment, number), ContentOf(attachment, cancellationToken));
        }

        if (attachment is not MessagePart)
        {
            return null;
        }

        using var nested = new MemoryStream(ContentOf(attachment, cancellationToken), writable: false);
        return Read(nested, [.. numbers.Skip(1)], cancellationToken);
    }

    /// <summary>How the archive parses a message: with a bound on MIME nesting, so that no message can overflow the stack.</summary>
    internal static ParserOptions ParserOptions { get; } = new() { MaxMimeDepth = MaxMimeDepth };

    private static bool IsAttachment(MimeEntity entity) => entity switch
    {
        MessagePart => true,
        MimePart part when part.IsAttachment => true,
        MimePart { FileName.Length: > 0 } part => !IsPictureInBody(part),
        _ => false,
    };

    private static bool IsPictureInBody(MimePart part) =>
        part.ContentType.MediaType.Equals("image", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(part.ContentId);
}
