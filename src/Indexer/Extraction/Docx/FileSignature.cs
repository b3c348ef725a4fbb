using System.Text;

namespace Archive.Indexer.Extraction.Docx;

/// <summary>
/// Recognises, from the leading bytes, files that are not a ZIP-based Word package (legacy .doc, encrypted
/// documents, RTF, OpenDocument), so that they get a precise failure instead of the package reader's
/// generic "corrupted data" or an empty package.
/// </summary>
internal static class FileSignature
{
    private static readonly byte[] Ole2Magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] ZipMagic = "PK"u8.ToArray();
    private static readonly byte[] RtfMagic = @"{\rtf"u8.ToArray();

    // OpenDocument stores its "mimetype" entry first and uncompressed, so the type is readable near the start.
    private static readonly byte[] OpenDocumentMimetype = "application/vnd.oasis.opendocument"u8.ToArray();

    // An encrypted OOXML file is an OLE2 compound file whose directory holds a stream with this name (UTF-16LE).
    private static readonly byte[] EncryptedPackageName = Encoding.Unicode.GetBytes("EncryptedPackage");

    /// <summary>Throws the right <see cref="ExtractionFailedException"/> when the bytes cannot be a Word package.</summary>
    public static void ThrowIfNotWordPackage(byte[] content)
    {
        if (content.AsSpan().StartsWith(Ole2Magic))
        {
            if (content.AsSpan().IndexOf(EncryptedPackageName) >= 0)
            {
                throw new ExtractionFailedException(
                    FailureReason.Encrypted, "the Word file is encrypted: it needs a password to open");
            }

            throw new ExtractionFailedException(
                FailureReason.UnsupportedFormat, "legacy Word 97-2003 .doc (an OLE2 compound file), not a Word 2007+ document");
        }

        if (content.AsSpan().StartsWith(RtfMagic))
        {
            throw new ExtractionFailedException(FailureReason.UnsupportedFormat, "an RTF file, not a Word 2007+ document");
        }

        if (!content.AsSpan().StartsWith(ZipMagic))
        {
            throw new ExtractionFailedException(
                FailureReason.UnsupportedFormat, "not a Word document: the file is not a ZIP package");
        }

        if (content.AsSpan(0, Math.Min(content.Length, 256)).IndexOf(OpenDocumentMimetype) >= 0)
        {
            throw new ExtractionFailedException(FailureReason.UnsupportedFormat, "an OpenDocument file, not a Word document");
        }
    }
}
