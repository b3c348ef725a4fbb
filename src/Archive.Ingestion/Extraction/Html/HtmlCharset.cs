using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Ingestion.Extraction.Html;

/// <summary>
/// Decodes an HTML file as a browser would without a server's header: a byte order mark first, then the charset the
/// page declares in its first 1,024 bytes (<c>&lt;meta charset&gt;</c>, <c>&lt;meta http-equiv="Content-Type"&gt;</c> or an
/// XML declaration), and otherwise UTF-8, falling back to Windows-1252 when the bytes are not valid UTF-8 (old Danish
/// pages saved without a declaration).
/// </summary>
internal static partial class HtmlCharset
{
    // The HTML standard looks for the declaration in the first 1,024 bytes only.
    private const int PrescanLength = 1024;

    static HtmlCharset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string Decode(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var span = content.AsSpan();
        var hasByteOrderMark = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
            || span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!hasByteOrderMark && Declared(span[..Math.Min(span.Length, PrescanLength)]) is { } declared)
        {
            return declared.GetString(span);
        }

        return PlainTextExtractor.Decode(content);
    }

    /// <summary>The encoding the page's start declares, or null when it declares none the runtime knows.</summary>
    internal static Encoding? Declared(ReadOnlySpan<byte> start)
    {
        // Latin-1 maps every byte to one character, so the ASCII of the markup is read whatever the encoding is.
        var head = Encoding.Latin1.GetString(start);
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            match = XmlEncoding().Match(head);
        }

        return match.Success ? ForLabel(match.Groups["label"].Value) : null;
    }

    /// <summary>
    /// The encoding for a label, following the WHATWG Encoding standard where it differs from the runtime's names:
    /// "iso-8859-1", "latin1" and "us-ascii" mean Windows-1252, and a page that claims UTF-16 in its markup cannot be
    /// (its markup would not be readable as ASCII), so it is UTF-8.
    /// </summary>
    private static Encoding? ForLabel(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        if (name is "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "x-cp1252" or "windows-1252")
        {
            return Encoding.GetEncoding(1252);
        }

        if (name.StartsWith("utf-16", StringComparison.Ordinal) || name is "utf8" or "unicode-1-1-utf-8")
        {
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            // A label no encoding answers to: decode as if nothing were declared.
            return null;
        }
    }

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*(?<label>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*<\?xml\b[^>]*?encoding\s*=\s*[""'](?<label>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();
}
