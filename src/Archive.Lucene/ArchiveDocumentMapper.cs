using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Lucene;

/// <summary>
/// Turns an <see cref="ArchiveDocument"/> into a Lucene document and back. The only place that knows
/// how each field is indexed, stored and given doc values.
/// </summary>
public static class ArchiveDocumentMapper
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Document ToLucene(ArchiveDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var metadata = document.Metadata;
        var lucene = new Document
        {
            new StringField(ArchiveFields.Id, document.Id, Field.Store.YES),
            new StringField(ArchiveFields.Sha256, document.Sha256, Field.Store.YES),
            new StoredField(ArchiveFields.Files, JsonSerializer.Serialize(document.Files, Json)),
            new StringField(ArchiveFields.FileName, document.FileName, Field.Store.YES),
            new StoredField(ArchiveFields.ContentType, document.ContentType),
            new StoredField(ArchiveFields.PageCount, document.PageCount),
            new StoredField(ArchiveFields.IngestedAt, document.IngestedAt.ToUnixTimeMilliseconds()),
            new NumericDocValuesField(ArchiveFields.IngestedAt, document.IngestedAt.ToUnixTimeMilliseconds()),
            new StoredField(ArchiveFields.Provenance, JsonSerializer.Serialize(metadata.Provenance, Json)),
        };

        foreach (var file in document.Files)
        {
            lucene.Add(new StringField(ArchiveFields.Path, file.Path, Field.Store.YES));
        }

        if (metadata.Title is { } title)
        {
            lucene.Add(new TextField(ArchiveFields.Title, title, Field.Store.YES));
            lucene.Add(new TextField(ArchiveFields.TitleParts, title, Field.Store.NO));
        }

        AddFacet(lucene, ArchiveFields.Council, ArchiveFields.CouncilText, metadata.Council);
        AddFacet(lucene, ArchiveFields.Municipality, ArchiveFields.MunicipalityText, metadata.Municipality);
        AddFacet(lucene, ArchiveFields.Type, ArchiveFields.TypeText, metadata.Type);
        foreach (var topic in metadata.Topics.Distinct(StringComparer.Ordinal))
        {
            AddFacet(lucene, ArchiveFields.Topic, ArchiveFields.TopicText, topic);
        }

        AddMetadataText(lucene, metadata);

        if (metadata.Date is { } date)
        {
            lucene.Add(new StoredField(ArchiveFields.Date, date.IsoDate));
            lucene.Add(new StoredField(ArchiveFields.DatePrecision, date.PrecisionName));
            lucene.Add(new Int32Field(ArchiveFields.DateNumber, date.Number, Field.Store.NO));
            lucene.Add(new NumericDocValuesField(ArchiveFields.DateNumber, date.Number));
            AddFacet(lucene, ArchiveFields.Year, textField: null, date.Value.Year.ToString(CultureInfo.InvariantCulture));
        }

        AddExact(lucene, ArchiveFields.CaseNumber, metadata.CaseNumber);
        AddText(lucene, ArchiveFields.Recipient, metadata.Recipient);
        AddText(lucene, ArchiveFields.Signatory, metadata.Signatory);
        if (metadata.SourceUrl is { } sourceUrl)
        {
            lucene.Add(new StoredField(ArchiveFields.SourceUrl, sourceUrl));
        }

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
            Files = ReadFiles(lucene),
            FileName = lucene.Get(ArchiveFields.FileName) ?? string.Empty,
            ContentType = lucene.Get(ArchiveFields.ContentType) ?? string.Empty,
            IngestedAt = DateTimeOffset.FromUnixTimeMilliseconds(lucene.GetField(ArchiveFields.IngestedAt)?.GetInt64Value() ?? 0),
            Pages = lucene.GetValues(ArchiveFields.Text),
            PageCount = lucene.GetField(ArchiveFields.PageCount)?.GetInt32Value() ?? lucene.GetValues(ArchiveFields.Text).Length,
            Metadata = new DocumentMetadata
            {
                Title = lucene.Get(ArchiveFields.Title),
                Council = lucene.Get(ArchiveFields.Council),
                Municipality = lucene.Get(ArchiveFields.Municipality),
                Date = DocumentDate.FromStored(lucene.Get(ArchiveFields.Date), lucene.Get(ArchiveFields.DatePrecision)),
                Type = lucene.Get(ArchiveFields.Type),
                Topics = lucene.GetValues(ArchiveFields.Topic),
                CaseNumber = lucene.Get(ArchiveFields.CaseNumber),
                Recipient = lucene.Get(ArchiveFields.Recipient),
                Signatory = lucene.Get(ArchiveFields.Signatory),
                SourceUrl = lucene.Get(ArchiveFields.SourceUrl),
                Provenance = provenance,
            },
        };
    }

    /// <summary>Reads only the file list of a stored document (cheap: used to rebuild the catalog at start-up).</summary>
    public static IReadOnlyList<ArchiveFile> ReadFiles(Document lucene)
    {
        ArgumentNullException.ThrowIfNull(lucene);
        var json = lucene.Get(ArchiveFields.Files);
        return json is null ? [] : JsonSerializer.Deserialize<List<ArchiveFile>>(json, Json) ?? [];
    }

    /// <summary>An exact, stored value that is also counted as a facet and, when named, searchable as analyzed text.</summary>
    private static void AddFacet(Document lucene, string field, string? textField, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        lucene.Add(new StringField(field, value, Field.Store.YES));
        lucene.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        if (textField is not null)
        {
            lucene.Add(new TextField(textField, value, Field.Store.NO));
        }
    }

    /// <summary>
    /// The names a searcher may type among ordinary words. "Kommune" is left out of municipality names:
    /// nearly every document has one, so the word would make any query about a municipality match them all.
    /// </summary>
    private static void AddMetadataText(Document lucene, DocumentMetadata metadata)
    {
        var names = new List<string?> { metadata.Council, WithoutKommune(metadata.Municipality), metadata.Type };
        names.AddRange(metadata.Topics);
        foreach (var name in names)
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                lucene.Add(new TextField(ArchiveFields.MetadataText, name, Field.Store.NO));
            }
        }
    }

    private static string? WithoutKommune(string? municipality)
    {
        if (municipality is null)
        {
            return null;
        }

        foreach (var suffix in (string[])[" Regionskommune", " Kommune"])
        {
            if (municipality.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return municipality[..^suffix.Length];
            }
        }

        return municipality;
    }

    private static void AddExact(Document lucene, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            lucene.Add(new StringField(field, value, Field.Store.YES));
        }
    }

    private static void AddText(Document lucene, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            lucene.Add(new TextField(field, value, Field.Store.YES));
        }
    }

    private sealed class MetadataOnlyVisitor : DocumentStoredFieldVisitor
    {
        public override Status NeedsField(FieldInfo fieldInfo) =>
            fieldInfo?.Name == ArchiveFields.Text ? Status.NO : Status.YES;
    }
}
