using System.IO.Compression;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// The bound on what the entries of a ZIP-based document (Word, Excel, PowerPoint, OpenDocument) may unpack to,
/// checked before anything is decompressed, so that a small file cannot expand into gigabytes (a zip bomb).
/// </summary>
internal static class PackageExpansion
{
    /// <summary>The default limit on what all entries of one file may expand to: 512 MiB.</summary>
    public const long DefaultMaxBytes = 512L * 1024 * 1024;

    /// <summary>
    /// Refuses, as <see cref="FailureReason.TooLarge"/>, a ZIP whose entries declare more than <paramref name="limit"/>
    /// bytes together. The declared sizes are binding: the runtime's ZIP reader never inflates an entry beyond its
    /// declared size, so a ZIP that understates them yields truncated, malformed XML instead.
    /// </summary>
    /// <param name="what">How the refusal names the file: "the Word file".</param>
    public static void ThrowIfBeyond(ZipArchive zip, long limit, string what)
    {
        ArgumentNullException.ThrowIfNull(zip);
        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            declared += entry.Length;
            if (declared > limit)
            {
                throw new ExtractionFailedException(FailureReason.TooLarge, $"{what} expands to more than {limit:N0} bytes when unpacked");
            }
        }
    }

    /// <inheritdoc cref="ThrowIfBeyond(ZipArchive, long, string)"/>
    public static void ThrowIfBeyond(byte[] content, long limit, string what)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        ThrowIfBeyond(zip, limit, what);
    }
}
