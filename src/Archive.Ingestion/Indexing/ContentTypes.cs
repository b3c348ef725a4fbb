using Archive.Ingestion.Extraction;

namespace Archive.Ingestion.Indexing;

/// <summary>The media type a file is served with, from its detected format and, within an Office family, its extension.</summary>
internal static class ContentTypes
{
    public static string For(FileFormat format, string fileName) => format switch
    {
        FileFormat.Pdf => "application/pdf",
        FileFormat.PlainText => "text/plain; charset=utf-8",
        FileFormat.Docx => Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".docm" => "application/vnd.ms-word.document.macroEnabled.12",
            ".dotx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            ".dotm" => "application/vnd.ms-word.template.macroEnabled.12",
            _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        },
        FileFormat.OpenDocumentText => Path.GetExtension(fileName).Equals(".ott", StringComparison.OrdinalIgnoreCase)
            ? "application/vnd.oasis.opendocument.text-template"
            : "application/vnd.oasis.opendocument.text",
        FileFormat.Xlsx => Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".xlsm" => "application/vnd.ms-excel.sheet.macroEnabled.12",
            ".xltx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
            ".xltm" => "application/vnd.ms-excel.template.macroEnabled.12",
            _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        },
        FileFormat.Pptx => Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".pptm" => "application/vnd.ms-powerpoint.presentation.macroEnabled.12",
            ".ppsx" => "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
            ".ppsm" => "application/vnd.ms-powerpoint.slideshow.macroEnabled.12",
            ".potx" => "application/vnd.openxmlformats-officedocument.presentationml.template",
            ".potm" => "application/vnd.ms-powerpoint.template.macroEnabled.12",
            _ => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        },
        // No charset: the page's bytes are served as they are, and the browser reads the charset the page declares.
        FileFormat.Html => Path.GetExtension(fileName).Equals(".xhtml", StringComparison.OrdinalIgnoreCase) ? "application/xhtml+xml" : "text/html",
        FileFormat.Email => "message/rfc822",
        FileFormat.LegacyWord => "application/msword",
        FileFormat.Rtf => "application/rtf",
        FileFormat.WordPerfect => "application/vnd.wordperfect",
        FileFormat.LegacyExcel => "application/vnd.ms-excel",
        FileFormat.LegacyPowerPoint => "application/vnd.ms-powerpoint",
        FileFormat.OpenDocumentSpreadsheet => "application/vnd.oasis.opendocument.spreadsheet",
        FileFormat.OpenDocumentPresentation => "application/vnd.oasis.opendocument.presentation",
        FileFormat.Image => Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".tif" or ".tiff" => "image/tiff",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".png" => "image/png",
            _ => "application/octet-stream",
        },
        _ => "application/octet-stream",
    };
}
