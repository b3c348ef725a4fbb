using Archive.Ingestion.Extraction;
using Archive.Ingestion.Metadata.Councils;
using Archive.Ingestion.Metadata.Dates;
using Archive.Ingestion.Metadata.Letters;
using Archive.Ingestion.Metadata.Municipalities;
using Archive.Ingestion.Metadata.Topics;
using Archive.Ingestion.Metadata.Types;
using Archive.Lucene;

namespace Archive.Ingestion.Metadata;

/// <summary>
/// Decides a document's metadata in four layers, each overriding the one before field by field: what the text says,
/// what the source address says (its host names the municipality), the folder's <c>metadata.csv</c> row, and the
/// file's sidecar. Every value set records where it came from.
/// </summary>
internal static class MetadataBuilder
{
    /// <summary>How much text the rules read: letterheads, date lines and signatures sit in the first pages.</summary>
    private const int RuleTextLength = 30_000;

    public static DocumentMetadata Build(ExtractedText text, string fileName, Sidecar? sidecar, Sidecar? folderCsv = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sourceUrl = sidecar?.Metadata.SourceUrl ?? folderCsv?.Metadata.SourceUrl;
        var fromText = FromText(text, fileName, sourceUrl);
        var fromUrl = WithSourceUrl(fromText, sourceUrl);
        var fromCsv = folderCsv is null ? fromUrl : Override(fromUrl, folderCsv.Metadata);
        return sidecar is null ? fromCsv : Override(fromCsv, sidecar.Metadata);
    }

    private static DocumentMetadata FromText(ExtractedText text, string fileName, string? sourceUrl)
    {
        var fullText = string.Join('\n', text.Pages);
        var ruleText = fullText.Length > RuleTextLength ? fullText[..RuleTextLength] : fullText;
        var provenance = new Dictionary<string, string>();
        T? Record<T>(string field, Finding<T>? finding)
        {
            if (finding is null)
            {
                return default;
            }

            provenance[field] = finding.Source;
            return finding.Value;
        }

        var title = Record(ArchiveFields.Title, TitleFinder.Find(text, fileName));
        var type = DocumentTypeClassifier.Classify(ruleText, title, sourceUrl);

        // A newspaper is not a council: a news item names councils, it is not written by one.
        var councilFound = type.Value == DocumentTypes.News ? null : CouncilFinder.Find(ruleText, sourceUrl, isPolicy: type.Value == DocumentTypes.Policy);
        var council = Record(ArchiveFields.Council, councilFound);

        // A national body (Rådet for Socialt Udsatte, KL, a ministry) writes about many municipalities and belongs to
        // none: only its own letterhead or signature can tie its paper to one.
        var municipalityFound = MunicipalityFinder.Default.Find(ruleText);
        if (CouncilNames.IsNational(council) && municipalityFound is { Source: "text:mentions" })
        {
            municipalityFound = null;
        }

        // A postal address ties a paper to a town only when a local body wrote it: ministries and national
        // organisations have addresses too.
        if (municipalityFound is { Source: "text:address" } && (council is null || CouncilNames.IsNational(council)))
        {
            municipalityFound = null;
        }

        var municipality = Record(ArchiveFields.Municipality, municipalityFound);
        var letter = LetterHeaderFinder.Find(ruleText);
        var topics = TopicClassifier.Default.Classify(fullText, title);
        if (topics.Count > 0)
        {
            provenance[ArchiveFields.Topic] = "text:topic-words";
        }

        return new DocumentMetadata
        {
            Title = title,
            Council = council,
            Municipality = municipality,
            Date = Record(ArchiveFields.Date, DocumentDateFinder.Find(ruleText, sourceUrl)),
            Type = Record(ArchiveFields.Type, type),
            Topics = topics,
            CaseNumber = Record(ArchiveFields.CaseNumber, CaseNumberFinder.Find(ruleText)),
            Recipient = Record(ArchiveFields.Recipient, letter.Recipient),
            Signatory = Record(ArchiveFields.Signatory, letter.Signatory),
            Provenance = provenance,
        };
    }

    /// <summary>
    /// A municipality's own web host is better evidence of the author than any name in the text. A local paper's
    /// host or a regional paper's section (fyens.dk/kerteminde/) only fills in what the text does not say.
    /// </summary>
    private static DocumentMetadata WithSourceUrl(DocumentMetadata extracted, string? sourceUrl)
    {
        var gazetteer = MunicipalityGazetteer.Default;
        var (municipality, source) = gazetteer.FindByHost(sourceUrl) is { } host
            ? (host, "url:host")
            : (extracted.Municipality is null && !CouncilNames.IsNational(extracted.Council) ? gazetteer.FindNamedInAddress(sourceUrl) : null, "url:named");
        if (municipality is null)
        {
            return extracted;
        }

        var provenance = new Dictionary<string, string>(extracted.Provenance) { [ArchiveFields.Municipality] = source };
        return extracted with { Municipality = municipality.Name, Provenance = provenance };
    }

    private static DocumentMetadata Override(DocumentMetadata extracted, DocumentMetadata overrides)
    {
        var provenance = new Dictionary<string, string>(extracted.Provenance);
        foreach (var (field, source) in overrides.Provenance)
        {
            provenance[field] = source;
        }

        return new DocumentMetadata
        {
            Title = overrides.Title ?? extracted.Title,
            Council = overrides.Council ?? extracted.Council,
            Municipality = overrides.Municipality ?? extracted.Municipality,
            Date = overrides.Date ?? extracted.Date,
            Type = overrides.Type ?? extracted.Type,
            Topics = overrides.Provenance.ContainsKey(ArchiveFields.Topic) ? overrides.Topics : extracted.Topics,
            CaseNumber = overrides.CaseNumber ?? extracted.CaseNumber,
            Recipient = overrides.Recipient ?? extracted.Recipient,
            Signatory = overrides.Signatory ?? extracted.Signatory,
            SourceUrl = overrides.SourceUrl ?? extracted.SourceUrl,
            Provenance = provenance,
        };
    }
}
