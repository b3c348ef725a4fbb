namespace Archive.Lucene;

/// <summary>
/// Field names of the archive's Lucene documents: the single source of truth for the indexer and the API.
/// Which metadata field each one holds, and its JSON name, is declared in <see cref="MetadataFields"/>.
/// </summary>
public static class ArchiveFields
{
    /// <summary>Stable id derived from the primary file's path relative to the inbox.</summary>
    public const string Id = "id";

    /// <summary>SHA-256 of the content; the key of a document: identical files are one document.</summary>
    public const string Sha256 = "sha256";

    /// <summary>
    /// The key every document of one file is written under: the file's SHA-256, shared by a message and its
    /// attachments, so that a changed or deleted message replaces or removes all of them at once.
    /// </summary>
    public const string SourceSha256 = "sourceSha256";

    /// <summary>An attachment's message: the id of the document that carries it (exact, stored).</summary>
    public const string PartOf = "partOf";

    /// <summary>An attachment's place in its message file ("2", "2/1"); stored only.</summary>
    public const string Attachment = "attachment";

    /// <summary>Every inbox-relative path holding this content (multi-valued, exact).</summary>
    public const string Path = "path";

    /// <summary>Stored JSON: each path with the size, modification time and sidecar stamp it was read with.</summary>
    public const string Files = "files";

    /// <summary>
    /// Doc values: the content's SHA-256 and its <see cref="Files"/>, so the catalog of indexed files is read at start
    /// without decompressing the stored pages of every document.
    /// </summary>
    public const string Catalog = "catalog";

    public const string Title = "title";
    public const string Council = "council";
    public const string Municipality = "municipality";

    /// <summary>The document's own date as ISO yyyy-MM-dd (first day of the month or year when less precise).</summary>
    public const string Date = "date";

    /// <summary>day, month or year.</summary>
    public const string DatePrecision = "datePrecision";

    /// <summary>The date as the number yyyyMMdd: indexed for range filters, doc values for sorting.</summary>
    public const string DateNumber = "dateNumber";

    /// <summary>The year of the date, for the year facet.</summary>
    public const string Year = "year";

    public const string Type = "type";

    /// <summary>Topics of the taxonomy (multi-valued).</summary>
    public const string Topic = "topic";

    public const string CaseNumber = "caseNumber";
    public const string Recipient = "recipient";
    public const string Signatory = "signatory";
    public const string Sender = "sender";
    public const string SourceUrl = "sourceUrl";

    /// <summary>Where the text came from: the file itself, OCR, or OCR still to come (<see cref="TextSources"/>).</summary>
    public const string TextSource = "textSource";

    /// <summary>
    /// Set on a document with pages still waiting for OCR: the durable OCR queue. It is committed with the document,
    /// so after a crash or restart the queue is exactly the documents that carry it. Not stored.
    /// </summary>
    public const string OcrPending = "ocrPending";
    public const string FileName = "fileName";
    public const string ContentType = "contentType";
    public const string PageCount = "pageCount";

    /// <summary>When the content was indexed, as Unix milliseconds.</summary>
    public const string IngestedAt = "ingestedAt";

    /// <summary>
    /// The <see cref="TextFingerprint"/> of the text: indexed and stored as hex, to find a document's copies in other
    /// formats, and as numeric doc values, so a search shows each text once.
    /// </summary>
    public const string TextFingerprint = "textFingerprint";

    /// <summary>Stored JSON: for each metadata field, where its value came from.</summary>
    public const string Provenance = "provenance";

    /// <summary>The analyzed text, one stored value per page so that a hit can cite its page.</summary>
    public const string Text = "text";

    /// <summary>The text's words as written (lower case, not stemmed), so an exact form ranks above its inflections. Not stored.</summary>
    public const string TextExact = "textExact";

    /// <summary>
    /// The text's stemmed words plus the parts of its compounds at the same positions (stofmisbrug also as stof and
    /// misbrug), so a search for one part finds the compound. Not stored.
    /// </summary>
    public const string TextParts = "textParts";

    /// <summary>The title's stemmed words with their compound parts, like <see cref="TextParts"/>. Not stored.</summary>
    public const string TitleParts = "titleParts";

    /// <summary>
    /// Council, municipality, type and topics as analyzed text, so that a name typed among the query's words
    /// ("udsatterådet københavn") matches documents from that body or place. Not stored.
    /// </summary>
    public const string MetadataText = "metadataText";

    /// <summary>Analyzed copies of the facet fields, searched by <c>council:</c>, <c>municipality:</c>, <c>type:</c> and <c>topic:</c> in a query.</summary>
    public const string CouncilText = "councilText";

    /// <inheritdoc cref="CouncilText"/>
    public const string MunicipalityText = "municipalityText";

    /// <inheritdoc cref="CouncilText"/>
    public const string TypeText = "typeText";

    /// <inheritdoc cref="CouncilText"/>
    public const string TopicText = "topicText";

    /// <summary>Fields counted as facets (sorted-set doc values): the facet metadata fields and the year of the date.</summary>
    public static readonly IReadOnlyList<string> FacetFields = [.. MetadataFields.Facets.Select(field => field.IndexField), Year];
}
