using System.Buffers;
using System.Buffers.Binary;

namespace Archive.Ingestion.Indexing;

/// <summary>
/// A content's SHA-256 held as its 32 bytes, not as the 64-character hex string the index stores: the catalog keeps
/// one for every indexed file, and at a million files that is 32 MB against some 150 MB of strings.
/// </summary>
internal readonly record struct ContentKey(UInt128 High, UInt128 Low)
{
    private const int Bytes = 32;

    /// <summary>Reads the lower- or upper-case hex of a SHA-256 (see <see cref="Extraction.ContentHash"/>).</summary>
    public static ContentKey Parse(string sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        Span<byte> bytes = stackalloc byte[Bytes];
        if (sha256.Length != Bytes * 2 || Convert.FromHexString(sha256, bytes, out _, out _) != OperationStatus.Done)
        {
            throw new FormatException($"'{sha256}' is not the hex of a SHA-256.");
        }

        return new ContentKey(BinaryPrimitives.ReadUInt128BigEndian(bytes), BinaryPrimitives.ReadUInt128BigEndian(bytes[16..]));
    }

    /// <summary>The lower-case hex, as <see cref="Extraction.ContentHash"/> writes it.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Bytes];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, High);
        BinaryPrimitives.WriteUInt128BigEndian(bytes[16..], Low);
        return Convert.ToHexStringLower(bytes);
    }
}
