namespace Archive.Ingestion.Metadata;

/// <summary>
/// Where a metadata value came from, as recorded in a document's provenance and shown on its page ("Kilde: …").
/// Each rule names its source here, once; the web page explains the codes in Danish.
/// </summary>
internal static class ProvenanceSources
{
    /// <summary>The file's sidecar (NAME.ext.json).</summary>
    public const string Sidecar = "sidecar";

    /// <summary>A row of the folder's metadata.csv.</summary>
    public const string MetadataCsv = "metadata.csv";

    /// <summary>An e-mail's headers: its subject, sender, recipients and date, and the sender's municipality by the address's domain.</summary>
    public const string EmailHeader = "email:header";

    /// <summary>An attachment's value taken from the message that carries it, where the attachment's own text gives none.</summary>
    public const string EmailMessage = "email:message";

    /// <summary>The file's name.</summary>
    public const string FileName = "file-name";

    /// <summary>The file's own text (a PDF's text layer, a document's paragraphs): where a text not read by OCR came from.</summary>
    public const string FileText = "file:text";

    /// <summary>Pictures of the pages read by Tesseract OCR.</summary>
    public const string OcrTesseract = "ocr:tesseract";

    /// <summary>The file's own title property (PDF Info, Word core properties).</summary>
    public const string FileProperties = "file-properties";

    /// <summary>A Word paragraph in the Title style.</summary>
    public const string DocxTitleStyle = "docx:title-style";

    /// <summary>Word's first paragraph in the Heading 1 style.</summary>
    public const string DocxHeading = "docx:heading-1";

    /// <summary>The largest text on a PDF's first page.</summary>
    public const string PdfLargestText = "pdf:largest-text";

    /// <summary>A postal address in the text.</summary>
    public const string TextAddress = "text:address";

    /// <summary>"vedtaget af" naming the body.</summary>
    public const string TextAdoptedBy = "text:adopted-by";

    /// <summary>The minister answering.</summary>
    public const string TextAnsweringMinister = "text:answering-minister";

    /// <summary>The body named as author.</summary>
    public const string TextAuthorBody = "text:author-body";

    /// <summary>A case-number line ("Sagsnr. …").</summary>
    public const string TextCaseNumber = "text:case-number";

    /// <summary>An "Udvalg:" line.</summary>
    public const string TextCommitteeLine = "text:committee-line";

    /// <summary>A date line ("Dato: …", "12. oktober 2017").</summary>
    public const string TextDateLine = "text:date-line";

    /// <summary>No rule matched: the default.</summary>
    public const string TextDefault = "text:default";

    /// <summary>The first meaningful line of the text.</summary>
    public const string TextFirstLine = "text:first-line";

    /// <summary>The page header.</summary>
    public const string TextHeader = "text:header";

    /// <summary>The headline.</summary>
    public const string TextHeadline = "text:headline";

    /// <summary>An imprint.</summary>
    public const string TextImprint = "text:imprint";

    /// <summary>A letter's date beside its place.</summary>
    public const string TextLetterDate = "text:letter-date";

    /// <summary>The letterhead at the top of the first page.</summary>
    public const string TextLetterhead = "text:letterhead";

    /// <summary>A meeting's date.</summary>
    public const string TextMeeting = "text:meeting";

    /// <summary>A meeting's heading.</summary>
    public const string TextMeetingHeading = "text:meeting-heading";

    /// <summary>The name mentioned most often in the text.</summary>
    public const string TextMentions = "text:mentions";

    /// <summary>A publisher line.</summary>
    public const string TextPublisher = "text:publisher";

    /// <summary>A "Til:" line.</summary>
    public const string TextRecipientLine = "text:recipient-line";

    /// <summary>"indstilles til" naming the body.</summary>
    public const string TextRecommendedTo = "text:recommended-to";

    /// <summary>The signature ("På vegne af …", a name above a title).</summary>
    public const string TextSignature = "text:signature";

    /// <summary>The taxonomy's topic words in the text.</summary>
    public const string TextTopicWords = "text:topic-words";

    /// <summary>An "opdateret" date.</summary>
    public const string TextUpdated = "text:updated";

    /// <summary>A year alone on a line.</summary>
    public const string TextYearLine = "text:year-line";

    /// <summary>The source address's host (holbaek.dk).</summary>
    public const string UrlHost = "url:host";

    /// <summary>A municipality named in the source address.</summary>
    public const string UrlNamed = "url:named";

    /// <summary>A news site's address.</summary>
    public const string UrlNews = "url:news";

    /// <summary>The source address's path (an agenda archive's meeting and committee).</summary>
    public const string UrlPath = "url:path";
}
