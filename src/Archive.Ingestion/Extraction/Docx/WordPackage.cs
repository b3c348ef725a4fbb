using System.IO.Packaging;
using System.Xml;
using Archive.Ingestion.Outcomes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Ingestion.Extraction.Docx;

/// <summary>
/// A Word package opened read-only with the Open XML SDK. It hands out the parts that hold the document's
/// text (the main document, the headers and footers its sections name, the footnotes, the endnotes) and the
/// core properties, each as a forward-only XML reader over the part's stream. Macros, pictures and every
/// other part are never read, and no part is parsed into the SDK's object model.
/// </summary>
/// <remarks>
/// <para>
/// The parts are reached through the SDK's typed parts: <see cref="WordprocessingDocument.MainDocumentPart"/>,
/// <see cref="OpenXmlPartContainer.TryGetPartById"/>, <see cref="MainDocumentPart.FootnotesPart"/> and so on.
/// </para>
/// <para>
/// The SDK builds those from the relationships and gives up ("Specified part does not exist in the package")
/// as soon as one relationship of the package or of the main part points at a part missing from the ZIP, such
/// as a picture a converter left out. Parsing a part into the object model
/// (<c>MainDocumentPart.Document</c>) even walks the relationships of every part, so there a missing picture
/// in a header is enough; the template other/60316b.dotx is such a file. Word opens these files, so the
/// typed parts are only used when the SDK can build them. Otherwise, and when only its content type marks
/// the main part (no package relationship points at it), the same parts are reached through the relationships
/// of the underlying <see cref="Package"/>, skipping the targets that do not exist.
/// </para>
/// </remarks>
internal sealed class WordPackage : IDisposable
{
    public const string NoMainPartMessage = "not a Word document: the package has no main document part";

