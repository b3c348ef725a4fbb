using System.Security.Cryptography;
using System.Text;

namespace Archive.Ingestion.Indexing;

/// <summary>
/// Stable document ids: a hash of the file's inbox-relative path, so the same file gets the same id after
/// a restart or a full re-ingestion, and an id never reveals where the archive keeps its files.
/// </summary>
internal static class DocumentIds
{
    public static string FromPath(string relativePath)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(relativePath));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
