namespace Archive.Ingestion.Outcomes;

/// <summary>Why a file could not be ingested. Every failed file carries exactly one.</summary>
public enum FailureReason
{
    /// <summary>The file needs a password to open.</summary>
    Encrypted,

    /// <summary>The file claims a supported format but its structure is broken.</summary>
    Corrupt,

    /// <summary>The bytes are a format the archive does not read (legacy .doc, RTF, ODT, images …).</summary>
    UnsupportedFormat,

    /// <summary>The file has no bytes, or a document with no content at all.</summary>
    Empty,

    /// <summary>A PDF whose pages carry no text: a scan or an image that needs OCR first.</summary>
    NoTextLayer,

    /// <summary>The file, or what it expands to, is larger than the configured limit.</summary>
    TooLarge,

    /// <summary>Extraction did not finish within the per-file time limit.</summary>
    TimedOut,

    /// <summary>The file could not be read from disk (permissions, I/O error).</summary>
    Unreadable,

    /// <summary>The path is a symbolic link, or lies behind one: links are never followed.</summary>
    Symlink,

    /// <summary>A format read through LibreOffice (legacy .doc, RTF, WordPerfect …), which is not installed; read again once it is.</summary>
    NeedsConverter,

    /// <summary>A scan read through OCR (Tesseract with Danish, pdftoppm), which is not installed; read again once it is.</summary>
    NeedsOcr,
}
