using System.ComponentModel;
using System.Text.Json.Serialization;
using Archive.Lucene;

namespace Archive.SearchApi.Model;

[Description("A document: all metadata (one property per metadata field), where each field came from, and its text page by page.")]
public sealed record DocumentResponse(
    string Id,
    [property: Description("SHA-256 of the content; identical files are one document.")] string Sha256,
    string FileName,
    [property: Description("Names of every file holding this content (folders are not shown).")] IReadOnlyList<string> FileNames,
    string ContentType,
    int PageCount,
    DateTimeOffset IngestedAt,
    [property: Description("For each metadata field, where its value came from: a text rule (text:…), the source URL (url:…), the file's properties, a sidecar or metadata.csv.")] IReadOnlyDictionary<string, string> Provenance,
    IReadOnlyList<PageResponse> Pages,
    [property: Description("The number of the first page in pages.")] int FromPage,
    [property: Description("Where the next part of a long document starts (ask again with fromPage); null when pages reach the last page.")] int? NextFromPage)
{
    /// <summary>The most page text one answer carries: a long document comes in parts, so no answer grows without end.</summary>
    public const int MaxCharacters = 2_000_000;

    /// <summary>How many pages from <paramref name="first"/> fit in one answer (at least one).</summary>
    public static int PagesThatFit(ArchiveDocument document, int first)
    {
        ArgumentNullException.ThrowIfNull(document);
        var count = 0;
        var characters = 0L;
        foreach (var page in document.Pages.Skip(first - 1))
        {
            characters += page.Length;
            if (count > 0 && characters > MaxCharacters)
            {
                break;
            }

            count++;
        }

        return count;
    }

    [Description("For an attachment of an e-mail: the message it came with; null for a file of its own.")]
    public LinkedDocumentResponse? PartOf { get; init; }

    [Description("For an e-mail: the attachments it carries, each a document of its own, in the order of the message; empty otherwise.")]
    public IReadOnlyList<LinkedDocumentResponse> Attachments { get; init; } = [];

    /// <summary>The metadata fields, written as properties of this object (see <see cref="MetadataJson"/>).</summary>
    [JsonExtensionData]
    public IDictionary<string, object?> Metadata { get; init; } = new Dictionary<string, object?>();

    [Description("The file's format: PDF, DOCX, TXT …")]
    public string Format => FormatName.Of(FileName, ContentType);

    [Description("Other documents with the same text in other files (usually other formats).")]
    public IReadOnlyList<CopyResponse> AlsoAs { get; init; } = [];

    /// <param name="first">The first page to include (1-based).</param>
    /// <param name="count">How many pages to include.</param>
    /// <param name="markedPages">Each included page as HTML with a query's matches marked, in page order; null without a query.</param>
    public static DocumentResponse From(ArchiveDocument document, int first = 1, int? count = null, IReadOnlyList<string>? markedPages = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentResponse(
            document.Id,
            document.Sha256,
            document.FileName,
            [.. document.Files.Select(file => Path.GetFileName(file.Path)).Distinct(StringComparer.Ordinal)],
            document.ContentType,
            document.PageCount,
            document.IngestedAt,
            document.Metadata.Provenance,
            [.. document.Pages.Skip(first - 1).Take(count ?? document.Pages.Count).Select((text, index) => new PageResponse(first + index, text, markedPages?[index]))],
            first,
            first - 1 + (count ?? document.Pages.Count) < document.Pages.Count ? first + (count ?? document.Pages.Count) : null)
        {
            Metadata = MetadataJson.Of(document.Metadata),
        };
    }
}

[Description("A document linked to another: an e-mail and the attachments it carries.")]
public sealed record LinkedDocumentResponse(string Id, string? Title, string FileName, string ContentType)
{
    public static LinkedDocumentResponse From(ArchiveDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document.Id, document.Metadata.Title, document.FileName, document.ContentType);
    }
}

public sealed record PageResponse(
    int Page,
    string Text,
    [property: Description("Only with q: the text HTML-escaped, line breaks kept, the query's matches in <mark>.")]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    string? Html = null);

[Description("Documents similar to one document.")]
public sealed record SimilarResponse(string Id, int Total, IReadOnlyList<HitResponse> Hits);

[Description("Scanned documents waiting for OCR.")]
public sealed record OcrQueueResponse(
    [property: Description("Documents with pages waiting for OCR, those being read included; they are searchable with the text they have meanwhile.")] int Waiting,
    [property: Description("Why OCR cannot run and what to install (tesseract-ocr, tesseract-ocr-dan, poppler-utils); null when it can, or when another process ingests.")] string? Missing);

[Description("A file that could not be ingested.")]
public sealed record FailureResponse(
    [property: Description("Path relative to the inbox.")] string Path,
    [property: Description("encrypted, corrupt, unsupported-format, empty, no-text-layer, too-large, timed-out, unreadable, symlink, needs-converter or needs-ocr.")] string Reason,
    string Message,
    DateTimeOffset FailedAt);

public sealed record FailuresResponse(int Total, IReadOnlyList<FailureResponse> Failures);

[Description("An accepted upload: the id its document will have, and the state.")]
public sealed record UploadResponse(string Id, string FileName, [property: Description("queued: the worker ingests it within seconds.")] string Status);
