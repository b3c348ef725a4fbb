using System.Buffers.Binary;
using System.Text;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// The top-level names (first folder, or the file name) of the entries of a ZIP, read from its local and central
/// headers without unpacking anything, so that a damaged or truncated package still shows what it holds. Searching
/// the bytes for "xl/" instead would find it by chance in the compressed data of a large presentation.
/// </summary>
internal static class ZipEntryNames
{
    // Far more distinct top-level names than any Office package has; a hostile archive is not listed further.
    private const int MaxNames = 1024;

    private static ReadOnlySpan<byte> LocalHeader => "PK\u0003\u0004"u8;

    private static ReadOnlySpan<byte> CentralHeader => "PK\u0001\u0002"u8;

    public static HashSet<string> TopLevel(ReadOnlySpan<byte> zip)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(zip, LocalHeader, nameLengthAt: 26, nameAt: 30, names);
        Collect(zip, CentralHeader, nameLengthAt: 28, nameAt: 46, names);
        return names;
    }

    private static void Collect(ReadOnlySpan<byte> zip, ReadOnlySpan<byte> signature, int nameLengthAt, int nameAt, HashSet<string> names)
    {
        var offset = 0;
        while (names.Count < MaxNames)
        {
            var found = zip[offset..].IndexOf(signature);
            if (found < 0)
            {
                return;
            }

            var header = offset + found;
            offset = header + signature.Length;
            if (header + nameAt > zip.Length)
            {
                return;
            }

            var length = BinaryPrimitives.ReadUInt16LittleEndian(zip[(header + nameLengthAt)..]);
            if (length == 0 || header + nameAt + length > zip.Length)
            {
                continue;
            }

            var name = Encoding.UTF8.GetString(zip.Slice(header + nameAt, length));
            var slash = name.IndexOf('/', StringComparison.Ordinal);
            names.Add(slash < 0 ? name : name[..slash]);
        }
    }
}
