using System.Globalization;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Extraction;

/// <summary>Bounds on the work spent on one file, so that a hostile or huge file cannot stall ingestion.</summary>
/// <param name="Timeout">Longest time one file may take to extract.</param>
/// <param name="ThreadStackBytes">Stack of the extraction thread: deep but legal nesting in a PDF must not overflow it.</param>
/// <param name="MaskPrivateContacts">Mask citizens' e-mail addresses and phone numbers in the text (<see cref="PrivateContacts"/>).</param>
/// <param name="MaxAttachmentBytes">The largest attachment of an e-mail that is read; a larger one is left out of the archive.</param>
internal sealed record ExtractionLimits(TimeSpan Timeout, int ThreadStackBytes = 64 * 1024 * 1024, bool MaskPrivateContacts = true, long MaxAttachmentBytes = ExtractionLimits.DefaultMaxAttachmentBytes)
{
    /// <summary>The default bound on one attachment: 100 MiB, more than any letter with its appendices.</summary>
    public const long DefaultMaxAttachmentBytes = 100L * 1024 * 1024;

    /// <summary>
    /// How deep messages may be attached to messages: a forward of a forward of a letter is three deep. Deeper
    /// nesting is built to exhaust the reader, and its file is refused.
    /// </summary>
    public const int MaxMessageDepth = 3;

    /// <summary>The most attachments one file may give, nested messages' attachments included.</summary>
    public const int MaxAttachmentsPerFile = 200;

    /// <summary>
    /// The most text one document may hold, whatever its file's size: a 5,000-page report has some 15 million
    /// characters, while a small zip bomb of a Word file can expand to hundreds of millions. Longer is too-large.
    /// </summary>
    public const int MaxDocumentCharacters = 20_000_000;

    /// <summary>The most pages one document may have.</summary>
    public const int MaxPages = 20_000;

    /// <summary>
    /// The longest page: some 40 printed pages. A text or Word file without page breaks is cut into pages of at most
    /// this length (at line ends), so that snippets and page marks work on pages of a reader's size.
    /// </summary>
    public const int MaxPageCharacters = 100_000;

    public static ExtractionLimits Default { get; } = new(TimeSpan.FromSeconds(60));

    /// <summary>The refusal of a document whose text is longer than <see cref="MaxDocumentCharacters"/>.</summary>
    public static ExtractionFailedException TooMuchText(string what) => new(
        FailureReason.TooLarge,
        string.Create(CultureInfo.InvariantCulture, $"{what} holds more than {MaxDocumentCharacters:N0} characters of text, the most one document may hold; split it into smaller files"));
}
