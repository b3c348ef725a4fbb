using System.Globalization;
using System.Text;
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Extraction.Email;
using Archive.Ingestion.Metadata.Councils;
using Archive.Ingestion.Metadata.Dates;
using Archive.Ingestion.Metadata.Letters;
using Archive.Ingestion.Metadata.Municipalities;
using Archive.Ingestion.Metadata.Topics;
using Archive.Ingestion.Metadata.Types;
using Archive.Lucene;

namespace Archive.Ingestion.Metadata;

/// <summary>
/// Decides a document's metadata in layers, each overriding the one before field by field: what the text says, what an
/// e-mail's headers say, what the source address says (its host names the municipality), the folder's
/// <c>metadata.csv</c> row, and the file's sidecar. An e-mail's attachment takes what its own text does not say from
/// its message. Every value set records where it came from.
/// </summary>
internal sealed class MetadataBuilder(Lazy<TopicClassifier> topicClassifier)
{
    public MetadataBuilder(TopicClassifier topicClassifier)
        : this(new Lazy<TopicClassifier>(topicClassifier))
    {
    }

    /// <summary>How much text the rules read: letterheads, date lines and signatures sit in the first pages.</summary>
    private const int RuleTextLength = 30_000;

    /// <summary>
    /// The fields an attachment takes from its message where its own text gives none: a letter attached to an e-mail
    /// was sent when, by whom and from where the e-mail was. Title, type and topics are the attachment's own.
    /// </summary>
    private static readonly MetadataField[] FromMessage =
        [MetadataFields.Date, MetadataFields.Council, MetadataFields.Municipality, MetadataFields.CaseNumber, MetadataFields.Recipient, MetadataFields.Sender, MetadataFields.SourceUrl];

    public DocumentMetadata Build(ExtractedText text, string fileName, Sidecar? sidecar, Sidecar? folderCsv = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sourceUrl = sidecar?.Metadata.SourceUrl ?? folderCsv?.Metadata.SourceUrl;
        var fromText = WithEmailHeaders(FromText(text, fileName, sourceUrl), text.Email, text.EmbeddedTitle);
        var fromUrl = WithSourceUrl(fromText, sourceUrl);
        var fromCsv = folderCsv is null ? fromUrl : fromUrl.OverriddenBy(folderCsv.Metadata);
        return sidecar is null ? fromCsv : fromCsv.OverriddenBy(sidecar.Metadata);
    }

    /// <summary>The metadata of an attachment: its own text's (and headers', for an attached message), else its message's.</summary>
    public DocumentMetadata BuildForAttachment(ExtractedText text, string fileName, DocumentMetadata message)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(message);
        var own = WithEmailHeaders(FromText(text, fileName, message.SourceUrl), text.Email, text.EmbeddedTitle);
        foreach (var field in FromMessage.Where(field => !own.Has(field) && message.Has(field)))
        {
            own = own.With(field, message.ValuesOf(field), ProvenanceSources.EmailMessage);
        }

