using System.Security.Cryptography;

namespace Archive.Ingestion.Extraction;

/// <summary>The SHA-256 of a file's or an attachment's bytes, as lower-case hex: the key of its content.</summary>
internal static class ContentHash
{
    public static string Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
