namespace Archive.Lucene;

/// <summary>
/// The registry of a document's metadata fields, in the order they are shown. Adding a field here (and a rule that
/// finds it) is all it takes for the index, sidecars, metadata.csv, the API, CSV, Atom and the web page to carry it.
/// </summary>
public static class MetadataFields
{
    public static readonly MetadataField Title = new("title", ArchiveFields.Title, MetadataStorage.Title);

    public static readonly MetadataField Council = new("council", ArchiveFields.Council, MetadataStorage.Facet) { SearchField = ArchiveFields.CouncilText };

    /// <summary>One of Denmark's municipalities, canonical ("Slagelse Kommune"); empty for national bodies.</summary>
    public static readonly MetadataField Municipality = new("municipality", ArchiveFields.Municipality, MetadataStorage.Facet) { SearchField = ArchiveFields.MunicipalityText };

    /// <summary>The document's own date, ISO with its precision (2017-10-12, 2017-10 or 2017).</summary>
    public static readonly MetadataField Date = new("date", ArchiveFields.Date, MetadataStorage.Date);

    public static readonly MetadataField Type = new("type", ArchiveFields.Type, MetadataStorage.Facet) { SearchField = ArchiveFields.TypeText };

    /// <summary>Topics of the taxonomy; "topic" in a sidecar or metadata.csv means the same.</summary>
    public static readonly MetadataField Topics = new("topics", ArchiveFields.Topic, MetadataStorage.Facet, Multiple: true) { SearchField = ArchiveFields.TopicText, Aliases = ["topic"] };

    public static readonly MetadataField CaseNumber = new("caseNumber", ArchiveFields.CaseNumber, MetadataStorage.Exact);

    public static readonly MetadataField Recipient = new("recipient", ArchiveFields.Recipient, MetadataStorage.Text);

    public static readonly MetadataField Signatory = new("signatory", ArchiveFields.Signatory, MetadataStorage.Text);

    /// <summary>Who sent an e-mail: its From header ("Bent Jensen &lt;bent.jensen@slagelse.dk&gt;").</summary>
    public static readonly MetadataField Sender = new("sender", ArchiveFields.Sender, MetadataStorage.Text);

    public static readonly MetadataField SourceUrl = new("sourceUrl", ArchiveFields.SourceUrl, MetadataStorage.Stored);

    /// <summary>
    /// Where the text came from (<see cref="TextSources"/>): "ocr" marks text read from pictures of pages, which may
    /// hold misread words; <c>textSource:ocr</c> finds those documents. A sidecar may set it, e.g. for a PDF whose text
    /// layer a scanner made by OCR.
    /// </summary>
    public static readonly MetadataField TextSource = new("textSource", ArchiveFields.TextSource, MetadataStorage.Exact);

    /// <summary>Every field, in the order they are shown.</summary>
    public static readonly IReadOnlyList<MetadataField> All = [Title, Date, Council, Municipality, Type, Topics, CaseNumber, Recipient, Signatory, Sender, SourceUrl, TextSource];

    /// <summary>The fields counted as facets (the year of the date is a facet of its own).</summary>
    public static IEnumerable<MetadataField> Facets => All.Where(candidate => candidate.Storage == MetadataStorage.Facet);

    /// <summary>The field's position in <see cref="All"/>.</summary>
    public static int IndexOf(MetadataField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        for (var i = 0; i < All.Count; i++)
        {
            if (ReferenceEquals(All[i], field))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{field.Name}' is not a field of the registry.", nameof(field));
    }

    /// <summary>The field a sidecar or metadata.csv name means (any case, aliases included), or null.</summary>
    public static MetadataField? Named(string name) =>
        All.FirstOrDefault(candidate => candidate.AcceptedNames.Any(accepted => accepted.Equals(name, StringComparison.OrdinalIgnoreCase)));
}