    private static readonly HashSet<string> WordMainContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    };

    private readonly Package _package;
    private readonly WordprocessingDocument _document;

    // Exactly one of the two is set: the SDK's typed main part, or the package part found without it.
    private readonly MainDocumentPart? _typedMain;
    private readonly PackagePart? _untypedMain;

    private readonly XmlReaderSettings _xmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        // Whitespace between elements is layout of the XML, not text; w:t with xml:space="preserve" still keeps its spaces.
        IgnoreWhitespace = true,
        CloseInput = true,
        NameTable = new NameTable(),
    };

    private WordPackage(Package package, WordprocessingDocument document, MainDocumentPart? typedMain, PackagePart? untypedMain)
    {
        _package = package;
        _document = document;
        _typedMain = typedMain;
        _untypedMain = untypedMain;
    }

    /// <summary>Opens the package and finds its main document part.</summary>
    /// <exception cref="ExtractionFailedException">
    /// The parts together declare more than <paramref name="maxExpandedBytes"/> (<see cref="FailureReason.TooLarge"/>),
    /// the package has no Word main part (<see cref="FailureReason.Corrupt"/>), or its main part belongs to
    /// another Office format (<see cref="FailureReason.UnsupportedFormat"/>).
    /// </exception>
    /// <remarks>A damaged ZIP or package throws the SDK's or the runtime's own exception; the caller classifies it.</remarks>
    public static WordPackage Open(byte[] content, long maxExpandedBytes)
    {
        PackageExpansion.ThrowIfBeyond(content, maxExpandedBytes, "the Word file");

        // The package is opened first and handed to the SDK, so that the parts stay reachable when the SDK's typed view fails.
        var package = Package.Open(new MemoryStream(content, writable: false), FileMode.Open, FileAccess.Read);
        WordprocessingDocument? document = null;
        try
        {
            document = WordprocessingDocument.Open(package, new OpenSettings
            {
                AutoSave = false,
                // The walker chooses between the branches of mc:AlternateContent itself, so they must stay as stored.
                MarkupCompatibilityProcessSettings = new MarkupCompatibilityProcessSettings(
                    MarkupCompatibilityProcessMode.NoProcess, FileFormatVersions.Office2007),
            });

            var typedMain = TypedMainPart(document);
            return typedMain is not null
                ? new WordPackage(package, document, typedMain, null)
                : new WordPackage(package, document, null, FindMainPart(package));
        }
        catch
        {
            document?.Dispose();
            package.Close();
            throw;
        }
    }

    /// <summary>The main document part.</summary>
    public XmlReader OpenMainPart() =>
        OpenXml(_typedMain is not null ? _typedMain.GetStream(FileMode.Open, FileAccess.Read) : _untypedMain!.GetStream(FileMode.Open, FileAccess.Read));

    /// <summary>The part that the main part's relationship <paramref name="relationshipId"/> (a header or footer) names, or null.</summary>
    public XmlReader? OpenReferencedPart(string relationshipId)
    {
        if (_typedMain is not null)
        {
            return _typedMain.TryGetPartById(relationshipId, out var part) ? OpenXml(part) : null;
        }

        return _untypedMain!.RelationshipExists(relationshipId)
            ? OpenTarget(_untypedMain.GetRelationship(relationshipId))
            : null;
    }

    /// <summary>The footnotes part, or null when the document has none.</summary>
    public XmlReader? OpenFootnotes() =>
        _typedMain is not null ? OpenXml(_typedMain.FootnotesPart) : OpenFirstTarget(_untypedMain!.GetRelationships(), "footnotes");

    /// <summary>The endnotes part, or null when the document has none.</summary>
    public XmlReader? OpenEndnotes() =>
        _typedMain is not null ? OpenXml(_typedMain.EndnotesPart) : OpenFirstTarget(_untypedMain!.GetRelationships(), "endnotes");

    /// <summary>The style definitions part (styles.xml), or null when the document has none.</summary>
    public XmlReader? OpenStyles() =>
        _typedMain is not null ? OpenXml(_typedMain.StyleDefinitionsPart) : OpenFirstTarget(_untypedMain!.GetRelationships(), "styles");

    /// <summary>The core properties part (docProps/core.xml), or null when the package has none.</summary>
    public XmlReader? OpenCoreProperties() =>
        _typedMain is not null ? OpenXml(_document.CoreFilePropertiesPart) : OpenFirstTarget(_package.GetRelationships(), "core-properties");

    public void Dispose()
    {
        _document.Dispose();
        _package.Close();
    }

    /// <summary>The SDK's main document part, or null when the SDK cannot give a usable one.</summary>
    private static MainDocumentPart? TypedMainPart(WordprocessingDocument document)
    {
        try
        {
            var main = document.MainDocumentPart;
            if (main is null || !IsWordOrGeneric(main.ContentType))
            {
                return null;
            }

            // Loads the main part's relationships now, so that a dangling one shows here and not halfway through reading.
            _ = main.Parts.Count();
            return main;
        }
        catch (Exception ex) when (ex is InvalidOperationException or OpenXmlPackageException)
        {
            // A relationship points at a part that is not in the package (see the remarks on the class).
            return null;
        }
    }

    /// <summary>
    /// Finds the main part without the SDK's typed view: the target of the package's officeDocument relationship,
    /// else a part declared with a Word main content type (some converters leave the relationship out).
    /// </summary>
    private static PackagePart FindMainPart(Package package)
    {
        foreach (var relationship in package.GetRelationships().Where(r => HasType(r, "officeDocument")))
        {
            if (TargetPart(package, relationship) is not { } part)
            {
                continue;
            }

            if (IsWordOrGeneric(part.ContentType))
            {
                return part;
            }

            ThrowIfOtherOfficeFormat(part.ContentType);
        }

        return package.GetParts().FirstOrDefault(part => WordMainContentTypes.Contains(part.ContentType))
            ?? throw new ExtractionFailedException(FailureReason.Corrupt, NoMainPartMessage);
    }

    // A main part declared only as generic XML is judged by its root element when it is walked.
    private static bool IsWordOrGeneric(string contentType) =>
        WordMainContentTypes.Contains(contentType)
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

    /// <summary>Relationship types differ between transitional and strict documents only in their prefix.</summary>
    private static bool HasType(PackageRelationship relationship, string lastSegment) =>
        relationship.TargetMode == TargetMode.Internal
        && relationship.RelationshipType.EndsWith("/" + lastSegment, StringComparison.OrdinalIgnoreCase);

    /// <summary>The part a relationship points at, or null when it is external, malformed or missing from the package.</summary>
    private static PackagePart? TargetPart(Package package, PackageRelationship relationship)
    {
        if (relationship.TargetMode != TargetMode.Internal)
        {
            return null;
        }

        try
        {
            var partUri = PackUriHelper.ResolvePartUri(relationship.SourceUri, relationship.TargetUri);
            return package.PartExists(partUri) ? package.GetPart(partUri) : null;
        }
        catch (ArgumentException)
        {
            // The target is not a valid part name.
            return null;
        }
    }

    private XmlReader? OpenFirstTarget(PackageRelationshipCollection relationships, string relationshipType) =>
        relationships
            .Where(relationship => HasType(relationship, relationshipType))
            .Select(relationship => TargetPart(_package, relationship))
            .FirstOrDefault(part => part is not null) is { } target
            ? OpenXml(target.GetStream(FileMode.Open, FileAccess.Read))
            : null;

    private XmlReader? OpenTarget(PackageRelationship relationship) =>
        TargetPart(_package, relationship) is { } part ? OpenXml(part.GetStream(FileMode.Open, FileAccess.Read)) : null;

    private XmlReader? OpenXml(OpenXmlPart? part) => part is null ? null : OpenXml(part.GetStream(FileMode.Open, FileAccess.Read));

    private XmlReader OpenXml(Stream stream) => XmlReader.Create(stream, _xmlSettings);
}