        return own;
    }

    /// <summary>
    /// An e-mail's headers say who wrote to whom, when and about what better than its text: they set the title (the
    /// subject), date, sender and recipients. The sender's domain names a municipality (slagelse.dk) only where the text
    /// names none: a council's employee forwards letters written by others.
    /// </summary>
    private static DocumentMetadata WithEmailHeaders(DocumentMetadata fromText, EmailHeaders? email, string? subject)
    {
        if (email is null)
        {
            return fromText;
        }

        var metadata = fromText;
        if (subject is not null)
        {
            metadata = metadata.With(MetadataFields.Title, subject, ProvenanceSources.EmailHeader);
        }

        if (email.Date is { } date)
        {
            metadata = metadata.With(MetadataFields.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ProvenanceSources.EmailHeader);
        }

        metadata = metadata.With(MetadataFields.Sender, email.Sender, ProvenanceSources.EmailHeader);
        if (email.Recipients.Count > 0)
        {
            metadata = metadata.With(MetadataFields.Recipient, string.Join(", ", email.Recipients), ProvenanceSources.EmailHeader);
        }

        if (metadata.Municipality is null && MunicipalityGazetteer.Default.FindByHost(email.SenderDomain) is { } municipality)
        {
            metadata = metadata.With(MetadataFields.Municipality, municipality.Name, ProvenanceSources.EmailHeader);
        }

        return metadata;
    }

    /// <summary>The first <paramref name="length"/> characters of the pages joined by line breaks, without joining a long text whole.</summary>
    private static string JoinedHead(IReadOnlyList<string> pages, int length)
    {
        var head = new StringBuilder();
        for (var i = 0; i < pages.Count && head.Length < length; i++)
        {
            if (i > 0)
            {
                head.Append('\n');
            }

            head.Append(pages[i], 0, Math.Min(pages[i].Length, length - head.Length));
        }

        return head.ToString();
    }

    private DocumentMetadata FromText(ExtractedText text, string fileName, string? sourceUrl)
    {
        var ruleText = JoinedHead(text.Pages, RuleTextLength);
        var metadata = new DocumentMetadata().With(MetadataFields.TextSource, text.Source, text.OcrPages.Count > 0 ? ProvenanceSources.OcrTesseract : ProvenanceSources.FileText);
        void Record(MetadataField field, Finding<string>? finding) => metadata = metadata.With(field, finding?.Value, finding?.Source);

        var title = TitleFinder.Find(text, fileName);
        Record(MetadataFields.Title, title);
        var type = DocumentTypeClassifier.Classify(ruleText, title.Value, sourceUrl);
        Record(MetadataFields.Type, type);

        // A newspaper is not a council: a news item names councils, it is not written by one.
        var council = type.Value == DocumentTypes.News ? null : CouncilFinder.Find(ruleText, sourceUrl, isPolicy: type.Value == DocumentTypes.Policy);
        Record(MetadataFields.Council, council);

        // A national body (Rådet for Socialt Udsatte, KL, a ministry) writes about many municipalities and belongs to
        // none: only its own letterhead or signature can tie its paper to one.
        var municipality = MunicipalityFinder.Default.Find(ruleText);
        if (CouncilNames.IsNational(council?.Value) && municipality is { Source: ProvenanceSources.TextMentions })
        {
            municipality = null;
        }

        // A postal address ties a paper to a town only when a local body wrote it: ministries and national
        // organisations have addresses too.
        if (municipality is { Source: ProvenanceSources.TextAddress } && (council is null || CouncilNames.IsNational(council.Value)))
        {
            municipality = null;
        }

        Record(MetadataFields.Municipality, municipality);
        var date = DocumentDateFinder.Find(ruleText, sourceUrl);
        metadata = metadata.With(MetadataFields.Date, date?.Value.PreciseIso, date?.Source);
        var topics = topicClassifier.Value.Classify(JoinedHead(text.Pages, TopicClassifier.MaximumTextLength), title.Value);
        if (topics.Count > 0)
        {
            metadata = metadata.With(MetadataFields.Topics, topics, ProvenanceSources.TextTopicWords);
        }

        Record(MetadataFields.CaseNumber, CaseNumberFinder.Find(ruleText));
        var letter = LetterHeaderFinder.Find(ruleText);
        Record(MetadataFields.Recipient, letter.Recipient);
        Record(MetadataFields.Signatory, letter.Signatory);
        return metadata;
    }

    /// <summary>
    /// A municipality's own web host is better evidence of the author than any name in the text. A local paper's
    /// host or a regional paper's section (fyens.dk/kerteminde/) only fills in what the text does not say.
    /// </summary>
    private static DocumentMetadata WithSourceUrl(DocumentMetadata extracted, string? sourceUrl)
    {
        var gazetteer = MunicipalityGazetteer.Default;
        var (municipality, source) = gazetteer.FindByHost(sourceUrl) is { } host
            ? (host, ProvenanceSources.UrlHost)
            : (extracted.Municipality is null && !CouncilNames.IsNational(extracted.Council) ? gazetteer.FindNamedInAddress(sourceUrl) : null, ProvenanceSources.UrlNamed);
        return municipality is null ? extracted : extracted.With(MetadataFields.Municipality, municipality.Name, source);
    }
}
