using System.Text;
using Archive.Ingestion.Extraction.Email;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Extraction;

/// <summary>What the bytes of a file are: a supported format, or a classified refusal.</summary>
internal sealed record FormatDetection(FileFormat? Format, FailureReason? Reason, string Description)
{
    public static FormatDetection Supported(FileFormat format, string description) => new(format, null, description);

    public static FormatDetection Refused(FailureReason reason, string description) => new(null, reason, description);
}

/// <summary>
/// Recognises a file's format from its bytes, not from its name. The name only sharpens the message (a text file
/// named .pdf is reported as "not a PDF" instead of being indexed as text) and, for text that does not start like a
/// web page, says whether it is one (a page saved as .html is read as HTML, whatever it starts with).
/// </summary>
internal static class FormatDetector
{
    private const int HeadLength = 8192;

    private static readonly string[] PdfExtensions = [".pdf"];
    private static readonly string[] WordExtensions = [".docx", ".docm", ".dotx", ".dotm"];
    private static readonly string[] ExcelExtensions = [".xlsx", ".xlsm", ".xltx", ".xltm"];
    private static readonly string[] PowerPointExtensions = [".pptx", ".pptm", ".ppsx", ".ppsm", ".potx", ".potm"];
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];

    // The tags WHATWG MIME Sniffing takes as the start of an HTML page, and <meta>, which fragments saved by editors start with.
    private static readonly string[] PageStartTags =
        ["<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT", "<TABLE", "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P", "<META"];
    private static readonly string[] BinaryDocumentExtensions = [".pdf", ".docx", ".docm", ".dotx", ".dotm", ".doc", ".dot", ".odt", ".rtf", ".xlsx", ".xlsm", ".xltx", ".xltm", ".pptx", ".pptm", ".ppsx", ".ppsm", ".potx", ".potm", ".xls", ".ppt", ".wpd", ".ods", ".odp"];

    /// <summary>Why an Outlook .msg is not read, and what to do instead.</summary>
    public const string OutlookMessageRefusal =
        "Outlook .msg messages are not supported; save the message as .eml instead (Outlook on the web and the new Outlook: … → Save as / Download; Thunderbird: File → Save As → File; Apple Mail: File → Save As → Raw Message Source), or print it to PDF and add its attachments as files of their own";

    public static FormatDetection Detect(ReadOnlySpan<byte> content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (content.IsEmpty)
        {
            return FormatDetection.Refused(FailureReason.Empty, "the file is empty (0 bytes)");
        }

        var head = content[..Math.Min(content.Length, HeadLength)];

        // PDF readers accept junk before the header, so look for it in the first kilobyte, not only at 0.
        if (head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return FormatDetection.Supported(FileFormat.Pdf, "PDF");
        }

        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8))
        {
            return DetectZip(content, extension);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return DetectCompoundFile(content, extension);
        }

        if (head.StartsWith(@"{\rtf"u8))
        {
            return FormatDetection.Supported(FileFormat.Rtf, "RTF");
        }

        // WordPerfect 6 and later start with the "WPC" signature.
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, (byte)'W', (byte)'P', (byte)'C']))
        {
            return FormatDetection.Supported(FileFormat.WordPerfect, "WordPerfect");
        }

        if (DescribeImage(head) is { } image)
        {
            // Scans and faxes come as TIFF, JPEG or PNG: read by OCR. Other pictures are not letters.
            return image is "GIF"
                ? FormatDetection.Refused(FailureReason.UnsupportedFormat, "GIF image; the archive reads scans as TIFF, JPEG, PNG or PDF")
                : FormatDetection.Supported(FileFormat.Image, $"{image} image");
        }

        if (LooksLikeText(head))
        {
            if (MessageHeaders.Start(head, namedAsMessage: extension == ".eml"))
            {
                return FormatDetection.Supported(FileFormat.Email, "e-mail message");
            }

            switch (SniffMarkup(head))
            {
                case Markup.Html:
                    return FormatDetection.Supported(FileFormat.Html, "HTML");
                case Markup.OtherXml:
                    return FormatDetection.Refused(FailureReason.UnsupportedFormat, "XML other than XHTML is not supported; save it as PDF or text");
                default:
                    break;
            }

            // Text saved under a web page's name is read as a page: a browser would show it as one.
            if (HtmlExtensions.Contains(extension))
            {
                return FormatDetection.Supported(FileFormat.Html, "HTML");
            }

            if (extension == ".eml")
            {
                return FormatDetection.Refused(FailureReason.Corrupt, "not an e-mail message: the file is named .eml but does not start with a message's headers (From:, Date:, Subject: …)");
            }

            return BinaryDocumentExtensions.Contains(extension)
                ? FormatDetection.Refused(FailureReason.Corrupt, $"not a {ExtensionName(extension)}: the file is named {extension} but holds plain text")
                : FormatDetection.Supported(FileFormat.PlainText, "plain text");
        }

        if (PdfExtensions.Contains(extension) || WordExtensions.Contains(extension) || ExcelExtensions.Contains(extension) || PowerPointExtensions.Contains(extension))
        {
            return FormatDetection.Refused(FailureReason.Corrupt, $"not a {ExtensionName(extension)}: the bytes match no known document format");
        }

        return FormatDetection.Refused(FailureReason.UnsupportedFormat, "unrecognised binary format; the archive reads PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument text (.odt), web pages (.html), e-mail (.eml), text and scans (TIFF, JPEG, PNG), and with LibreOffice legacy Office (.doc, .xls, .ppt), RTF, WordPerfect and OpenDocument spreadsheets and presentations");
    }

    /// <summary>
    /// For an extractor handed bytes directly: the detector's own refusal when the bytes are not
    /// <paramref name="expected"/>, else null, so a file is classified the same way however it reaches an extractor.
    /// </summary>
    public static ExtractionFailedException? Mismatch(ReadOnlySpan<byte> content, FileFormat expected, string formatName)
    {
        var detection = Detect(content, string.Empty);
        if (detection.Format == expected)
        {
            return null;
        }

        return detection.Reason is { } reason
            ? new ExtractionFailedException(reason, detection.Description)
            : new ExtractionFailedException(FailureReason.UnsupportedFormat, $"not a {formatName}: the file is {detection.Description}");
    }

    private static FormatDetection DetectZip(ReadOnlySpan<byte> content, string extension)
    {
        // OpenDocument stores its "mimetype" entry first and uncompressed, so the type is readable in place.
        if (OpenDocumentType(content[..Math.Min(content.Length, 256)]) is { } openDocument)
        {
            return openDocument switch
            {
                "text" or "text-template" => FormatDetection.Supported(FileFormat.OpenDocumentText, "OpenDocument text"),
                "spreadsheet" or "spreadsheet-template" => FormatDetection.Supported(FileFormat.OpenDocumentSpreadsheet, "OpenDocument spreadsheet"),
                "presentation" or "presentation-template" => FormatDetection.Supported(FileFormat.OpenDocumentPresentation, "OpenDocument presentation"),
                _ => FormatDetection.Refused(FailureReason.UnsupportedFormat, $"OpenDocument {openDocument} files are not supported (text, spreadsheets and presentations are); save it as PDF"),
            };
        }

        // The folder of the main part tells the Office formats apart (word/, xl/, ppt/), as Office itself names them.
        var names = ZipEntryNames.TopLevel(content);
        if (names.Contains("word"))
        {
            return FormatDetection.Supported(FileFormat.Docx, "Word (OOXML)");
        }

        if (names.Contains("xl"))
        {
            return FormatDetection.Supported(FileFormat.Xlsx, "Excel workbook (OOXML)");
        }

        if (names.Contains("ppt"))
        {
            return FormatDetection.Supported(FileFormat.Pptx, "PowerPoint presentation (OOXML)");
        }

        // Any other Office (OPC) package is handed to the Word reader, which says precisely what is missing.
        if (names.Contains("[Content_Types].xml") || WordExtensions.Contains(extension))
        {
            return FormatDetection.Supported(FileFormat.Docx, "Word (OOXML)");
        }

        return FormatDetection.Refused(FailureReason.UnsupportedFormat, "ZIP archive; unpack it into the inbox instead");
    }

    /// <summary>What follows "application/vnd.oasis.opendocument." ("text", "spreadsheet" …), or null.</summary>
    private static string? OpenDocumentType(ReadOnlySpan<byte> start)
    {
        var prefix = "application/vnd.oasis.opendocument."u8;
        var at = start.IndexOf(prefix);
        if (at < 0)
        {
            return null;
        }

        var rest = start[(at + prefix.Length)..];
        var length = 0;
        while (length < rest.Length && (char.IsAsciiLetterLower((char)rest[length]) || rest[length] == '-'))
        {
            length++;
        }

        return Encoding.ASCII.GetString(rest[..length]);
    }

    private static FormatDetection DetectCompoundFile(ReadOnlySpan<byte> content, string extension)
    {
        // A password-protected .docx, .xlsx or .pptx is an OLE2 compound file holding an "EncryptedPackage" stream;
        // stream names are UTF-16LE in the directory sectors. Nothing unencrypted says which program made it, so the name does.
        if (content.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0)
        {
            return FormatDetection.Refused(FailureReason.Encrypted, $"the {EncryptedPackageName(extension)} is password-protected; remove the password and add it again");
        }

        // Outlook keeps a message's properties in streams named "__substg1.0_…".
        if (extension == ".msg" || content.IndexOf(Encoding.Unicode.GetBytes("__substg1.0_")) >= 0)
        {
            return FormatDetection.Refused(FailureReason.UnsupportedFormat, OutlookMessageRefusal);
        }

        // The main stream's name says which program wrote the file: Word, Excel (BIFF8) or PowerPoint 97-2003.
        if (content.IndexOf(Encoding.Unicode.GetBytes("WordDocument")) >= 0)
        {
            return FormatDetection.Supported(FileFormat.LegacyWord, "legacy Word 97-2003 .doc");
        }

        if (content.IndexOf(Encoding.Unicode.GetBytes("Workbook")) >= 0)
        {
            return FormatDetection.Supported(FileFormat.LegacyExcel, "legacy Excel 97-2003 .xls");
        }

        return content.IndexOf(Encoding.Unicode.GetBytes("PowerPoint Document")) >= 0
            ? FormatDetection.Supported(FileFormat.LegacyPowerPoint, "legacy PowerPoint 97-2003 .ppt")
            : FormatDetection.Refused(FailureReason.UnsupportedFormat, "Office (OLE2) file of an unknown kind is not supported; save it as PDF");
    }

    private static string? DescribeImage(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
        {
            return "PNG";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "JPEG";
        }

        if (head.StartsWith("GIF8"u8))
        {
            return "GIF";
        }

        return head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) ? "TIFF" : null;
    }

    /// <summary>Text has no NUL bytes (unless it is UTF-16 with a BOM) and few control characters.</summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return false;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D))
            {
                controls++;
            }
        }

        return controls * 100 <= head.Length;
    }

    private enum Markup
    {
        None,
        Html,
        OtherXml,
    }

    /// <summary>
    /// Tells a web page from text by how it starts, as browsers sniff a page sent without a type (WHATWG MIME
    /// Sniffing, "text/html"): after white space, one of the tags a page starts with (&lt;!DOCTYPE html&gt;, &lt;html&gt;,
    /// &lt;head&gt;, &lt;body&gt;, &lt;p&gt;, &lt;div&gt;, &lt;table&gt;, &lt;h1&gt;, a comment …) followed by a space or '&gt;'. An XML
    /// declaration is XHTML when an &lt;html&gt; element follows, else other XML.
    /// </summary>
    private static Markup SniffMarkup(ReadOnlySpan<byte> head)
    {
        var text = DecodeStart(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '\f');
        if (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            return text.Contains("<html", StringComparison.OrdinalIgnoreCase) ? Markup.Html : Markup.OtherXml;
        }

        if (text.StartsWith("<!--", StringComparison.Ordinal))
        {
            return Markup.Html;
        }

        foreach (var tag in PageStartTags)
        {
            if (text.Length > tag.Length
                && text.StartsWith(tag, StringComparison.OrdinalIgnoreCase)
                && text[tag.Length] is ' ' or '>' or '/' or '\t' or '\n' or '\r' or '\f')
            {
                return Markup.Html;
            }
        }

        return Markup.None;
    }

    private static string DecodeStart(ReadOnlySpan<byte> head)
    {
        var start = head[..Math.Min(head.Length, 1024)];
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(start[2..]);
        }

        return start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode.GetString(start[2..]) : Encoding.UTF8.GetString(start);
    }

    private static string ExtensionName(string extension) => extension switch
    {
        ".pdf" => "PDF",
        ".docx" or ".docm" or ".dotx" or ".dotm" => "Word document",
        ".xlsx" or ".xlsm" or ".xltx" or ".xltm" => "Excel workbook",
        ".pptx" or ".pptm" or ".ppsx" or ".ppsm" or ".potx" or ".potm" => "PowerPoint presentation",
        _ => $"{extension.TrimStart('.').ToUpperInvariant()} file",
    };

    private static string EncryptedPackageName(string extension) =>
        WordExtensions.Contains(extension) || ExcelExtensions.Contains(extension) || PowerPointExtensions.Contains(extension)
            ? ExtensionName(extension)
            : "Office document";
}
