using MimeKit;

namespace Archive.Testing;

/// <summary>Builds real e-mail messages (.eml bytes) with MimeKit, as a mail program saves them.</summary>
public sealed class EmailBuilder
{
    private readonly BodyBuilder _body = new();
    private readonly List<MimeEntity> _extraParts = [];
    private string _from = "Udsatterådet <udsatteraadet@slagelse.dk>";
    private string _to = "Socialudvalget <socialudvalget@kk.dk>";
    private string _subject = "Høringssvar";
    private DateTimeOffset? _date = new DateTimeOffset(2017, 10, 12, 14, 30, 0, TimeSpan.FromHours(2));

    public static EmailBuilder Create() => new();

    public EmailBuilder From(string from)
    {
        _from = from;
        return this;
    }

    public EmailBuilder To(string to)
    {
        _to = to;
        return this;
    }

    public EmailBuilder Subject(string subject)
    {
        _subject = subject;
        return this;
    }

    public EmailBuilder Date(DateTimeOffset? date)
    {
        _date = date;
        return this;
    }

    public EmailBuilder Text(string text)
    {
        _body.TextBody = text;
        return this;
    }

    public EmailBuilder Html(string html)
    {
        _body.HtmlBody = html;
        return this;
    }

    public EmailBuilder Attach(string fileName, byte[] content)
    {
        _body.Attachments.Add(fileName, content);
        return this;
    }

    /// <summary>Attaches a whole message, as a forward "as attachment" does (message/rfc822).</summary>
    public EmailBuilder AttachMessage(byte[] message)
    {
        _extraParts.Add(new MessagePart { Message = MimeMessage.Load(new MemoryStream(message)) });
        return this;
    }

    public MimeMessage Message()
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_from));
        message.To.Add(MailboxAddress.Parse(_to));
        message.Subject = _subject;
        if (_date is { } date)
        {
            message.Date = date;
        }
        else
        {
            message.Headers.Remove(HeaderId.Date);
        }

        var body = _body.ToMessageBody();
        if (_extraParts.Count > 0)
        {
            var mixed = body is Multipart { ContentType.MediaSubtype: "mixed" } existing ? existing : new Multipart("mixed") { body };
            foreach (var part in _extraParts)
            {
                mixed.Add(part);
            }

            body = mixed;
        }

        message.Body = body;
        return message;
    }

    public byte[] Build()
    {
        using var message = Message();
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }
}
