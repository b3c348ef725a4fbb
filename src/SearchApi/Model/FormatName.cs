namespace Archive.SearchApi.Model;

/// <summary>
/// A file's format as a reader names it ("PDF", "DOCX", "TXT"): its extension in capitals. A PDF is named by its
/// content type, which comes from its bytes, so a PDF saved without an extension is still called PDF.
/// </summary>
public static class FormatName
{
    public static string Of(string fileName, string contentType)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (contentType is "application/pdf")
        {
            return "PDF";
        }

        var extension = Path.GetExtension(fileName);
        return extension.Length > 1 ? extension[1..].ToUpperInvariant() : "FIL";
    }
}
