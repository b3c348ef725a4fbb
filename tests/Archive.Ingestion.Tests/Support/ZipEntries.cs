using System.IO.Compression;

namespace Archive.Ingestion.Tests.Support;

/// <summary>Changes one entry of a ZIP package, so a test can damage a file the builders wrote correctly.</summary>
public static class ZipEntries
{
    public static byte[] Replace(byte[] package, string name, Func<string, string> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(name) ?? throw new ArgumentException($"the package has no entry {name}", nameof(name));
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(change(text));
        }

        return stream.ToArray();
    }
}
