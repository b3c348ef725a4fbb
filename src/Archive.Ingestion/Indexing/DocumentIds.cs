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

    /// <summary>
    /// An attachment's id: from its message file's path and its place in the message ("2", "2/1"), so that it is as
    /// stable as its message's. A NUL, which no path holds, keeps it apart from the id of any file.
    /// </summary>
    public static string ForAttachment(string messagePath, string attachment) => FromPath(messagePath + "\0" + attachment);

    public static string Sha256Of(byte[] content) => Extraction.ContentHash.Of(content);
}
