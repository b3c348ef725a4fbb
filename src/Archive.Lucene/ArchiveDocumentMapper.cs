using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Lucene;

/// <summary>
/// Turns an <see cref="ArchiveDocument"/> into a Lucene document and back. The only place that knows how each
/// field is indexed, stored and given doc values; metadata fields follow their <see cref="MetadataStorage"/>.
/// </summary>
public static class ArchiveDocumentMapper
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The longest value Lucene keeps in binary doc values; a longer catalog entry is read from the stored fields.</summary>
    private const int MaxCatalogEntryBytes = 32_766;

    /// <summary>The one value of <see cref="ArchiveFields.OcrPending"/>; a term query for it lists the OCR queue.</summary>
    public const string OcrPendingValue = "true";

    public static Document ToLucene(ArchiveDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var metadata = document.Metadata;
        var files = JsonSerializer.Serialize(document.Files, Json);
        var lucene = new Document
        {
            new StringField(ArchiveFields.Id, document.Id, Field.Store.YES),
            new StringField(ArchiveFields.Sha256, document.Sha256, Field.Store.YES),
            new StringField(ArchiveFields.SourceSha256, document.SourceSha256, Field.Store.YES),
            new StoredField(ArchiveFields.Files, files),
            new StringField(ArchiveFields.FileName, document.FileName, Field.Store.YES),
            new StoredField(ArchiveFields.ContentType, document.ContentType),
            new StoredField(ArchiveFields.PageCount, document.PageCount),
            new StoredField(ArchiveFields.IngestedAt, document.IngestedAt.ToUnixTimeMilliseconds()),
            new NumericDocValuesField(ArchiveFields.IngestedAt, document.IngestedAt.ToUnixTimeMilliseconds()),
            new StoredField(ArchiveFields.Provenance, JsonSerializer.Serialize(metadata.Provenance, Json)),
        };

        if (TextFingerprint.Of(document.Pages) is { Length: > 0 } fingerprint)
        {
            lucene.Add(new StringField(ArchiveFields.TextFingerprint, fingerprint, Field.Store.YES));
            lucene.Add(new NumericDocValuesField(ArchiveFields.TextFingerprint, TextFingerprint.ToNumber(fingerprint)));
        }

        if (document.AwaitsOcr)
        {
            lucene.Add(new StringField(ArchiveFields.OcrPending, OcrPendingValue, Field.Store.NO));
        }

        foreach (var file in document.Files)
        {
            lucene.Add(new StringField(ArchiveFields.Path, file.Path, Field.Store.YES));
        }

        if (document.PartOf is { } message)
        {
            // An attachment is in the catalog through its message: its files are the message's.
            lucene.Add(new StringField(ArchiveFields.PartOf, message, Field.Store.YES));
            lucene.Add(new StoredField(ArchiveFields.Attachment, document.Attachment ?? string.Empty));
        }
        else
        {
            var catalogEntry = new BytesRef(document.Sha256 + "\n" + files);
            if (catalogEntry.Length <= MaxCatalogEntryBytes)
            {
                lucene.Add(new BinaryDocValuesField(ArchiveFields.Catalog, catalogEntry));
            }
        }

        foreach (var field in MetadataFields.All)
        {
            AddMetadata(lucene, field, metadata.ValuesOf(field));
        }

        AddMetadataText(lucene, metadata);

        foreach (var page in document.Pages)
        {
            // One text, three analyses (see DanishArchiveAnalyzer): searches rank exact forms, then inflections,
            // then compound parts. Only the stemmed field stores the page.
            lucene.Add(new TextField(ArchiveFields.Text, page, Field.Store.YES));
            lucene.Add(new TextField(ArchiveFields.TextExact, page, Field.Store.NO));
            lucene.Add(new TextField(ArchiveFields.TextParts, page, Field.Store.NO));
        }

        return lucene;
    }

    /// <summary>
    /// Reads every stored field but the text: what a result row or a feed entry needs, without the pages.
    /// Pass to <c>IndexSearcher.Doc(doc, visitor)</c> and take <c>visitor.Document</c>.
    /// </summary>
    public static DocumentStoredFieldVisitor WithoutText() => new MetadataOnlyVisitor();

    /// <summary>The document as stored; when it was loaded <see cref="WithoutText"/>, without its pages.</summary>
    public static ArchiveDocument FromLucene(Document lucene)
    {
        ArgumentNullException.ThrowIfNull(lucene);
        var provenance = JsonSerializer.Deserialize<Dictionary<string, string>>(lucene.Get(ArchiveFields.Provenance) ?? "{}", Json) ?? [];
        return new ArchiveDocument
        {
            Id = lucene.Get(ArchiveFields.Id),
            Sha256 = lucene.Get(ArchiveFields.Sha256),
            SourceSha256 = lucene.Get(ArchiveFields.SourceSha256) ?? lucene.Get(ArchiveFields.Sha256),
            PartOf = lucene.Get(ArchiveFields.PartOf),
            Attachment = lucene.Get(ArchiveFields.Attachment),
            Files = ReadFiles(lucene),
            FileName = lucene.Get(ArchiveFields.FileName) ?? string.Empty,
            ContentType = lucene.Get(ArchiveFields.ContentType) ?? string.Empty,
            IngestedAt = DateTimeOffset.FromUnixTimeMilliseconds(lucene.GetField(ArchiveFields.IngestedAt)?.GetInt64Value() ?? 0),
            Pages = lucene.GetValues(ArchiveFields.Text),
            PageCount = lucene.GetField(ArchiveFields.PageCount)?.GetInt32Value() ?? lucene.GetValues(ArchiveFields.Text).Length,
            Metadata = ReadMetadata(lucene, provenance),
        };
    }

    /// <summary>Reads only the file list of a stored document.</summary>
    private static List<ArchiveFile> ReadFiles(Document lucene)
    {
        ArgumentNullException.ThrowIfNull(lucene);
        return ParseFiles(lucene.Get(ArchiveFields.Files));
    }

    /// <summary>
    /// The content hash and files of every live document of a segment but attachments (their message's entry stands for them): from the catalog doc values, or from the
    /// stored fields for a document without them (written before they existed, or with a file list too long).
    /// </summary>
    public static IEnumerable<(string Sha256, IReadOnlyList<ArchiveFile> Files)> ReadCatalog(AtomicReader segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var entries = segment.GetBinaryDocValues(ArchiveFields.Catalog);
        var live = segment.LiveDocs;
        var bytes = new BytesRef();
        var storedFields = new HashSet<string>(StringComparer.Ordinal) { ArchiveFields.Sha256, ArchiveFields.Files, ArchiveFields.PartOf };
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
            {
                continue;
            }

            entries?.Get(doc, bytes);
            if (entries is not null && bytes.Length > 0)
            {
                var entry = bytes.Utf8ToString();
                var newline = entry.IndexOf('\n', StringComparison.Ordinal);
                yield return (entry[..newline], ParseFiles(entry[(newline + 1)..]));
                continue;
            }

            var stored = segment.Document(doc, storedFields);
            if (stored.Get(ArchiveFields.PartOf) is not null)
            {
                continue;
            }

            yield return (stored.Get(ArchiveFields.Sha256), ReadFiles(stored));
        }
    }

    private static List<ArchiveFile> ParseFiles(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<ArchiveFile>>(json, Json) ?? [];

    /// <summary>Writes one metadata field the way its <see cref="MetadataStorage"/> says.</summary>
    private static void AddMetadata(Document lucene, MetadataField field, IReadOnlyList<string> values)
    {
        foreach (var value in values.Where(value => !string.IsNullOrWhiteSpace(value)).Distinct(StringComparer.Ordinal))
        {
            switch (field.Storage)
            {
                case MetadataStorage.Title:
                    lucene.Add(new TextField(field.IndexField, value, Field.Store.YES));
                    lucene.Add(new TextField(ArchiveFields.TitleParts, value, Field.Store.NO));
                    break;
                case MetadataStorage.Facet:
                    AddFacet(lucene, field.IndexField, field.SearchField, value);
                    break;
                case MetadataStorage.Date when DocumentDate.TryParseIso(value) is { } date:
                    lucene.Add(new StoredField(field.IndexField, date.IsoDate));
                    lucene.Add(new StoredField(ArchiveFields.DatePrecision, date.PrecisionName));
                    lucene.Add(new Int32Field(ArchiveFields.DateNumber, date.Number, Field.Store.NO));
                    lucene.Add(new NumericDocValuesField(ArchiveFields.DateNumber, date.Number));
                    AddFacet(lucene, ArchiveFields.Year, searchField: null, date.Value.Year.ToString(CultureInfo.InvariantCulture));
                    break;
                case MetadataStorage.Exact:
                    lucene.Add(new StringField(field.IndexField, value, Field.Store.YES));
                    break;
                case MetadataStorage.Text:
                    lucene.Add(new TextField(field.IndexField, value, Field.Store.YES));
                    break;
                case MetadataStorage.Stored:
                    lucene.Add(new StoredField(field.IndexField, value));
                    break;
            }
        }
    }

    /// <summary>Reads every metadata field back as <see cref="AddMetadata"/> wrote it.</summary>
    private static DocumentMetadata ReadMetadata(Document lucene, IReadOnlyDictionary<string, string> provenance)
    {
        var values = new List<(MetadataField, IReadOnlyList<string>)>(MetadataFields.All.Count);
        foreach (var field in MetadataFields.All)
        {
            string[] stored = field.Storage == MetadataStorage.Date
                ? DocumentDate.FromStored(lucene.Get(field.IndexField), lucene.Get(ArchiveFields.DatePrecision)) is { } date ? [date.PreciseIso] : []
                : lucene.GetValues(field.IndexField);
            if (stored.Length > 0)
            {
                values.Add((field, stored));
            }
        }

        return DocumentMetadata.FromStored(values, provenance);
    }

    /// <summary>An exact, stored value that is also counted as a facet and, when named, searchable as analyzed text.</summary>
    private static void AddFacet(Document lucene, string field, string? searchField, string value)
    {
        lucene.Add(new StringField(field, value, Field.Store.YES));
        lucene.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        if (searchField is not null)
        {
            lucene.Add(new TextField(searchField, value, Field.Store.NO));
        }
    }

    /// <summary>
    /// The names a searcher may type among ordinary words: every facet's values. "Kommune" is left out of municipality
    /// names: nearly every document has one, so the word would make any query about a municipality match them all.
    /// </summary>
    private static void AddMetadataText(Document lucene, DocumentMetadata metadata)
    {
        foreach (var field in MetadataFields.Facets)
        {
            foreach (var value in metadata.ValuesOf(field).Where(value => !string.IsNullOrWhiteSpace(value)))
            {
                lucene.Add(new TextField(ArchiveFields.MetadataText, field == MetadataFields.Municipality ? WithoutKommune(value) : value, Field.Store.NO));
            }
        }
    }

    private static string WithoutKommune(string municipality)
    {
        foreach (var suffix in (string[])[" Regionskommune", " Kommune"])
        {
            if (municipality.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return municipality[..^suffix.Length];
            }
        }

        return municipality;
    }

    private sealed class MetadataOnlyVisitor : DocumentStoredFieldVisitor
    {
        public override Status NeedsField(FieldInfo fieldInfo) =>
            fieldInfo?.Name == ArchiveFields.Text ? Status.NO : Status.YES;
    }
}
