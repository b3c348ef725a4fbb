using System.Text;

namespace Archive.Indexer.Extraction.Docx;

/// <summary>
/// Finds the main document part of a WordprocessingML package: documents (.docx), macro-enabled documents
/// (.docm) and templates (.dotx, .dotm) alike. Macros are never read; only the main part and the parts
/// it refers to are opened.
/// </summary>
internal static class MainPartLocator
{
    public const string NoMainPartMessage = "not a Word document: the package has no main document part";

    private static readonly HashSet<string> WordMainContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    };

    /// <summary>Returns the main part's name, or throws a classified failure when there is none.</summary>
    public static string Find(OfficePackage package)
    {
        var officeDocument = package.GetRelationships("/")
            .FirstOrDefault(r => !r.IsExternal && r.HasType("officeDocument") && package.Contains(r.TargetPartName));
        if (officeDocument is not null)
        {
            var contentType = package.GetContentType(officeDocument.TargetPartName);
            if (IsWordOrUnknown(contentType))
            {
                return officeDocument.TargetPartName;
            }

            ThrowIfOtherOfficeFormat(contentType!);
        }

        // No usable relationship: a part declared with a Word main content type is the document all the same.
        var declared = package.PartNames.FirstOrDefault(name => WordMainContentTypes.Contains(package.GetContentType(name) ?? string.Empty));
        if (declared is not null)
        {
            return declared;
        }

        ThrowIfOpenDocument(package);
        throw new ExtractionFailedException(FailureReason.Corrupt, NoMainPartMessage);
    }

    // A package without [Content_Types].xml, or with only the generic XML type, is judged by its root element later.
    private static bool IsWordOrUnknown(string? contentType) =>
        contentType is null
        || WordMainContentTypes.Contains(contentType)
        || contentType.Equals("application/xml", StringComparison.OrdinalIgnoreCase)
        || contentType.Equals("text/xml", StringComparison.OrdinalIgnoreCase);

    private static void ThrowIfOtherOfficeFormat(string contentType)
    {
        if (contentType.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("ms-excel", StringComparison.OrdinalIgnoreCase))
        {
            throw new ExtractionFailedException(FailureReason.UnsupportedFormat, "an Excel workbook, not a Word document");
        }

        if (contentType.Contains("presentationml", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("ms-powerpoint", StringComparison.OrdinalIgnoreCase))
        {
            throw new ExtractionFailedException(FailureReason.UnsupportedFormat, "a PowerPoint presentation, not a Word document");
        }
    }

    private static void ThrowIfOpenDocument(OfficePackage package)
    {
        const string mimetypePart = "/mimetype";
        if (!package.Contains(mimetypePart))
        {
            return;
        }

        var mimetype = Encoding.ASCII.GetString(package.ReadPrefix(mimetypePart, 100));
        if (mimetype.StartsWith("application/vnd.oasis.opendocument", StringComparison.Ordinal))
        {
            throw new ExtractionFailedException(
                FailureReason.UnsupportedFormat, $"an OpenDocument file ({mimetype.Trim()}), not a Word document");
        }
    }
}
