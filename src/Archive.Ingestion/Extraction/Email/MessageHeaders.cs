using System.Text;

namespace Archive.Ingestion.Extraction.Email;

/// <summary>
/// Tells an e-mail message (RFC 5322, as saved in .eml files and sent as message/rfc822) from text by how it starts:
/// every line up to the first blank one is a header field ("Name: value") or its continuation, and at least two of
/// them are fields every mail program writes (From, To, Date, Subject …); one is enough for a file named .eml.
/// </summary>
internal static class MessageHeaders
{
    private static readonly HashSet<string> MessageFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "From", "To", "Cc", "Date", "Subject", "MIME-Version", "Message-ID", "Received", "Return-Path", "Reply-To",
        "Sender", "Delivered-To", "X-Mailer", "Thread-Topic", "In-Reply-To", "References", "Content-Type",
    };

    private static readonly HashSet<string> SenderOrTransportFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "From", "Date", "Subject", "Message-ID", "Received", "Return-Path", "MIME-Version",
    };

    public static bool Start(ReadOnlySpan<byte> head, bool namedAsMessage)
    {
        // Header fields are ASCII; Latin-1 keeps every byte one character, so a stray 8-bit byte cannot hide a line end.
        var lines = Encoding.Latin1.GetString(head).Split('\n');
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var complete = lines.Length - 1;
        for (var i = 0; i < complete; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                break;
            }

            if (line[0] is ' ' or '\t')
            {
                if (i == 0)
                {
                    return false;
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !line.AsSpan(0, colon).ContainsOnlyFieldNameCharacters())
            {
                return false;
            }

            var name = line[..colon];
            if (MessageFields.Contains(name))
            {
                known.Add(name);
            }
        }

        return known.Any(SenderOrTransportFields.Contains) && known.Count >= (namedAsMessage ? 1 : 2);
    }

    /// <summary>RFC 5322 field names: printable ASCII without space or colon.</summary>
    private static bool ContainsOnlyFieldNameCharacters(this ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
